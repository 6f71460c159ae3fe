package fr.veille.nlp;

import java.io.IOException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * The default French NLP stages, shared: each is loaded once, lazily, on first use, and is
 * thread-safe, so one instance serves all threads. A failed load (missing or corrupt model) throws
 * an {@link IOException} naming the model, and is retried on the next call.
 *
 * <pre>{@code
 * List<TextSpan> sentences = FrenchNlp.sentenceSplitter().split(text);
 * List<Token> tokens = FrenchNlp.tokenizer().tokenize(sentence);
 * String[] words = tokens.stream().map(Token::text).toArray(String[]::new);
 * String[] tags = FrenchNlp.posTagger().tag(words);
 * String[] lemmas = FrenchNlp.lemmatizer().lemmatize(words, tags);
 * }</pre>
 */
public final class FrenchNlp {
  private FrenchNlp() {}

  private static final FrenchTokenizer TOKENIZER = new FrenchTokenizer();
  private static final Object LOCK = new Object();
  private static volatile SentenceModel sentenceModel;
  private static volatile POSModel posModel;
  private static volatile OpenNlpSentenceSplitter splitter;
  private static volatile OpenNlpPosTagger tagger;
  private static volatile FrenchLemmatizer lemmatizer;

  /** The French tokenizer (no model to load). */
  public static Tokenizer tokenizer() {
    return TOKENIZER;
  }

  /** The OpenNLP French sentence splitter with French post-fixes. */
  public static SentenceSplitter sentenceSplitter() throws IOException {
    OpenNlpSentenceSplitter s = splitter;
    if (s == null) {
      synchronized (LOCK) {
        if (splitter == null) {
          splitter = new OpenNlpSentenceSplitter(sentenceModel());
        }
        s = splitter;
      }
    }
    return s;
  }

  /** The OpenNLP French UD POS tagger (contractions split internally). */
  public static PosTagger posTagger() throws IOException {
    return openNlpPosTagger();
  }

  /** The french-pos-dict lemmatizer. */
  public static Lemmatizer lemmatizer() throws IOException {
    FrenchLemmatizer l = lemmatizer;
    if (l == null) {
      synchronized (LOCK) {
        if (lemmatizer == null) {
          lemmatizer = FrenchLemmatizer.fromClasspath();
        }
        l = lemmatizer;
      }
    }
    return l;
  }

  static OpenNlpPosTagger openNlpPosTagger() throws IOException {
    OpenNlpPosTagger t = tagger;
    if (t == null) {
      synchronized (LOCK) {
        if (tagger == null) {
          tagger = new OpenNlpPosTagger(posModel());
        }
        t = tagger;
      }
    }
    return t;
  }

  static SentenceModel sentenceModel() throws IOException {
    SentenceModel m = sentenceModel;
    if (m == null) {
      synchronized (LOCK) {
        if (sentenceModel == null) {
          sentenceModel = OpenNlpSentenceSplitter.loadModel();
        }
        m = sentenceModel;
      }
    }
    return m;
  }

  static POSModel posModel() throws IOException {
    POSModel m = posModel;
    if (m == null) {
      synchronized (LOCK) {
        if (posModel == null) {
          posModel = OpenNlpPosTagger.loadModel();
        }
        m = posModel;
      }
    }
    return m;
  }

  private static volatile EntityRecognizer recognizer;

  /** The trained French named-entity recognizer shipped in the jar ({@code models/ner-fr.bin}). */
  public static EntityRecognizer entityRecognizer() throws IOException {
    EntityRecognizer r = recognizer;
    if (r == null) {
      synchronized (LOCK) {
        if (recognizer == null) {
          recognizer = TrainedEntityRecognizer.loadDefault();
        }
        r = recognizer;
      }
    }
    return r;
  }

  /** The French sentiment scorer shipped in the jar (lexicon, rules and classifier). */
  public static SentimentScorer sentiment() {
    return FrenchSentiment.defaults();
  }
}
