package fr.veille.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Trains a {@link NameFinderModel}: induces word clusters from unlabelled text, builds the
 * gazetteers (French places, Lefff proper names and categories, names seen in the training data —
 * jackknifed so that the tagger does not learn to trust them blindly), then runs an averaged
 * structured perceptron with Viterbi decoding over IOB2 labels. Deterministic for given options.
 * Stateless; each call is independent.
 */
public final class NerTrainer {
  private static final int L = NerLabels.COUNT;
  private static final int F = NerFeatures.TEMPLATES;

  private NerTrainer() {}

  /** Trains a model and logs progress (one line per step) to {@code log}. */
  public static NameFinderModel train(NerTrainingOptions o, Consumer<String> log) throws IOException {
    long t0 = System.nanoTime();
    List<LabeledSentence> train = new ArrayList<>();
    for (Path p : o.trainFiles()) {
      List<LabeledSentence> part = normalize(ConllReader.read(requireFile(o.resolve(p), "training file")));
      log.accept(String.format(Locale.ROOT, "train: %s, %,d sentences", p, part.size()));
      train.addAll(part);
    }
    // Sentences whose elisions are split ("l" "'" "Argentine") are also learnt joined, as veille's
    // tokenizer writes them (see SplitElisions); each copy is jackknifed with its original's fold.
    int originals = train.size();
    List<Integer> copyOf = new ArrayList<>();
    for (int i = 0; i < originals; i++) {
      LabeledSentence joined = SplitElisions.join(train.get(i));
      if (joined != null) {
        train.addAll(normalize(List.of(joined)));
        copyOf.add(i);
      }
    }
    log.accept(String.format(Locale.ROOT, "train: %,d sentences also learnt with their split elisions joined", copyOf.size()));
    int mainSentences = train.size();
    for (Path p : o.otherDomainFiles()) {
      List<LabeledSentence> part = normalize(ConllReader.read(requireFile(o.resolve(p), "training file")));
      log.accept(String.format(Locale.ROOT, "train (other domain): %s, %,d sentences", p, part.size()));
      train.addAll(part);
    }
    List<LabeledSentence> dev = o.devFile() == null ? List.of() : ConllReader.read(requireFile(o.resolve(o.devFile()), "dev file"));

    LongIntMap clusters = new LongIntMap(1 << 16);
    if (!o.unlabelledFiles().isEmpty()) {
      List<String[]> text = new ArrayList<>();
      for (Path p : o.unlabelledFiles()) {
        text.addAll(readUnlabelled(requireFile(o.resolve(p), "unlabelled text file")));
      }
      Map<String, Integer> paths = WordClusters.induce(text, WordClusters.Options.defaults(), log);
      paths.forEach((w, c) -> clusters.put(NerHash.of(w), c));
    }
    LongIntMap lexicon = new LongIntMap(1 << 16);
    NerLexicon.PhraseSet staticPhrases = new NerLexicon.PhraseSet();
    if (o.lexiconFile() != null) {
      readLexicon(requireFile(o.resolve(o.lexiconFile()), "lexicon file"), lexicon, staticPhrases, log);
    }
    if (o.placesFile() != null) {
      readPlaces(requireFile(o.resolve(o.placesFile()), "places gazetteer"), staticPhrases, log);
    }
    if (o.domainGazetteer()) {
      readGazetteer(DomainNames.RESOURCE, DOMAIN_BITS, staticPhrases, log);
    }
    if (o.worldGazetteer()) {
      readGazetteer(DomainNames.WORLD_RESOURCE, WORLD_BITS, staticPhrases, log);
    }
    // Names of the main-domain training data only: other domains have other naming conventions.
    List<LabeledSentence> mainTrain = train.subList(0, originals);
    NerLexicon full = new NerLexicon(clusters, lexicon, staticPhrases, trainPhrases(mainTrain, -1, 0));

    // Features are fixed per sentence, so they are extracted once.
    int bits = o.hashBits();
    int[][] features = new int[train.size()][];
    NerFeatures extractor = new NerFeatures();
    NerLexicon[] foldLexicons = new NerLexicon[Math.max(o.folds(), 1)];
    for (int f = 0; f < o.folds(); f++) {
      foldLexicons[f] = full.withTrainPhrases(trainPhrases(mainTrain, f, o.folds()));
    }
    for (int s = 0; s < train.size(); s++) {
      LabeledSentence sentence = train.get(s);
      int origin = s >= originals && s < mainSentences ? copyOf.get(s - originals) : s;
      NerLexicon lex = o.folds() == 0 ? full : foldLexicons[origin % o.folds()];
      features[s] = new int[sentence.size() * F];
      extractor.extract(sentence.tokens(), lex, bits, features[s]);
    }
    log.accept(String.format(Locale.ROOT, "features extracted in %.1f s", (System.nanoTime() - t0) / 1e9));

    float[] dense = null;
    float[] transitions = null;
    for (int run = 0; run < o.ensemble(); run++) {
      float[][] result = perceptron(train, mainSentences, features, o, o.seed() + run, log);
      if (dense == null) {
        dense = result[0];
        transitions = result[1];
      } else {
        add(dense, result[0]);
        add(transitions, result[1]);
      }
    }
    ChainWeights weights = compact(dense, transitions, o.hashBits(), 1f / o.ensemble());
    StringBuilder description = new StringBuilder();
    description.append("veille NER: averaged structured perceptron, ").append(F).append(" feature templates, ")
        .append(o.epochs()).append(" epochs, ensemble of ").append(o.ensemble()).append("; train ").append(o.trainFiles())
        .append(o.otherDomainFiles().isEmpty() ? "" : "; other-domain train " + o.otherDomainFiles())
        .append("; clusters from ").append(o.unlabelledFiles())
        .append("; lexicon ").append(o.lexiconFile()).append("; places ").append(o.placesFile())
        .append(o.domainGazetteer() ? "; domain gazetteer" : "")
        .append(o.worldGazetteer() ? "; world gazetteer" : "");
    NameFinderModel model = new NameFinderModel(weights, full, description.toString());
    if (!dev.isEmpty()) {
      NerScore score = new NerEvaluator(Duration.ZERO, Duration.ZERO).evaluate(model.recognizer(), dev);
      String line = String.format(Locale.ROOT, "dev %s: P %.4f R %.4f F1 %.4f", o.devFile(), score.precision(), score.recall(), score.f1());
      log.accept(line);
      model = new NameFinderModel(weights, full, description + "; " + line);
    }
    log.accept(String.format(Locale.ROOT, "trained in %.1f s, %,d weighted features", (System.nanoTime() - t0) / 1e9, weights.rowCount()));
    return model;
  }

