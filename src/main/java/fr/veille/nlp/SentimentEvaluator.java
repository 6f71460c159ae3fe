package fr.veille.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Evaluates a {@link SentimentScorer} on a TSV file: {@code label TAB text} per line, or {@code
 * label TAB target TAB text} for entity-targeted items (the target is found in the text, first
 * case-sensitively, then ignoring case). Labels are pos, neg, neu; a file without neu items is
 * scored as binary (the sign of the score decides). Stateless.
 */
public final class SentimentEvaluator {

  private SentimentEvaluator() {}

  /**
   * One annotated item; {@code target} is null for a sentence or document item, {@code line} its
   * line in the file (0 when it comes from elsewhere).
   */
  public record Item(SentimentLabel gold, String target, String text, int line) {
    public Item(SentimentLabel gold, String target, String text) {
      this(gold, target, text, 0);
    }
  }

  /** Reads an annotated file; throws IOException naming the file and line on bad input. */
  public static List<Item> read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString());
    }
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, file.toString());
    }
  }

  /** Reads annotated items; {@code source} names the input in errors. */
  static List<Item> read(BufferedReader reader, String source) throws IOException {
    List<Item> items = new ArrayList<>();
    TsvLines.forEach(reader, 3, (cols, lineNo) -> {
      if (cols.length < 2) {
        throw new IOException(source + ":" + lineNo + ": expected 'label TAB text' or 'label TAB target TAB text'");
      }
      SentimentLabel gold;
      try {
        gold = SentimentLabel.parse(cols[0]);
      } catch (IllegalArgumentException e) {
        throw new IOException(source + ":" + lineNo + ": " + e.getMessage());
      }
      if (cols.length == 3) {
        if (mentionOf(cols[2], cols[1]) == null) {
          throw new IOException(source + ":" + lineNo + ": target '" + cols[1] + "' does not occur in the text");
        }
        items.add(new Item(gold, cols[1], cols[2], lineNo));
      } else {
        items.add(new Item(gold, null, cols[1], lineNo));
      }
    });
    if (items.isEmpty()) {
      throw new IOException(source + ": no items");
    }
    return items;
  }

  private static int[] mentionOf(String text, String target) {
    if (target.isBlank()) {
      return null;
    }
    int at = text.indexOf(target);
    if (at < 0) {
      at = text.toLowerCase(Locale.ROOT).indexOf(target.toLowerCase(Locale.ROOT));
    }
    return at < 0 ? null : new int[] {at, at + target.length()};
  }

  /** Reads and evaluates a file. */
  public static SentimentEvaluation evaluate(SentimentScorer scorer, Path file) throws IOException {
    return evaluate(scorer, read(file));
  }

  /** The label predicted for one item. */
  static SentimentLabel predict(SentimentScorer scorer, Item item, boolean binary) {
    return labelOf(sentimentOf(scorer, item), binary);
  }

  private static Sentiment sentimentOf(SentimentScorer scorer, Item item) {
    if (item.target() == null) {
      return scorer.score(item.text());
    }
    int[] m = mentionOf(item.text(), item.target());
    return scorer.scoreTowards(item.text(), m[0], m[1]);
  }

  private static SentimentLabel labelOf(Sentiment s, boolean binary) {
    if (binary) {
      return s.score() >= 0 ? SentimentLabel.POS : SentimentLabel.NEG;
    }
    return s.label();
  }

  /**
   * Evaluates items: labels, then speed in items per CPU-second of one thread (the labelling pass
   * warms up, then timed passes run for at least one CPU-second).
   */
  public static SentimentEvaluation evaluate(SentimentScorer scorer, List<Item> items) {
    boolean binary = items.stream().noneMatch(i -> i.gold() == SentimentLabel.NEU);
    List<SentimentLabel> predicted = new ArrayList<>(items.size());
    List<SentimentEvaluation.Miss> misses = new ArrayList<>();
    for (Item item : items) {
      Sentiment s = sentimentOf(scorer, item);
      SentimentLabel label = labelOf(s, binary);
      predicted.add(label);
      if (label != item.gold()) {
        misses.add(new SentimentEvaluation.Miss(item, label, s));
      }
    }
    // CPU time of this thread, not wall time: the figure is per core and does not depend on the
    // load of a shared machine.
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    boolean cpu = threads.isCurrentThreadCpuTimeSupported();
    long start = cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime();
    long scored = 0;
    int passes = 0;
    long elapsed = 0;
    while (passes < 500 && (passes == 0 || elapsed < 1_000_000_000L)) {
      for (Item item : items) {
        predict(scorer, item, binary);
      }
      scored += items.size();
      passes++;
      elapsed = (cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime()) - start;
    }
    double seconds = elapsed / 1e9;
    return score(items, predicted, binary, scored / Math.max(seconds, 1e-9)).withMisses(misses);
  }

  static SentimentEvaluation score(List<Item> items, List<SentimentLabel> predicted, boolean binary, double speed) {
    Map<SentimentLabel, int[]> counts = new EnumMap<>(SentimentLabel.class); // tp, fp, fn, support
    for (SentimentLabel l : SentimentLabel.values()) {
      counts.put(l, new int[4]);
    }
    int correct = 0;
    for (int i = 0; i < items.size(); i++) {
      SentimentLabel g = items.get(i).gold();
      SentimentLabel p = predicted.get(i);
      counts.get(g)[3]++;
      if (g == p) {
        correct++;
        counts.get(g)[0]++;
      } else {
        counts.get(p)[1]++;
        counts.get(g)[2]++;
      }
    }
    Map<String, SentimentEvaluation.LabelScores> byLabel = new TreeMap<>();
    double f1sum = 0;
    int labels = 0;
    for (SentimentLabel l : SentimentLabel.values()) {
      if (binary && l == SentimentLabel.NEU) {
        continue;
      }
      int[] c = counts.get(l);
      double precision = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
      double recall = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
      double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
      byLabel.put(l.code(), new SentimentEvaluation.LabelScores(precision, recall, f1, c[3]));
      f1sum += f1;
      labels++;
    }
    return new SentimentEvaluation((double) correct / items.size(), f1sum / labels, byLabel, items.size(), speed,
        binary);
  }
}
