package fr.veille.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Scoring algorithms against UD gold data: span-based precision/recall/F1 for token and sentence
 * boundaries, accuracy counts for tags and lemmas. Stateless; thread-safe.
 */
final class UdScorer {
  private UdScorer() {}

  /** Gold surface-token spans of one sentence in its raw text, or null if the forms do not align. */
  static List<TextSpan> goldTokenSpans(Conllu.Sentence s) {
    String text = s.text();
    List<TextSpan> spans = new ArrayList<>(s.tokens().size());
    int pos = 0;
    for (Conllu.SurfaceToken t : s.tokens()) {
      String form = t.form();
      int at = text.startsWith(form, pos) ? pos : text.indexOf(form, pos);
      if (at < 0 || !text.substring(pos, at).isBlank()) {
        return null;
      }
      spans.add(new TextSpan(at, at + form.length()));
      pos = at + form.length();
    }
    return spans;
  }

  /** Counts of matching spans: a predicted span is correct when both its ends match a gold span. */
  static Prf spanMatch(List<TextSpan> predicted, List<TextSpan> gold) {
    Set<TextSpan> g = new HashSet<>(gold);
    long tp = 0;
    for (TextSpan p : new HashSet<>(predicted)) {
      if (g.contains(p)) {
        tp++;
      }
    }
    return new Prf(tp, predicted.size(), gold.size());
  }

  /** Precision/recall/F1 from counts. */
  record Prf(long truePositives, long predicted, long gold) {
    Prf plus(Prf o) {
      return new Prf(truePositives + o.truePositives, predicted + o.predicted, gold + o.gold);
    }

    double precision() {
      return predicted == 0 ? 0 : (double) truePositives / predicted;
    }

    double recall() {
      return gold == 0 ? 0 : (double) truePositives / gold;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** Token spans predicted by a tokenizer. */
  static List<TextSpan> spans(List<Token> tokens) {
    List<TextSpan> out = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      out.add(new TextSpan(t.start(), t.end()));
    }
    return out;
  }
}