  /**
   * Leaves elided articles out of names: WiNER-fr sometimes tags "l'/B-ORG Union/I-ORG", and never
   * a name right after an untagged "l'", which would teach the tagger that nothing starts after
   * "l'" ("l'UMP"). CoNLL and veille put the article outside: "l'/O Union/B-ORG".
   */
  static List<LabeledSentence> normalize(List<LabeledSentence> sentences) {
    List<LabeledSentence> out = new ArrayList<>(sentences.size());
    for (LabeledSentence s : sentences) {
      int[] labels = s.labels().clone();
      String[] tokens = s.tokens();
      boolean changed = false;
      for (int i = 0; i + 1 < tokens.length; i++) {
        if (NerLabels.isBegin(labels[i]) && isElidedArticle(tokens[i])
            && labels[i + 1] == NerLabels.inside(NerLabels.type(labels[i]))) {
          labels[i + 1] = labels[i];
          labels[i] = NerLabels.O;
          changed = true;
        }
      }
      out.add(changed ? new LabeledSentence(tokens, labels) : s);
    }
    return out;
  }

  private static boolean isElidedArticle(String t) {
    return t.length() == 2 && "lLdD".indexOf(t.charAt(0)) >= 0 && (t.charAt(1) == '\'' || t.charAt(1) == '\u2019');
  }

  private static Path requireFile(Path p, String what) throws IOException {
    if (!Files.isRegularFile(p)) {
      throw new IOException(what + " not found: " + p);
    }
    return p;
  }

