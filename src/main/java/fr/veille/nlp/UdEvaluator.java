package fr.veille.nlp;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Scores the default French stages (tokenizer, sentence splitter, POS tagger, lemmatizer) on a
 * Universal Dependencies CoNLL-U file:
 *
 * <ul>
 *   <li>tokens: span precision/recall/F1 of {@link FrenchTokenizer} on each sentence's raw {@code #
 *       text}, against the gold surface tokens (a multiword token such as « du » is one token);
 *   <li>sentences: span P/R/F1 on the raw texts of all sentences joined by single spaces;
 *   <li>POS: accuracy on the gold surface tokens as the pipeline tags them, and with contractions
 *       split first (the alternative), and on the gold words;
 *   <li>lemmas: accuracy on gold words, with gold POS and with the pipeline's predicted POS;
 *   <li>speed: tokens per CPU second of each stage and of the pipeline, single thread.
 * </ul>
 *
 * Instances are thread-safe (all stages are); the evaluation itself runs on the calling thread.
 */
public final class UdEvaluator {
  private static final long MIN_MEASURE_NANOS = 1_000_000_000L;

  private final Tokenizer tokenizer;
  private final SentenceSplitter splitter;
  private final SentenceSplitter rawSplitter;
  private final PosTagger tagger;
  private final PosTagger splitTagger;
  private final PosTagger wordTagger;
  private final Lemmatizer lemmatizer;

  /**
   * @param rawSplitter the splitter without fixes, for comparison
   * @param splitTagger the tagger splitting contractions first, for comparison
   * @param wordTagger tags UD words (contractions already split) as they are
   */
  UdEvaluator(Tokenizer tokenizer, SentenceSplitter splitter, SentenceSplitter rawSplitter,
      PosTagger tagger, PosTagger splitTagger, PosTagger wordTagger, Lemmatizer lemmatizer) {
    this.tokenizer = Objects.requireNonNull(tokenizer);
    this.splitter = Objects.requireNonNull(splitter);
    this.rawSplitter = Objects.requireNonNull(rawSplitter);
    this.tagger = Objects.requireNonNull(tagger);
    this.splitTagger = Objects.requireNonNull(splitTagger);
    this.wordTagger = Objects.requireNonNull(wordTagger);
    this.lemmatizer = Objects.requireNonNull(lemmatizer);
  }

  /** An evaluator of the default stages of {@link FrenchNlp}. */
  public static UdEvaluator withDefaultModels() throws IOException {
    return new UdEvaluator(
        FrenchNlp.tokenizer(),
        FrenchNlp.sentenceSplitter(),
        new OpenNlpSentenceSplitter(FrenchNlp.sentenceModel(), false),
        FrenchNlp.openNlpPosTagger(),
        new OpenNlpPosTagger(FrenchNlp.posModel(), true),
        FrenchNlp.openNlpPosTagger()::tagWords,
        FrenchNlp.lemmatizer());
  }

  /**
   * Evaluates on a CoNLL-U file.
   *
   * @param measureSpeed whether to time each stage (takes a few seconds)
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if it is not valid CoNLL-U (the message names file and line)
   */
  public UdReport evaluate(Path conllu, boolean measureSpeed) throws IOException {
    Objects.requireNonNull(conllu, "conllu");
    List<Conllu.Sentence> gold = Conllu.read(conllu);
    if (gold.isEmpty()) {
      throw new IllegalArgumentException(conllu + ": no sentences (is it a CoNLL-U file?)");
    }
    return evaluate(conllu.toString(), gold, measureSpeed);
  }

