package fr.veille.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rule-based corrections of a statistical sentence splitter for French. Stateless; thread-safe.
 */
final class SentenceFixes {
  private SentenceFixes() {}

  /** Titles before a name: never the end of a sentence (M. Lancar, Mme Aubry, Dr. House). */
  private static final Set<String> TITLES =
      Set.of("M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Mgr", "Me", "Dr", "Pr", "Mr", "St", "Ste");

  /** Abbreviations followed by lower-case words or numbers (p. ex. ; cf. supra ; av. J.-C.). */
  private static final Set<String> ABBREVIATIONS =
      Set.of("av", "apr", "cf", "Cf", "p", "pp", "ex", "env", "éd", "chap", "fig", "coll", "réf", "hab", "tél",
          "Tél", "bd", "janv", "févr", "avr", "juil", "oct", "nov", "déc", "vs", "n", "No", "art", "vol", "sq");

  /**
   * Capitalised words that usually start a sentence: after a single capital letter and a period
   * they mean the letter ended a sentence (Dagobert I. Il...) rather than being an initial
   * (George W. Bush).
   */
  private static final Set<String> SENTENCE_STARTERS =
      Set.of("Il", "Ils", "Elle", "Elles", "On", "Je", "Nous", "Vous", "Le", "La", "Les", "L'", "L’", "Un", "Une",
          "Des", "Du", "Ce", "Cet", "Cette", "Ces", "Cela", "En", "Au", "Aux", "Dans", "Mais", "Et", "Pour", "Par",
          "Sur", "Son", "Sa", "Ses", "Leur", "Leurs", "Depuis", "Après", "Avant", "Selon", "Si", "Quand", "Puis",
          "Ainsi", "Alors", "De", "D'", "D’", "C'", "C’", "Qui", "Que");

  /** Abbreviations that precede a number: art. 3, n. 12, p. 45. */
  private static final Set<String> NUMBERED = Set.of("art", "vol", "n", "No", "p", "pp", "chap", "fig");

  /** Longest sentence produced by joining across unbalanced guillemets. */
  private static final int MAX_QUOTE_JOIN = 1500;