  private static void add(float[] sum, float[] x) {
    for (int i = 0; i < sum.length; i++) {
      sum[i] += x[i];
    }
  }

  /**
   * Averaged structured perceptron (Collins 2002) with the lazy-averaging trick; returns the
   * averaged emission weights (dense, bucket * L + label) and transition weights.
   *
   * <p>With other-domain sentences (those from index {@code mainSentences} on), each feature has a
   * shared weight and one weight per domain ("frustratingly easy" domain adaptation, Daumé 2007):
   * a sentence is scored and updated with shared + own-domain weights, and the model keeps shared
   * + main-domain weights. Other domains thus teach what they share with the main one without
   * imposing their own conventions (no MISC in Europeana, OCR noise).
   */
  private static float[][] perceptron(
      List<LabeledSentence> train, int mainSentences, int[][] features, NerTrainingOptions o, long seed,
      Consumer<String> log) {
    int buckets = 1 << o.hashBits();
    float[] w = new float[buckets * L];
    double[] u = new double[buckets * L];
    boolean adapt = mainSentences < train.size();
    float[][] dw = adapt ? new float[][] {new float[buckets * L], new float[buckets * L]} : null;
    double[][] du = adapt ? new double[][] {new double[buckets * L], new double[buckets * L]} : null;
    float[] tr = new float[(L + 1) * L];
    double[] tru = new double[(L + 1) * L];
    float[] trDecode = new float[(L + 1) * L];
    long c = 1;
    int max = 0;
    for (LabeledSentence s : train) {
      max = Math.max(max, s.size());
    }
    float[] scores = new float[max * L];
    float[] delta = new float[max * L];
    int[] back = new int[max * L];
    int[] pred = new int[max];
    Integer[] order = new Integer[train.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Random random = new Random(seed);
    for (int epoch = 1; epoch <= o.epochs(); epoch++) {
      java.util.Collections.shuffle(java.util.Arrays.asList(order), random);
      int errors = 0;
      int tokens = 0;
      for (int idx : order) {
        LabeledSentence s = train.get(idx);
        int n = s.size();
        int[] feats = features[idx];
        int[] gold = s.labels();
        float[] own = adapt ? dw[idx < mainSentences ? 0 : 1] : null;
        double[] ownU = adapt ? du[idx < mainSentences ? 0 : 1] : null;
        for (int i = 0; i < n; i++) {
          int base = i * L;
          java.util.Arrays.fill(scores, base, base + L, 0f);
          for (int k = i * F, end = k + F; k < end; k++) {
            int off = feats[k] * L;
            for (int y = 0; y < L; y++) {
              scores[base + y] += w[off + y];
            }
            if (own != null) {
              for (int y = 0; y < L; y++) {
                scores[base + y] += own[off + y];
              }
            }
          }
        }
        for (int p = -1; p < L; p++) {
          for (int y = 0; y < L; y++) {
            int t = (p + 1) * L + y;
            trDecode[t] = NerLabels.allowed(p, y) ? tr[t] : -1e30f;
          }
        }
        Viterbi.decode(scores, trDecode, n, delta, back, pred);
        tokens += n;
        for (int i = 0; i < n; i++) {
          int g = gold[i];
          int p = pred[i];
          if (g != p) {
            errors++;
            for (int k = i * F, end = k + F; k < end; k++) {
              int off = feats[k] * L;
              w[off + g] += 1;
              u[off + g] += c;
              w[off + p] -= 1;
              u[off + p] -= c;
              if (own != null) {
                own[off + g] += 1;
                ownU[off + g] += c;
                own[off + p] -= 1;
                ownU[off + p] -= c;
              }
            }
          }
          int gPrev = i == 0 ? -1 : gold[i - 1];
          int pPrev = i == 0 ? -1 : pred[i - 1];
          if (g != p || gPrev != pPrev) {
            int tg = (gPrev + 1) * L + g;
            int tp = (pPrev + 1) * L + p;
            tr[tg] += 1;
            tru[tg] += c;
            tr[tp] -= 1;
            tru[tp] -= c;
          }
        }
        c++;
      }
      log.accept(String.format(Locale.ROOT, "epoch %d: %.2f%% token errors", epoch, 100.0 * errors / tokens));
    }
    float[] transitions = new float[(L + 1) * L];
    for (int t = 0; t < transitions.length; t++) {
      transitions[t] = (float) (tr[t] - tru[t] / c);
    }
    for (int i = 0; i < w.length; i++) {
      w[i] = (float) (w[i] - u[i] / c);
      if (adapt) {
        w[i] += (float) (dw[0][i] - du[0][i] / c);
      }
    }
    return new float[][] {w, transitions};
  }

  /** Keeps the buckets with a non-negligible weight, scaled, rounded as the file stores them. */
  private static ChainWeights compact(float[] dense, float[] transitions, int bits, float scale) {
    int buckets = 1 << bits;
    int kept = 0;
    int[] keptBuckets = new int[1024];
    float[] rows = new float[1024 * L];
    for (int b = 0; b < buckets; b++) {
      int off = b * L;
      boolean any = false;
      for (int y = 0; y < L; y++) {
        if (Math.abs(dense[off + y] * scale) >= 1e-3) {
          any = true;
        }
      }
      if (!any) {
        continue;
      }
      if (kept == keptBuckets.length) {
        keptBuckets = java.util.Arrays.copyOf(keptBuckets, kept * 2);
        rows = java.util.Arrays.copyOf(rows, kept * 2 * L);
      }
      keptBuckets[kept] = b;
      for (int y = 0; y < L; y++) {
        // Rounded as the model file stores them (half floats), so the model in memory is the saved one.
        rows[kept * L + y] = Float.float16ToFloat(Float.floatToFloat16(dense[off + y] * scale));
      }
      kept++;
    }
    float[] t = transitions.clone();
    for (int i = 0; i < t.length; i++) {
      t[i] *= scale;
    }
    return new ChainWeights(bits, java.util.Arrays.copyOf(keptBuckets, kept),
        java.util.Arrays.copyOf(rows, kept * L), t);
  }

  /**
   * Entity names of the training data as gazetteers (and first names: the first token of
   * multi-token persons). With {@code folds > 0}, only sentences outside fold {@code fold}.
   */
  static NerLexicon.PhraseSet trainPhrases(List<LabeledSentence> train, int fold, int folds) {
    NerLexicon.PhraseSet set = new NerLexicon.PhraseSet();
    for (int s = 0; s < train.size(); s++) {
      if (folds > 0 && s % folds == fold) {
        continue;
      }
      LabeledSentence sentence = train.get(s);
      for (EntityRecognizer.NameSpan span : sentence.goldSpans()) {
        List<String> tokens = List.of(sentence.tokens()).subList(span.startToken(), span.endToken());
        int bit = switch (span.type()) {
          case PER -> NerLexicon.GAZ_PER;
          case ORG -> NerLexicon.GAZ_ORG;
          case LOC -> NerLexicon.GAZ_LOC;
          case MISC -> NerLexicon.GAZ_MISC;
        };
        set.add(tokens, bit);
        if (span.type() == EntityType.PER && tokens.size() >= 2 && Character.isUpperCase(tokens.get(0).charAt(0))) {
          set.add(tokens.subList(0, 1), NerLexicon.GAZ_FIRST_NAME);
        }
      }
    }
    return set;
  }

  /** Tokens of CoNLL (first column) or CoNLL-U (surface forms) files, one array per sentence. */
  static List<String[]> readUnlabelled(Path file) throws IOException {
    boolean conllu = file.getFileName().toString().endsWith(".conllu");
    List<String[]> out = new ArrayList<>();
    List<String> current = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int skipUntil = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank()) {
          if (!current.isEmpty()) {
            out.add(current.toArray(String[]::new));
            current.clear();
          }
          skipUntil = 0;
          continue;
        }
        if (line.startsWith("#") && conllu) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        if (cols.length < 2) {
          continue;
        }
        if (!conllu) {
          if (!line.startsWith("-DOCSTART-")) {
            current.add(cols[0]);
          }
          continue;
        }
        String id = cols[0];
        if (id.contains(".")) {
          continue;
        }
        int dash = id.indexOf('-');
        if (dash > 0) {
          // A multi-word token (du = de le): keep the surface form, skip its parts.
          current.add(cols[1]);
          skipUntil = Integer.parseInt(id.substring(dash + 1));
          continue;
        }
        if (Integer.parseInt(id) <= skipUntil) {
          continue;
        }
        current.add(cols[1]);
      }
    }
    if (!current.isEmpty()) {
      out.add(current.toArray(String[]::new));
    }
    return out;
  }

  private static void readLexicon(Path file, LongIntMap lexicon, NerLexicon.PhraseSet phrases, Consumer<String> log)
      throws IOException {
    int entries = 0;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        int tab = line.indexOf('\t');
        if (tab <= 0) {
          continue;
        }
        int tab2 = line.indexOf('\t', tab + 1);
        String form = line.substring(0, tab);
        String cat = tab2 < 0 ? line.substring(tab + 1) : line.substring(tab + 1, tab2);
        int bit = switch (cat) {
          case "nc" -> NerLexicon.LEX_NOUN;
          case "adj", "adjPref" -> NerLexicon.LEX_ADJ;
          case "v", "auxAvoir", "auxEtre" -> NerLexicon.LEX_VERB;
          case "adv", "advPref", "advneg" -> NerLexicon.LEX_ADV;
          case "np" -> NerLexicon.LEX_PROPER;
          default -> NerLexicon.LEX_FUNCTION;
        };
        if (bit == NerLexicon.LEX_PROPER) {
          List<String> tokens = NerLexicon.tokenize(form);
          phrases.add(tokens, NerLexicon.GAZ_PROPER);
          if (tokens.size() > 1) {
            continue;
          }
        }
        if (form.indexOf(' ') < 0) {
          lexicon.or(NerHash.of(form), bit);
          entries++;
        }
      }
    }
    log.accept(String.format(Locale.ROOT, "lexicon: %,d entries, %,d distinct forms", entries, lexicon.size()));
  }

  private static final int[] DOMAIN_BITS = {
      NerLexicon.GAZ_DOMAIN_PER, NerLexicon.GAZ_DOMAIN_ORG, NerLexicon.GAZ_DOMAIN_LOC, NerLexicon.GAZ_DOMAIN_MISC};
  private static final int[] WORLD_BITS = {
      NerLexicon.GAZ_WORLD_PER, NerLexicon.GAZ_WORLD_ORG, NerLexicon.GAZ_WORLD_LOC, NerLexicon.GAZ_WORLD_MISC};

  /** Adds a hand-written {@code TYPE TAB name} list; {@code bits} are indexed PER, ORG, LOC, MISC. */
  private static void readGazetteer(String resource, int[] bits, NerLexicon.PhraseSet phrases, Consumer<String> log)
      throws IOException {
    List<DomainNames.Name> names = DomainNames.readResource(resource);
    for (DomainNames.Name name : names) {
      int bit = switch (name.type()) {
        case PER -> bits[0];
        case ORG -> bits[1];
        case LOC -> bits[2];
        case MISC -> bits[3];
      };
      phrases.add(NerLexicon.tokenize(name.canonical()), bit);
    }
    log.accept(String.format(Locale.ROOT, "%s: %,d names", resource, names.size()));
  }

  private static void readPlaces(Path file, NerLexicon.PhraseSet phrases, Consumer<String> log) throws IOException {
    int n = 0;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] cols = line.split("\t", -1);
        if (cols.length < 3 || cols[0].equals("name")) {
          continue;
        }
        boolean big = !cols[1].equals("commune");
        if (!big && !cols[2].isBlank()) {
          try {
            big = Long.parseLong(cols[2].strip()) >= 20_000;
          } catch (NumberFormatException e) {
            big = false;
          }
        }
        phrases.add(NerLexicon.tokenize(cols[0]), big ? NerLexicon.GAZ_PLACE_BIG : NerLexicon.GAZ_PLACE_SMALL);
        n++;
      }
    }
    log.accept(String.format(Locale.ROOT, "places: %,d names", n));
  }
}
