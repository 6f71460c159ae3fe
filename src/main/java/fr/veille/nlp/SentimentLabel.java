package fr.veille.nlp;

import java.util.Locale;

/** The three tone labels, written {@code pos}, {@code neg}, {@code neu} in files and JSON. */
public enum SentimentLabel {
  POS,
  NEG,
  NEU;

  /** The lower-case code used in TSV files and JSON: pos, neg or neu. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses pos / neg / neu (case-insensitive); throws IllegalArgumentException naming the value. */
  public static SentimentLabel parse(String code) {
    return switch (code.strip().toLowerCase(Locale.ROOT)) {
      case "pos", "positive", "positif" -> POS;
      case "neg", "negative", "négatif" -> NEG;
      case "neu", "neutral", "neutre" -> NEU;
      default -> throw new IllegalArgumentException("unknown sentiment label '" + code + "' (expected pos, neg or neu)");
    };
  }
}
