package fr.veille.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Chooses and tidies the written form of a canonical name found by the model, so that one article
 * reports « Benjamin Lancar » whether the text wrote « BENJAMIN LANCAR » in a headline or « Benjamin
 * Lancar » in the body. Stateless and thread-safe.
 */
final class NameForms {

  /** Lower-case particles inside personal and place names. */
  private static final Set<String> PARTICLES =
      Set.of("de", "du", "des", "d", "la", "le", "les", "l", "van", "von", "der", "den", "y", "e", "et", "sur", "en", "au", "aux");

  private NameForms() {}

  /**
   * The best of the forms an article used for one name: a likely acronym (« CGT » rather than «
   * Cgt »), then mixed case over all capitals over all lower case, then the most accented (the press
   * drops accents more often than it invents them), then the most frequent, then the first.
   */
  static String choose(List<String> forms) {
    String best = null;
    int[] bestScore = null;
    for (int i = 0; i < forms.size(); i++) {
      String form = forms.get(i);
      int frequency = 0;
      for (String other : forms) {
        if (other.equals(form)) {
          frequency++;
        }
      }
      int[] score = {isAcronym(form) ? 1 : 0, casing(form), accents(form), frequency};
      if (bestScore == null || compare(score, bestScore) > 0) {
        best = form;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * Tidies casing: person and place names written all in capitals or all in lower case get a capital
   * on each word (« lancar » → « Lancar », « DAVID ASSOULINE » → « David Assouline »); other names
   * written all in lower case get a capital first letter.
   */
  static String tidy(String form, EntityType type) {
    if (form.isEmpty()) {
      return form;
    }
    if ((type == EntityType.PER || type == EntityType.LOC) && casing(form) != 2) {
      // Only names written all in capitals or all in lower case are re-cased: a mixed form
      // (« Benjamin Lancar », « le président de la République ») is kept as written.
      StringBuilder sb = new StringBuilder(form.length());
      int wordStart = -1;
      for (int i = 0; i <= form.length(); i++) {
        boolean wordChar = i < form.length() && TextUnits.isWordChar(form.charAt(i));
        if (wordChar && wordStart < 0) {
          wordStart = i;
        } else if (!wordChar && wordStart >= 0) {
          sb.append(tidyWord(form.substring(wordStart, i), wordStart == 0, type));
          wordStart = -1;
        }
        if (!wordChar && i < form.length()) {
          sb.append(form.charAt(i));
        }
      }
      return sb.toString();
    }
    if (type == EntityType.PER || type == EntityType.LOC) {
      return form;
    }
    int first = form.codePointAt(0);
    if (Character.isLowerCase(first) && form.equals(form.toLowerCase(Locale.ROOT)) && !form.contains(".")) {
      return new StringBuilder().appendCodePoint(Character.toTitleCase(first)).append(form.substring(Character.charCount(first))).toString();
    }
    return form;
  }

  private static String tidyWord(String word, boolean first, EntityType type) {
    String lower = word.toLowerCase(Locale.FRENCH);
    if (!first && PARTICLES.contains(lower) && (word.equals(lower) || word.equals(word.toUpperCase(Locale.FRENCH)))) {
      return lower;
    }
    boolean allUpper = word.equals(word.toUpperCase(Locale.FRENCH)) && !word.equals(lower);
    if (word.equals(lower) || (allUpper && word.codePointCount(0, word.length()) >= 4)) {
      int cp = lower.codePointAt(0);
      return new StringBuilder().appendCodePoint(Character.toTitleCase(cp)).append(lower.substring(Character.charCount(cp))).toString();
    }
    return word;
  }

  /** A single word of 2 to 6 capitals, maybe with digits: UMP, CGT, MJS, G20. */
  static boolean isAcronym(String form) {
    int letters = 0;
    for (int i = 0; i < form.length(); i++) {
      char c = form.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      } else if (!Character.isDigit(c)) {
        return false;
      }
    }
    return letters >= 2 && form.length() <= 6;
  }

  private static int casing(String form) {
    boolean upper = false;
    boolean lower = false;
    for (int i = 0; i < form.length(); i++) {
      char c = form.charAt(i);
      upper |= Character.isUpperCase(c);
      lower |= Character.isLowerCase(c);
    }
    return upper && lower ? 2 : upper ? 1 : 0;
  }

  private static int accents(String form) {
    int n = 0;
    for (int i = 0; i < form.length(); i++) {
      char c = form.charAt(i);
      if (c >= 0x80 && Character.isLetter(c) && !TextUnits.stripAccents(String.valueOf(c)).equals(String.valueOf(c))) {
        n++;
      }
    }
    return n;
  }

  private static int compare(int[] a, int[] b) {
    for (int i = 0; i < a.length; i++) {
      if (a[i] != b[i]) {
        return Integer.compare(a[i], b[i]);
      }
    }
    return 0;
  }
}
