package fr.veille.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * The IOB2 label set of the recognizer, as small integers: 0 is O, then B-X and I-X for each
 * {@link EntityType} in declaration order. Pure functions, thread-safe.
 */
final class NerLabels {
  static final int O = 0;
  static final int COUNT = 1 + 2 * EntityType.values().length;
  private static final EntityType[] TYPES = EntityType.values();

  private NerLabels() {}

  static int begin(EntityType type) {
    return 1 + 2 * type.ordinal();
  }

  static int inside(EntityType type) {
    return 2 + 2 * type.ordinal();
  }

  static boolean isBegin(int label) {
    return label != O && (label & 1) == 1;
  }

  static boolean isInside(int label) {
    return label != O && (label & 1) == 0;
  }

  /** The entity type of a B- or I- label; null for O. */
  static EntityType type(int label) {
    return label == O ? null : TYPES[(label - 1) / 2];
  }

  /** Whether {@code label} may follow {@code previous} (-1 = sentence start) in strict IOB2. */
  static boolean allowed(int previous, int label) {
    if (!isInside(label)) {
      return true;
    }
    return previous > 0 && type(previous) == type(label);
  }

  static String name(int label) {
    if (label == O) {
      return "O";
    }
    return (isBegin(label) ? "B-" : "I-") + type(label).name();
  }

  /**
   * Parses O, B-X or I-X (X one of PER, ORG, LOC, MISC, case-insensitive type); throws
   * IllegalArgumentException naming the tag otherwise.
   */
  static int parse(String tag) {
    if (tag.equals("O")) {
      return O;
    }
    if (tag.length() > 2 && tag.charAt(1) == '-' && (tag.charAt(0) == 'B' || tag.charAt(0) == 'I')) {
      EntityType type = EntityType.parse(tag.substring(2));
      return tag.charAt(0) == 'B' ? begin(type) : inside(type);
    }
    throw new IllegalArgumentException("bad IOB2 tag '" + tag + "' (expected O, B-TYPE or I-TYPE)");
  }

  /**
   * Chunks a label sequence conlleval-style: an entity starts at B-X, or at I-X that does not
   * continue an entity of type X, and goes on over the I-X labels that follow.
   */
  static List<EntityRecognizer.NameSpan> spans(int[] labels, int length) {
    List<EntityRecognizer.NameSpan> spans = new ArrayList<>();
    int start = -1;
    EntityType current = null;
    for (int i = 0; i < length; i++) {
      int label = labels[i];
      EntityType type = type(label);
      boolean continues = current != null && isInside(label) && type == current;
      if (!continues) {
        if (current != null) {
          spans.add(new EntityRecognizer.NameSpan(start, i, current, 1.0));
        }
        current = type;
        start = i;
      }
    }
    if (current != null) {
      spans.add(new EntityRecognizer.NameSpan(start, length, current, 1.0));
    }
    return spans;
  }
}
