package fr.veille.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Reproduces the shipped sentiment models: builds the lexicon, trains the stacked classifier on
 * the commercially usable training sets (allocine-movies MIT, amazon-books BSD-3, deft2017-tweets
 * Apache-2.0) and the texts written for veille ({@link #VEILLE_TRAIN}), reports dev figures for the
 * lexicon alone, the n-gram classifier alone and the combination, and cross-validates on
 * allocine-movies. With {@code includeNonCommercial} it also uses allocine-tvseries (licence
 * unstated) and Polarimots (licence not stated): such a model is for experiments only and must not
 * replace the default.
 */
public final class SentimentTraining {

  /** Training sets used by default (all commercially usable). */
  public static final List<String> DEFAULT_TRAIN = List.of("allocine-movies", "amazon-books", "deft2017-tweets");
  /**
   * Training texts written for veille (classpath, {@code fr/veille/nlp/}; veille's own licence): about
   * 2,400 reviews of series, films and books (pos/neg) and 1,200 press sentences of 1995–2016 (half
   * neu), written by helper sessions that saw no data set. They give the classifier the review
   * vocabulary the shippable sets lack (allocine-tvseries cannot ship) and the neutral press the
   * tweets do not show; see {@code models/README.md} for what each brings.
   */
  public static final List<String> VEILLE_TRAIN = List.of("sentiment-train-reviews.tsv", "sentiment-train-press.tsv");
  /** Dev sets reported after training. */
  public static final List<String> DEV = List.of("allocine-tvseries", "amazon-books", "deft2017-tweets");

  private SentimentTraining() {}

  /**
   * @param data the shared sentiment folder (with lexicons/ and one folder per data set)
   * @param out where to write the lexicon and the classifier
   * @param includeNonCommercial also train on data whose licence does not allow shipping
   * @param folds cross-validation folds on allocine-movies (0 to skip)
   * @param epochs classifier training epochs
   * @param veilleData also train on the texts written for veille ({@link #VEILLE_TRAIN})
   * @param extraTrain further training files, {@code label TAB text} (experiments)
   */
  public record Options(Path data, Path out, boolean includeNonCommercial, int folds, int epochs, boolean veilleData,
      List<Path> extraTrain) {
    /** Options with veille's own training texts and no extra file. */
    public Options(Path data, Path out, boolean includeNonCommercial, int folds, int epochs) {
      this(data, out, includeNonCommercial, folds, epochs, true, List.of());
    }

    public Options {
      extraTrain = List.copyOf(extraTrain);
      if (folds == 1 || folds < 0) {
        throw new IllegalArgumentException("--folds must be 0 (skip) or at least 2, got " + folds);
      }
      if (epochs < 1) {
        throw new IllegalArgumentException("--epochs must be at least 1, got " + epochs);
      }
    }
  }

  /** One figure: a scorer on a data set split. */
  public record Row(String dataset, String split, String scorer, double accuracy, double macroF1, int items) {}

  /** What training wrote and measured. */
  public record Report(Path lexicon, int lexiconEntries, Path classifier, int trainingItems, List<Row> rows) {
    public Report {
      rows = List.copyOf(rows);
    }
  }

  public static Report train(Options o) throws IOException {
    Path sentimentDir = o.data();
    if (!Files.isDirectory(sentimentDir)) {
      throw new NoSuchFileException(sentimentDir.toString());
    }
    Files.createDirectories(o.out());
    StringWriter lexText = new StringWriter();
    int entries = SentimentLexiconBuilder.build(sentimentDir.resolve("lexicons"), o.includeNonCommercial(), lexText);
    Path lexiconPath = o.out().resolve(FrenchSentiment.LEXICON_FILE);
    try (Writer w = Files.newBufferedWriter(lexiconPath, StandardCharsets.UTF_8)) {
      w.write(lexText.toString());
    }
    SentimentLexicon lexicon;
    try (var in = Files.newInputStream(lexiconPath)) {
      lexicon = SentimentLexicon.read(in, lexiconPath.toString());
    }
    SentimentRules rules = new SentimentRules(lexicon);
    SentimentTokenizer tokenizer = new SentimentTokenizer();

    List<String> trainSets = new ArrayList<>(DEFAULT_TRAIN);
    if (o.includeNonCommercial()) {
      trainSets.add("allocine-tvseries");
    }
    List<Labeled> train = new ArrayList<>();
    for (String set : trainSets) {
      train.addAll(load(sentimentDir.resolve(set).resolve("train.tsv"), set, rules, tokenizer));
    }
    List<Labeled> own = ownTexts(o, rules, tokenizer);
    train.addAll(own);
    SentimentClassifier combined = fit(train, true, o);
    SentimentClassifier ngrams = fit(train, false, o);
    Path classifierPath = o.out().resolve(FrenchSentiment.CLASSIFIER_FILE);
    try (OutputStream os = Files.newOutputStream(classifierPath)) {
      combined.write(os);
    }

    List<Row> rows = new ArrayList<>();
    FrenchSentiment lexOnly = new FrenchSentiment(tokenizer, rules, null);
    FrenchSentiment ngramOnly = new FrenchSentiment(tokenizer, rules, ngrams);
    FrenchSentiment both = new FrenchSentiment(tokenizer, rules, combined);
    for (String set : DEV) {
      Path dev = sentimentDir.resolve(set).resolve("dev.tsv");
      if (!Files.isRegularFile(dev)) {
        continue;
      }
      List<SentimentEvaluator.Item> items = SentimentEvaluator.read(dev);
      rows.add(row(set, "dev", "lexicon+rules", lexOnly, items));
      rows.add(row(set, "dev", "n-gram classifier", ngramOnly, items));
      rows.add(row(set, "dev", "combined", both, items));
    }
    if (o.folds() > 0) {
      rows.addAll(crossValidate(sentimentDir, "allocine-movies", trainSets, own, o, rules, tokenizer, lexOnly));
    }
    return new Report(lexiconPath, entries, classifierPath, train.size(), rows);
  }

  private static Row row(String set, String split, String name, SentimentScorer scorer, List<SentimentEvaluator.Item> items) {
    List<SentimentLabel> predicted = new ArrayList<>();
    boolean binary = items.stream().noneMatch(i -> i.gold() == SentimentLabel.NEU);
    for (SentimentEvaluator.Item i : items) {
      predicted.add(SentimentEvaluator.predict(scorer, i, binary));
    }
    SentimentEvaluation e = SentimentEvaluator.score(items, predicted, binary, 0);
    return new Row(set, split, name, e.accuracy(), e.macroF1(), e.items());
  }

  /** Folds of one set; the other training sets are always in the training part. */
  private static List<Row> crossValidate(Path dir, String set, List<String> trainSets, List<Labeled> own, Options o,
      SentimentRules rules, SentimentTokenizer tokenizer, FrenchSentiment lexOnly) throws IOException {
    List<Labeled> target = load(dir.resolve(set).resolve("train.tsv"), set, rules, tokenizer);
    List<Labeled> others = new ArrayList<>(own);
    for (String s : trainSets) {
      if (!s.equals(set)) {
        others.addAll(load(dir.resolve(s).resolve("train.tsv"), s, rules, tokenizer));
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < target.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(7));
    String split = o.folds() + "-fold CV";
    List<SentimentEvaluator.Item> all = new ArrayList<>();
    List<SentimentLabel> predCombined = new ArrayList<>();
    List<SentimentLabel> predNgrams = new ArrayList<>();
    List<SentimentLabel> predLex = new ArrayList<>();
    for (int f = 0; f < o.folds(); f++) {
      List<Labeled> trainPart = new ArrayList<>(others);
      List<Labeled> testPart = new ArrayList<>();
      for (int k = 0; k < order.size(); k++) {
        (k % o.folds() == f ? testPart : trainPart).add(target.get(order.get(k)));
      }
      SentimentClassifier combined = fit(trainPart, true, o);
      SentimentClassifier ngrams = fit(trainPart, false, o);
      FrenchSentiment both = new FrenchSentiment(tokenizer, rules, combined);
      FrenchSentiment ng = new FrenchSentiment(tokenizer, rules, ngrams);
      for (Labeled l : testPart) {
        SentimentEvaluator.Item item = new SentimentEvaluator.Item(l.gold(), null, l.text());
        all.add(item);
        predCombined.add(SentimentEvaluator.predict(both, item, true));
        predNgrams.add(SentimentEvaluator.predict(ng, item, true));
        predLex.add(SentimentEvaluator.predict(lexOnly, item, true));
      }
    }
    List<Row> rows = new ArrayList<>();
    for (var p : List.of(List.of("lexicon+rules", predLex), List.of("n-gram classifier", predNgrams),
        List.of("combined", predCombined))) {
      @SuppressWarnings("unchecked")
      List<SentimentLabel> pred = (List<SentimentLabel>) p.get(1);
      SentimentEvaluation e = SentimentEvaluator.score(all, pred, true, 0);
      rows.add(new Row(set, split, (String) p.get(0), e.accuracy(), e.macroF1(), e.items()));
    }
    return rows;
  }

  /** A training text with its analysis. */
  private record Labeled(String set, SentimentLabel gold, String text, SentimentRules.Analysis analysis) {}

  /** veille's own training texts (classpath) unless turned off, then the extra files. */
  private static List<Labeled> ownTexts(Options o, SentimentRules rules, SentimentTokenizer tokenizer) throws IOException {
    List<Labeled> out = new ArrayList<>();
    if (o.veilleData()) {
      for (String name : VEILLE_TRAIN) {
        String resource = "/fr/veille/nlp/" + name;
        InputStream in = SentimentTraining.class.getResourceAsStream(resource);
        if (in == null) {
          throw new NoSuchFileException("classpath:" + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
          out.addAll(load(SentimentEvaluator.read(reader, "classpath:" + resource), name, rules, tokenizer));
        }
      }
    }
    for (Path extra : o.extraTrain()) {
      List<SentimentEvaluator.Item> items = SentimentEvaluator.read(extra);
      for (SentimentEvaluator.Item item : items) {
        if (item.target() != null) {
          throw new IOException(extra + ":" + item.line()
              + ": an entity-targeted item (label TAB target TAB text) cannot train the text classifier");
        }
      }
      out.addAll(load(items, extra.getFileName().toString(), rules, tokenizer));
    }
    return out;
  }

  private static List<Labeled> load(Path file, String set, SentimentRules rules, SentimentTokenizer tokenizer)
      throws IOException {
    return load(SentimentEvaluator.read(file), set, rules, tokenizer);
  }

  private static List<Labeled> load(List<SentimentEvaluator.Item> items, String set, SentimentRules rules,
      SentimentTokenizer tokenizer) {
    List<Labeled> out = new ArrayList<>();
    for (SentimentEvaluator.Item item : items) {
      out.add(new Labeled(set, item.gold(), item.text(), rules.analyze(item.text(), tokenizer.tokenize(item.text()))));
    }
    return out;
  }

  private static SentimentClassifier fit(List<Labeled> data, boolean lexiconFeatures, Options o) {
    SentimentClassifier.Options opts = SentimentClassifier.Options.defaults(lexiconFeatures);
    opts = new SentimentClassifier.Options(opts.bits(), lexiconFeatures, o.epochs(), opts.learningRate(), opts.l2(),
        opts.seed(), opts.runs());
    List<SentimentClassifier.Example> examples = new ArrayList<>(data.size());
    for (Labeled l : data) {
      examples.add(new SentimentClassifier.Example(
          SentimentClassifier.features(l.analysis(), opts.bits(), lexiconFeatures), l.gold().ordinal(), 1.0));
    }
    return SentimentClassifier.train(examples, opts);
  }
}