  /**
   * Cuts a text into blocks that no sentence may cross: blank lines always, and single line breaks
   * before a line that starts like a new unit (capital letter, guillemet, dash, bullet, digit) when
   * the previous line does not end mid-phrase (comma, hyphen, opening bracket).
   */
  static List<TextSpan> blocks(String text) {
    List<TextSpan> out = new ArrayList<>();
    int n = text.length();
    int start = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2029' || c == '\u2028') {
        int lineEnd = i;
        int j = i;
        int breaks = 0;
        while (j < n && FrenchTokenizer.isSpace(text.charAt(j))) {
          char d = text.charAt(j);
          if (d == '\n' || d == '\u2029' || d == '\u2028' || (d == '\r' && (j + 1 >= n || text.charAt(j + 1) != '\n'))) {
            breaks++;
          }
          j++;
        }
        boolean blank = breaks >= 2;
        if (blank || (j < n && startsUnit(text.charAt(j)) && !endsMidPhrase(text, start, lineEnd))) {
          addBlock(text, start, lineEnd, out);
          start = j;
        }
        i = j;
        continue;
      }
      i++;
    }
    addBlock(text, start, n, out);
    return out;
  }

  private static boolean startsUnit(char c) {
    return Character.isUpperCase(c) || Character.isDigit(c) || "«\"“—–-•*·►".indexOf(c) >= 0;
  }

  private static boolean endsMidPhrase(String text, int from, int lineEnd) {
    int k = lineEnd - 1;
    while (k >= from && FrenchTokenizer.isSpace(text.charAt(k))) {
      k--;
    }
    return k < from || ",;(-«".indexOf(text.charAt(k)) >= 0;
  }

  private static void addBlock(String text, int start, int end, List<TextSpan> out) {
    while (start < end && FrenchTokenizer.isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && FrenchTokenizer.isSpace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new TextSpan(start, end));
    }
  }

  /**
   * Splits where the statistical model missed an obvious end: after a closing guillemet that
   * follows final punctuation (« ... pas. » Le...), and after an ellipsis (… or ...), when a capital
   * letter follows.
   */
  static List<TextSpan> splitMore(String text, List<TextSpan> sentences) {
    List<TextSpan> out = new ArrayList<>(sentences.size() + 4);
    for (TextSpan s : sentences) {
      int start = s.start();
      for (int i = s.start(); i < s.end() - 1; i++) {
        char c = text.charAt(i);
        int end = -1;
        if (c == '»' && i > start && endsWithFinalPunctuation(text, start, i)) {
          end = i + 1;
        } else if (c == '…' || (c == '.' && i >= start + 2 && text.charAt(i - 1) == '.' && text.charAt(i - 2) == '.')) {
          end = i + 1;
        }
        if (end > 0 && end < s.end() && FrenchTokenizer.isSpace(text.charAt(end))) {
          int next = end;
          while (next < s.end() && FrenchTokenizer.isSpace(text.charAt(next))) {
            next++;
          }
          if (next < s.end() && Character.isUpperCase(text.charAt(next))) {
            out.add(new TextSpan(start, end));
            start = next;
          }
        }
      }
      out.add(new TextSpan(start, s.end()));
    }
    return out;
  }

  /** Whether the text before {@code i} (skipping spaces) ends with . ! ? or …, after {@code from}. */
  private static boolean endsWithFinalPunctuation(String text, int from, int i) {
    int k = i - 1;
    while (k > from && FrenchTokenizer.isSpace(text.charAt(k))) {
      k--;
    }
    return ".!?…".indexOf(text.charAt(k)) >= 0;
  }

  /** Joins sentences split at a wrong place; spans are sorted, trimmed and non-overlapping. */
  static List<TextSpan> repair(String text, List<TextSpan> sentences) {
    if (sentences.size() < 2) {
      return sentences;
    }
    List<TextSpan> out = new ArrayList<>(sentences.size());
    TextSpan current = sentences.get(0);
    for (int k = 1; k < sentences.size(); k++) {
      TextSpan next = sentences.get(k);
      if (shouldJoin(text, current, next)) {
        current = new TextSpan(current.start(), next.end());
        continue;
      }
      int close = quoteContinuationEnd(text, sentences, k - 1, current);
      if (close > k - 1) {
        // « Je ne démissionnerai pas. Jamais. » a-t-il déclaré : one sentence up to the quote's end.
        current = new TextSpan(current.start(), sentences.get(close).end());
        k = close;
        continue;
      }
      out.add(current);
      current = next;
    }
    out.add(current);
    return out;
  }

  /**
   * If {@code current} opens guillemets that a later sentence closes and that sentence goes on after
   * the closing guillemet in lower case or with a comma (« ... » a-t-il dit ; « ... », estime-t-il),
   * the index of that later sentence; else {@code index}.
   */
  private static int quoteContinuationEnd(String text, List<TextSpan> sentences, int index, TextSpan current) {
    if (openGuillemets(text, current.start(), current.end()) == 0) {
      return index;
    }
    for (int j = index + 1; j < sentences.size(); j++) {
      TextSpan s = sentences.get(j);
      if (s.end() - current.start() > MAX_QUOTE_JOIN) {
        return index;
      }
      int close = closingGuillemet(text, s);
      if (close >= 0) {
        int k = close + 1;
        while (k < s.end() && FrenchTokenizer.isSpace(text.charAt(k))) {
          k++;
        }
        boolean continues = k < s.end() && (Character.isLowerCase(text.charAt(k)) || text.charAt(k) == ',');
        return continues ? j : index;
      }
    }
    return index;
  }

  static boolean shouldJoin(String text, TextSpan current, TextSpan next) {
    char first = text.charAt(next.start());
    char last = text.charAt(current.end() - 1);
    // A closing guillemet or bracket belongs to the sentence it closes: « ... » a-t-il dit.
    if ("»”),;:]".indexOf(first) >= 0 || last == '«' || last == '“' || last == '(') {
      return true;
    }
    boolean ellipsis = last == '…' || (last == '.' && current.end() - 2 >= current.start() && text.charAt(current.end() - 2) == '.');
    if (last == '.' && !ellipsis) {
      String word = wordBeforePeriod(text, current);
      if (word != null) {
        if (TITLES.contains(word)) {
          return true;
        }
        if (ABBREVIATIONS.contains(word) && (Character.isLowerCase(first) || Character.isDigit(first))) {
          return NUMBERED.contains(word) ? Character.isDigit(first) : true;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0)) && Character.isUpperCase(first)
            && !SENTENCE_STARTERS.contains(firstWord(text, next))) {
          return true; // an initial: George W. Bush
        }
      }
    } else if (Character.isLowerCase(first) && (ellipsis || "!?,".indexOf(last) >= 0)) {
      return true; // after an ellipsis, « ! » or « ? », a lower-case word goes on: « Ah ! mais... »
    }
    return false;
  }

  private static String firstWord(String text, TextSpan s) {
    int k = s.start();
    while (k < s.end() && (Character.isLetter(text.charAt(k)) || text.charAt(k) == '\'' || text.charAt(k) == '’')) {
      k++;
      if (text.charAt(k - 1) == '\'' || text.charAt(k - 1) == '’') {
        break;
      }
    }
    return text.substring(s.start(), k);
  }

  /** The word just before the final period (M. Dupont, J. Chirac), or null if none. */
  private static String wordBeforePeriod(String text, TextSpan s) {
    int end = s.end() - 1; // the period
    int k = end;
    while (k > s.start() && Character.isLetter(text.charAt(k - 1))) {
      k--;
    }
    if (k == end) {
      return null;
    }
    if (k > s.start() && !FrenchTokenizer.isSpace(text.charAt(k - 1)) && "(.'’".indexOf(text.charAt(k - 1)) < 0) {
      return null;
    }
    return text.substring(k, end);
  }

  private static int openGuillemets(String text, int from, int to) {
    int open = 0;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == '«') {
        open++;
      } else if (c == '»' && open > 0) {
        open--;
      }
    }
    return open;
  }

  /** Offset of the first » in {@code s} that closes a guillemet opened before {@code s}, or -1. */
  private static int closingGuillemet(String text, TextSpan s) {
    int depth = 0;
    for (int k = s.start(); k < s.end(); k++) {
      char c = text.charAt(k);
      if (c == '«') {
        depth++;
      } else if (c == '»') {
        if (depth == 0) {
          return k;
        }
        depth--;
      }
    }
    return -1;
  }
}
