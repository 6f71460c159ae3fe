package fr.veille.nlp;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds PER, ORG, LOC and MISC names in tokenized French sentences with a trained
 * {@link NameFinderModel}. Thread-safe: the model is immutable and scratch buffers are per thread.
 *
 * <p>veille's hand-written domain gazetteer (French parties, institutions, media, web sites: see
 * {@code ner-domain-gazetteer.tsv}) has the last word on the names it lists: a multi-word name
 * found verbatim is tagged with its listed type (replacing overlapping spans), and a one-word name
 * that the tagger found as an entity gets its listed type (one-word names such as "PS" or
 * "Marianne" are too ambiguous to be tagged on sight). The world gazetteer ({@code
 * ner-world-gazetteer.tsv}: places, clubs, events, works, people of the world) does the same where
 * the domain one lists nothing, and also tags a listed one-word person or place the tagger missed
 * when it is capitalized after a lower-case word ("selon Plutarque", "en Équateur").
 *
 * <p>A place found right after its lower-case generic word takes the word in ("lac Léman", "baie
 * de Somme"), as French typography keeps it inside the name.
 *
 * <p>Person titles are handled by rule, as French news writes them far more than the training
 * data (Wikinews) does: a title such as "M." or "Mme" is left out of the name that follows it, and
 * the capitalized words right after it are a person ("M. Lancar", "Mme Aubry").
 *
 * <p>Confidence is a squashed margin of the chosen labels over the best alternative label, averaged
 * over the span's tokens: a ranking signal, not a calibrated probability.
 */
public final class TrainedEntityRecognizer implements EntityRecognizer {
  private static final int L = NerLabels.COUNT;

  private final NameFinderModel model;
  private final boolean domainGazetteer;
  private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

  /** A recognizer where the domain gazetteer has the last word on the names it lists. */
  public TrainedEntityRecognizer(NameFinderModel model) {
    this(model, true);
  }

  /**
   * @param domainGazetteer false for the statistical tagger alone (the gazetteer still feeds its
   *     features), e.g. to measure what the gazetteer's last word adds
   */
  public TrainedEntityRecognizer(NameFinderModel model, boolean domainGazetteer) {
    this.model = Objects.requireNonNull(model, "model");
    this.domainGazetteer = domainGazetteer;
  }

  /** A recognizer with the default French model shipped in the jar. */
  public static TrainedEntityRecognizer loadDefault() throws IOException {
    return new TrainedEntityRecognizer(NameFinderModel.loadDefault());
  }

  public NameFinderModel model() {
    return model;
  }

  private static final class Scratch {
    final NerFeatures features = new NerFeatures();
    int[] featureBuckets = new int[0];
    float[] scores = new float[0];
    float[] delta = new float[0];
    int[] back = new int[0];
    int[] labels = new int[0];

    void ensure(int n) {
      if (labels.length >= n) {
        return;
      }
      int cap = Math.max(n, labels.length * 2);
      featureBuckets = new int[cap * NerFeatures.TEMPLATES];
      scores = new float[cap * L];
      delta = new float[cap * L];
      back = new int[cap * L];
      labels = new int[cap];
    }
  }

  @Override
  public List<NameSpan> find(String[] tokens) {
    Objects.requireNonNull(tokens, "tokens");
    int n = tokens.length;
    if (n == 0) {
      return List.of();
    }
    for (int i = 0; i < n; i++) {
      if (tokens[i] == null || tokens[i].isEmpty()) {
        throw new IllegalArgumentException("token " + i + " is null or empty");
      }
    }
    Scratch s = scratch.get();
    s.ensure(n);
    ChainWeights w = model.weights();
    s.features.extract(tokens, model.lexicon(), w.bits, s.featureBuckets);
    w.emissions(s.featureBuckets, n, s.scores);
    w.viterbi(s.scores, n, s.delta, s.back, s.labels);
    applyTitles(tokens, s.labels, n);
    if (domainGazetteer) {
      applyDomainGazetteer(tokens, s, n);
    }
    applyGenerics(tokens, s.labels, n);
    List<NameSpan> raw = NerLabels.spans(s.labels, n);
    if (raw.isEmpty()) {
      return List.of();
    }
    List<NameSpan> spans = new ArrayList<>(raw.size());
    for (NameSpan span : raw) {
      spans.add(new NameSpan(span.startToken(), span.endToken(), span.type(), confidence(s, span)));
    }
    return spans;
  }

  /**
   * Lower-case generic words that French typography keeps inside a place name: « lac Léman », « mer
   * Noire », « golfe du Morbihan », « île de Ré », « massif du Mont-Blanc ». Administrative words
   * (« région », « département », « comté ») are left out: « la région de Lyon » names Lyon.
   */
  private static final java.util.Set<String> GENERICS = java.util.Set.of("lac", "lacs", "mer", "océan", "baie",
      "golfe", "île", "îles", "mont", "monts", "massif", "désert", "delta", "cirque", "plateau", "détroit", "cap",
      "col", "pic", "gave", "archipel", "péninsule", "presqu'île", "canal", "étang", "glacier", "atoll");
  private static final java.util.Set<String> OF = java.util.Set.of("de", "du", "des", "d'", "d’");

  /** A place found after its generic word takes the word in: « mer Noire », « baie de Somme ». */
  private static void applyGenerics(String[] tokens, int[] labels, int n) {
    for (int i = 1; i < n; i++) {
      if (labels[i] != NerLabels.begin(EntityType.LOC)) {
        continue;
      }
      int start = -1;
      if (GENERICS.contains(tokens[i - 1]) && labels[i - 1] == NerLabels.O) {
        start = i - 1;
      } else if (i > 1 && OF.contains(tokens[i - 1]) && GENERICS.contains(tokens[i - 2])
          && labels[i - 1] == NerLabels.O && labels[i - 2] == NerLabels.O) {
        start = i - 2;
      }
      if (start >= 0) {
        labels[start] = NerLabels.begin(EntityType.LOC);
        for (int j = start + 1; j <= i; j++) {
          labels[j] = NerLabels.inside(EntityType.LOC);
        }
      }
    }
  }

  private static final java.util.Set<String> TITLES =
      java.util.Set.of("M.", "Mme", "Mlle", "MM.", "Mmes", "Mlles", "Mgr");

  private static boolean capitalized(String t) {
    return Character.isUpperCase(t.charAt(0));
  }

  /** Titles stay out of names; capitalized words after a title are a person (see class comment). */
  private static void applyTitles(String[] tokens, int[] labels, int n) {
    for (int i = 0; i + 1 < n; i++) {
      if (!TITLES.contains(tokens[i]) || !capitalized(tokens[i + 1]) || TITLES.contains(tokens[i + 1])) {
        continue;
      }
      if (labels[i] != NerLabels.O && !NerLabels.isInside(labels[i + 1])) {
        continue; // the title is a name of its own here: leave it
      }
      // The name after the title: the entity the tagger found there, else the capitalized words.
      int end = i + 2;
      if (labels[i + 1] != NerLabels.O) {
        while (end < n && NerLabels.isInside(labels[end])) {
          end++;
        }
      } else {
        while (end < n && end < i + 4 && capitalized(tokens[end]) && labels[end] == NerLabels.O) {
          end++;
        }
      }
      // A title inside a longer entity cuts it: the part before the title stays an entity.
      labels[i] = NerLabels.O;
      labels[i + 1] = NerLabels.begin(EntityType.PER);
      for (int j = i + 2; j < end; j++) {
        labels[j] = NerLabels.inside(EntityType.PER);
      }
    }
  }

  private static final int DOMAIN_BITS = NerLexicon.GAZ_DOMAIN_ORG | NerLexicon.GAZ_DOMAIN_MISC
      | NerLexicon.GAZ_DOMAIN_LOC | NerLexicon.GAZ_DOMAIN_PER;
  private static final int WORLD_BITS = NerLexicon.GAZ_WORLD_ORG | NerLexicon.GAZ_WORLD_MISC
      | NerLexicon.GAZ_WORLD_LOC | NerLexicon.GAZ_WORLD_PER;

  /** The listed type of a match: the domain gazetteer's, else the world gazetteer's. */
  private static EntityType domainType(int bits) {
    EntityType listed = typeOf(bits, NerLexicon.GAZ_DOMAIN_ORG, NerLexicon.GAZ_DOMAIN_MISC, NerLexicon.GAZ_DOMAIN_LOC,
        NerLexicon.GAZ_DOMAIN_PER);
    return listed != null ? listed : typeOf(bits, NerLexicon.GAZ_WORLD_ORG, NerLexicon.GAZ_WORLD_MISC,
        NerLexicon.GAZ_WORLD_LOC, NerLexicon.GAZ_WORLD_PER);
  }

  /** The first type whose bit is set, in the order ORG, MISC, LOC, PER; null if none. */
  private static EntityType typeOf(int bits, int org, int misc, int loc, int per) {
    return (bits & org) != 0 ? EntityType.ORG : (bits & misc) != 0 ? EntityType.MISC
        : (bits & loc) != 0 ? EntityType.LOC : (bits & per) != 0 ? EntityType.PER : null;
  }

  /** Relabels the longest domain-gazetteer matches, left to right (see the class comment). */
  private void applyDomainGazetteer(String[] tokens, Scratch s, int n) {
    NerLexicon.PhraseSet set = model.lexicon().staticPhrases;
    for (int i = 0; i < n; ) {
      long first = s.features.wordHash(i);
      int max = set.maxLength.get(first, 0);
      int bestLength = 0;
      int bestBits = 0;
      long h = NerHash.PHRASE_START;
      for (int len = 1; len <= max && i + len <= n; len++) {
        h = NerHash.phrase(h, s.features.wordHash(i + len - 1));
        int bits = set.phrases.get(h, 0) & (DOMAIN_BITS | WORLD_BITS);
        if (bits != 0) {
          bestLength = len;
          bestBits = bits;
        }
      }
      if (bestLength == 0) {
        i++;
        continue;
      }
      EntityType type = domainType(bestBits);
      int end = i + bestLength;
      int[] labels = s.labels;
      // The predicted entity around the match's first and last tokens, if any.
      int spanStart = i;
      while (spanStart > 0 && NerLabels.isInside(labels[spanStart])) {
        spanStart--;
      }
      int spanEnd = end;
      while (labels[end - 1] != NerLabels.O && spanEnd < n && NerLabels.isInside(labels[spanEnd])) {
        spanEnd++;
      }
      boolean oneEntity = labels[i] != NerLabels.O;
      for (int j = i + 1; oneEntity && j < end; j++) {
        oneEntity = NerLabels.isInside(labels[j]);
      }
      boolean exact = oneEntity && spanStart == i && spanEnd == end;
      boolean insideLonger = oneEntity && !exact;
      // A longer name found by the tagger around a listed one ("En marche !") is kept; a one-word
      // name is only retyped when the tagger found exactly it.
      // A listed person or place of the world that the tagger missed (« selon Plutarque », « en
      // Équateur ») is tagged when it is capitalized after a lower-case word; one-word works, events
      // and organisations (« Internet », « Renaissance ») are too often ordinary words for that.
      boolean worldWord = bestLength == 1 && (bestBits & (NerLexicon.GAZ_WORLD_PER | NerLexicon.GAZ_WORLD_LOC)) == bestBits
          && labels[i] == NerLabels.O && i > 0 && capitalized(tokens[i]) && !capitalized(tokens[i - 1]);
      if (!insideLonger && (bestLength > 1 || exact || worldWord)) {
        // Entities straddling the match lose their parts outside it rather than leave fragments.
        if (labels[i] != NerLabels.O) {
          for (int j = spanStart; j < i; j++) {
            labels[j] = NerLabels.O;
          }
        }
        for (int j = end; j < spanEnd; j++) {
          labels[j] = NerLabels.O;
        }
        labels[i] = NerLabels.begin(type);
        for (int j = i + 1; j < end; j++) {
          labels[j] = NerLabels.inside(type);
        }
      }
      i = end;
    }
  }

  private static double confidence(Scratch s, NameSpan span) {
    double sum = 0;
    for (int i = span.startToken(); i < span.endToken(); i++) {
      int chosen = s.labels[i];
      float best = Float.NEGATIVE_INFINITY;
      for (int y = 0; y < L; y++) {
        if (y != chosen) {
          best = Math.max(best, s.scores[i * L + y]);
        }
      }
      double margin = s.scores[i * L + chosen] - best;
      sum += 1 / (1 + Math.exp(-margin / 4));
    }
    return sum / (span.endToken() - span.startToken());
  }
}
