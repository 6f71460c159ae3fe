package fr.veille.nlp;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds PER, ORG, LOC and MISC names in tokenized French sentences with a trained
 * {@link NameFinderModel}. Thread-safe: the model is immutable and scratch buffers are per thread.
 * Confidence is a squashed margin of the chosen labels over the best alternative label, averaged
 * over the span's tokens: a ranking signal, not a calibrated probability.
 */
public final class TrainedEntityRecognizer implements EntityRecognizer {
  private static final int L = NerLabels.COUNT;

  private final NameFinderModel model;
  private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

  public TrainedEntityRecognizer(NameFinderModel model) {
    this.model = Objects.requireNonNull(model, "model");
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