  UdReport evaluate(String name, List<Conllu.Sentence> gold, boolean measureSpeed) {
    int surface = 0;
    int words = 0;
    for (Conllu.Sentence s : gold) {
      surface += s.tokens().size();
      words += s.words().size();
    }

    // Tokenizer.
    UdScorer.Prf tok = new UdScorer.Prf(0, 0, 0);
    int unaligned = 0;
    for (Conllu.Sentence s : gold) {
      List<TextSpan> g = UdScorer.goldTokenSpans(s);
      if (g == null) {
        unaligned++;
        continue;
      }
      tok = tok.plus(UdScorer.spanMatch(UdScorer.spans(tokenizer.tokenize(s.text())), g));
    }

    // Sentences, on the joined text.
    StringBuilder joined = new StringBuilder();
    List<TextSpan> goldSentences = new ArrayList<>(gold.size());
    for (Conllu.Sentence s : gold) {
      if (joined.length() > 0) {
        joined.append(' ');
      }
      goldSentences.add(new TextSpan(joined.length(), joined.length() + s.text().length()));
      joined.append(s.text());
    }
    String text = joined.toString();
    UdScorer.Prf sent = UdScorer.spanMatch(splitter.split(text), goldSentences);
    UdScorer.Prf sentRaw = UdScorer.spanMatch(rawSplitter.split(text), goldSentences);

    // POS and lemmas.
    long posWordsOk = 0;
    long posTokensOk = 0;
    long posTokensSplitOk = 0;
    long plainTotal = 0;
    long plainOk = 0;
    long plainSplitOk = 0;
    long lemmaGoldOk = 0;
    long lemmaPredOk = 0;
    for (Conllu.Sentence s : gold) {
      List<Conllu.Word> ws = s.words();
      String[] wordForms = ws.stream().map(Conllu.Word::form).toArray(String[]::new);
      String[] goldTags = ws.stream().map(Conllu.Word::upos).toArray(String[]::new);
      String[] wordTags = wordTagger.tag(wordForms);
      for (int i = 0; i < ws.size(); i++) {
        if (wordTags[i].equals(goldTags[i])) {
          posWordsOk++;
        }
      }

      String[] tokens = s.tokens().stream().map(Conllu.SurfaceToken::form).toArray(String[]::new);
      String[] tags = tagger.tag(tokens);
      String[] splitTags = splitTagger.tag(tokens);
      String[] predWordTags = new String[ws.size()];
      int w = 0;
      for (int t = 0; t < tokens.length; t++) {
        Conllu.SurfaceToken st = s.tokens().get(t);
        String want = String.join("+", st.words().stream().map(Conllu.Word::upos).toList());
        posTokensOk += tags[t].equals(want) ? 1 : 0;
        posTokensSplitOk += splitTags[t].equals(want) ? 1 : 0;
        if (!st.isMultiword()) {
          plainTotal++;
          plainOk += tags[t].equals(want) ? 1 : 0;
          plainSplitOk += splitTags[t].equals(want) ? 1 : 0;
        }
        String[] parts = tags[t].split("\\+");
        for (int k = 0; k < st.words().size(); k++) {
          predWordTags[w++] = parts.length == st.words().size() ? parts[k] : parts[Math.min(k, parts.length - 1)];
        }
      }

      String[] lemmasGold = lemmatizer.lemmatize(wordForms, goldTags);
      String[] lemmasPred = lemmatizer.lemmatize(wordForms, predWordTags);
      for (int i = 0; i < ws.size(); i++) {
        String want = ws.get(i).lemma();
        lemmaGoldOk += lemmasGold[i].equals(want) ? 1 : 0;
        lemmaPredOk += lemmasPred[i].equals(want) ? 1 : 0;
      }
    }

    UdReport.Speed speed = measureSpeed ? measureSpeed(gold, text, surface) : null;
    return new UdReport(
        name,
        gold.size(),
        surface,
        words,
        UdReport.Score.of(tok),
        unaligned,
        UdReport.Score.of(sent),
        UdReport.Score.of(sentRaw),
        UdReport.Accuracy.of(posTokensOk, surface),
        UdReport.Accuracy.of(posTokensSplitOk, surface),
        UdReport.Accuracy.of(plainOk, plainTotal),
        UdReport.Accuracy.of(plainSplitOk, plainTotal),
        UdReport.Accuracy.of(posWordsOk, words),
        UdReport.Accuracy.of(lemmaGoldOk, words),
        UdReport.Accuracy.of(lemmaPredOk, words),
        speed);
  }

  private UdReport.Speed measureSpeed(List<Conllu.Sentence> gold, String text, int surface) {
    List<String[]> tokenArrays = new ArrayList<>(gold.size());
    List<String[]> tagArrays = new ArrayList<>(gold.size());
    for (Conllu.Sentence s : gold) {
      String[] tokens = s.tokens().stream().map(Conllu.SurfaceToken::form).toArray(String[]::new);
      tokenArrays.add(tokens);
      tagArrays.add(tagger.tag(tokens));
    }
    double tok = rate(surface, () -> {
      int n = 0;
      for (Conllu.Sentence s : gold) {
        n += tokenizer.tokenize(s.text()).size();
      }
      return n;
    });
    double sent = rate(surface, () -> splitter.split(text).size());
    double pos = rate(surface, () -> {
      int n = 0;
      for (String[] t : tokenArrays) {
        n += tagger.tag(t).length;
      }
      return n;
    });
    double lem = rate(surface, () -> {
      int n = 0;
      for (int i = 0; i < tokenArrays.size(); i++) {
        n += lemmatizer.lemmatize(tokenArrays.get(i), tagArrays.get(i)).length;
      }
      return n;
    });
    double pipeline = rate(surface, () -> pipeline(text, false));
    double withLemmas = rate(surface, () -> pipeline(text, true));
    return new UdReport.Speed(tok, sent, pos, lem, pipeline, withLemmas);
  }

  /** Sentences, then tokens, then tags (and lemmas) on raw text; returns a count to keep it live. */
  private int pipeline(String text, boolean lemmas) {
    int n = 0;
    for (TextSpan sentence : splitter.split(text)) {
      List<Token> tokens = tokenizer.tokenize(sentence.of(text));
      String[] forms = new String[tokens.size()];
      for (int i = 0; i < forms.length; i++) {
        forms[i] = tokens.get(i).text();
      }
      String[] tags = tagger.tag(forms);
      n += tags.length;
      if (lemmas) {
        n += lemmatizer.lemmatize(forms, tags).length;
      }
    }
    return n;
  }

  /**
   * Gold tokens per CPU second of this thread (wall time if CPU time is unsupported): after half a
   * second of warm-up, the best of three windows of at least half a second and two passes each, so
   * that a busy machine disturbs the figure as little as possible.
   */
  private static double rate(int tokensPerPass, java.util.function.IntSupplier pass) {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    boolean cpu = mx.isCurrentThreadCpuTimeSupported();
    int sink = 0;
    long warmUp = System.nanoTime();
    do {
      sink += pass.getAsInt(); // let the JIT compile the stage before timing it
    } while (System.nanoTime() - warmUp < MIN_MEASURE_NANOS / 2);
    double best = 0;
    for (int window = 0; window < 3; window++) {
      long start = cpu ? mx.getCurrentThreadCpuTime() : System.nanoTime();
      long wallStart = System.nanoTime();
      int passes = 0;
      long elapsed;
      do {
        sink += pass.getAsInt();
        passes++;
        elapsed = (cpu ? mx.getCurrentThreadCpuTime() : System.nanoTime()) - start;
      } while (System.nanoTime() - wallStart < MIN_MEASURE_NANOS / 2 || passes < 2);
      if (elapsed > 0) {
        best = Math.max(best, tokensPerPass * (double) passes * 1e9 / elapsed);
      }
    }
    if (sink == 42) {
      Thread.onSpinWait(); // keeps the result observable so the JIT cannot drop the work
    }
    return best;
  }
}
