package fr.veille.nlp;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * The word knowledge the recognizer's features look up, all keyed by 64-bit hashes (no strings are
 * kept): word clusters induced from unlabelled text, lexicon categories (Lefff), and phrase
 * gazetteers (French places; proper names; entity names seen in commercially-usable training
 * data). Immutable once built; thread-safe.
 */
final class NerLexicon {
  // Lexicon category bits (looked up for the form as written and lower-cased).
  static final int LEX_NOUN = 1;
  static final int LEX_ADJ = 2;
  static final int LEX_VERB = 4;
  static final int LEX_ADV = 8;
  static final int LEX_FUNCTION = 16;
  static final int LEX_PROPER = 32;

  // Gazetteer bits.
  static final int GAZ_PLACE_BIG = 1;
  static final int GAZ_PLACE_SMALL = 2;
  static final int GAZ_PROPER = 4;
  static final int GAZ_PER = 8;
  static final int GAZ_ORG = 16;
  static final int GAZ_LOC = 32;
  static final int GAZ_MISC = 64;
  static final int GAZ_FIRST_NAME = 128;
  /** veille's hand-written domain gazetteer, one bit per type (ORG, MISC, LOC, PER). */
  static final int GAZ_DOMAIN_ORG = 256;
  static final int GAZ_DOMAIN_MISC = 512;
  static final int GAZ_DOMAIN_LOC = 1024;
  static final int GAZ_DOMAIN_PER = 2048;
  /** veille's hand-written world gazetteer (countries, clubs, wars, works…), one bit per type. */
  static final int GAZ_WORLD_ORG = 4096;
  static final int GAZ_WORLD_MISC = 8192;
  static final int GAZ_WORLD_LOC = 16384;
  static final int GAZ_WORLD_PER = 32768;

  /** Phrases (token sequences, hashed) with their gazetteer bits. */
  static final class PhraseSet {
    final LongIntMap phrases;
    final LongIntMap maxLength;

    PhraseSet(LongIntMap phrases, LongIntMap maxLength) {
      this.phrases = phrases;
      this.maxLength = maxLength;
    }

    PhraseSet() {
      this(new LongIntMap(16), new LongIntMap(16));
    }

    void add(List<String> tokens, int bits) {
      if (tokens.isEmpty() || tokens.size() > 12) {
        return;
      }
      long h = NerHash.PHRASE_START;
      for (String t : tokens) {
        h = NerHash.phrase(h, NerHash.of(t));
      }
      phrases.or(h, bits);
      maxLength.max(NerHash.of(tokens.get(0)), tokens.size());
    }

    int size() {
      return phrases.size();
    }

    void write(DataOutputStream out) throws IOException {
      phrases.write(out);
      maxLength.write(out);
    }

    static PhraseSet read(DataInputStream in) throws IOException {
      return new PhraseSet(LongIntMap.read(in, "phrases"), LongIntMap.read(in, "phrase lengths"));
    }
  }

  final LongIntMap clusters;
  final LongIntMap lexicon;
  final PhraseSet staticPhrases;
  final PhraseSet trainPhrases;

  NerLexicon(LongIntMap clusters, LongIntMap lexicon, PhraseSet staticPhrases, PhraseSet trainPhrases) {
    this.clusters = clusters;
    this.lexicon = lexicon;
    this.staticPhrases = staticPhrases;
    this.trainPhrases = trainPhrases;
  }

  /** The same lexicon with other training-data gazetteers (for jackknifed training). */
  NerLexicon withTrainPhrases(PhraseSet other) {
    return new NerLexicon(clusters, lexicon, staticPhrases, other);
  }

  void write(DataOutputStream out) throws IOException {
    clusters.write(out);
    lexicon.write(out);
    staticPhrases.write(out);
    trainPhrases.write(out);
  }

  static NerLexicon read(DataInputStream in) throws IOException {
    LongIntMap clusters = LongIntMap.read(in, "clusters");
    LongIntMap lexicon = LongIntMap.read(in, "lexicon");
    PhraseSet stat = PhraseSet.read(in);
    PhraseSet train = PhraseSet.read(in);
    return new NerLexicon(clusters, lexicon, stat, train);
  }

  /**
   * Splits a gazetteer name the way the training data is tokenized: on spaces, and after an
   * elided article or preposition (L'Isle-Adam -> L' Isle-Adam).
   */
  static List<String> tokenize(String name) {
    List<String> out = new java.util.ArrayList<>();
    for (String part : name.strip().split("\\s+")) {
      if (part.isEmpty()) {
        continue;
      }
      int start = 0;
      for (int i = 0; i < part.length() - 1; i++) {
        char c = part.charAt(i);
        if ((c == '\'' || c == '\u2019') && i - start <= 5 && Character.isLetter(part.charAt(i + 1))) {
          out.add(part.substring(start, i + 1));
          start = i + 1;
        }
      }
      out.add(part.substring(start));
    }
    return out;
  }
}
