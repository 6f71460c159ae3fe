package fr.veille.nlp;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The French NLP pipeline: sentences, tokens, optionally parts of speech and lemmas, named entities
 * (trained model) resolved against a watchlist, and sentiment per document, sentence and entity.
 *
 * <p>Immutable and thread-safe: every stage it holds is; one instance serves all threads.
 */
public final class FrenchPipeline {

  private final SentenceSplitter sentences;
  private final Tokenizer tokenizer;
  private final PosTagger posTagger;
  private final Lemmatizer lemmatizer;
  private final EntityRecognizer recognizer;
  private final EntityResolver resolver;
  private final SentimentScorer sentiment;
  private final String fingerprint;

  private FrenchPipeline(
      SentenceSplitter sentences, Tokenizer tokenizer, PosTagger posTagger, Lemmatizer lemmatizer, EntityRecognizer recognizer,
      EntityResolver resolver, SentimentScorer sentiment) {
    this.sentences = Objects.requireNonNull(sentences);
    this.tokenizer = Objects.requireNonNull(tokenizer);
    this.posTagger = posTagger;
    this.lemmatizer = lemmatizer;
    this.recognizer = Objects.requireNonNull(recognizer);
    this.resolver = Objects.requireNonNull(resolver);
    this.sentiment = Objects.requireNonNull(sentiment);
    this.fingerprint = fingerprint(recognizer, sentiment, resolver.watchlist());
  }

  /** The default models shipped in the jar, following the actors of {@code watchlist}; no POS or lemmas. */
  public static FrenchPipeline load(Watchlist watchlist) throws IOException {
    return new FrenchPipeline(
        FrenchNlp.sentenceSplitter(),
        FrenchNlp.tokenizer(),
        null,
        null,
        FrenchNlp.entityRecognizer(),
        new EntityResolver(watchlist),
        FrenchNlp.sentiment());
  }

  /** A copy that also tags parts of speech and lemmas (slower; entities and tone do not need them). */
  public FrenchPipeline withMorphology() throws IOException {
    return new FrenchPipeline(sentences, tokenizer, FrenchNlp.posTagger(), FrenchNlp.lemmatizer(), recognizer, resolver, sentiment);
  }

  public Watchlist watchlist() {
    return resolver.watchlist();
  }

  /**
   * A short key of what {@link #analyze} depends on besides the text: veille's version, the entity
   * model, the sentiment scorer and the watchlist (every name, type and alias). Two pipelines with
   * the same key give the same entities and tones; the indexer stores it with each article to
   * analyse again what an edited watchlist or new models would see otherwise.
   */
  public String fingerprint() {
    return fingerprint;
  }

  private static String fingerprint(EntityRecognizer recognizer, SentimentScorer sentiment, Watchlist watchlist) {
    StringBuilder what = new StringBuilder();
    String version = FrenchPipeline.class.getPackage().getImplementationVersion();
    what.append("veille ").append(version == null ? "dev" : version).append('\n');
    if (recognizer instanceof TrainedEntityRecognizer trained) {
      what.append(trained.model().description()).append(' ').append(trained.model().featureCount());
    } else {
      what.append(recognizer.getClass().getName());
    }
    what.append('\n').append(sentiment.description()).append('\n');
    for (WatchlistEntry e : watchlist.entries()) {
      what.append(e.canonical()).append('\t').append(e.type()).append('\t').append(String.join("|", e.aliases())).append('\n');
    }
    try {
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(what.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return "nlp-" + java.util.HexFormat.of().formatHex(digest, 0, 8);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  public AnalyzedText analyze(String text) {
    Objects.requireNonNull(text, "text");
    List<TextSpan> spans = sentences.split(text);
    List<Token> tokens = tokenizer.tokenize(text);
    List<List<Token>> bySentence = Token.bySentence(tokens, spans);
    List<ModelEntity> modelEntities = ModelEntity.recognize(recognizer, bySentence);
    List<Mention> mentions = resolver.resolve(text, tokens, spans, modelEntities);
    List<AnalyzedText.AnalyzedSentence> analysed = new ArrayList<>(spans.size());
    for (int s = 0; s < spans.size(); s++) {
      TextSpan span = spans.get(s);
      List<Token> sentenceTokens = bySentence.get(s);
      List<String> tags = List.of();
      List<String> lemmas = List.of();
      if (posTagger != null && !sentenceTokens.isEmpty()) {
        String[] words = Token.texts(sentenceTokens);
        String[] posTags = posTagger.tag(words);
        tags = List.of(posTags);
        lemmas = lemmatizer == null ? List.of() : List.of(lemmatizer.lemmatize(words, posTags));
      }
      // Explained in document offsets, as entities and entity evidence are.
      Sentiment tone = sentiment.score(span.of(text)).shifted(span.start());
      analysed.add(new AnalyzedText.AnalyzedSentence(span, sentenceTokens, tags, lemmas, tone));
    }
    List<SentimentTarget> targets = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      targets.add(new SentimentTarget(m.canonical(), m.type(), m.start(), m.end()));
    }
    List<EntitySentiment> byEntity = sentiment.byEntity(text, spans, targets);
    return new AnalyzedText(text, analysed, mentions, documentTone(analysed), byEntity);
  }

  /**
   * The document's tone from its sentences' tones: each sentence weighs by the opinion it carries,
   * so that a long neutral report with one sharp sentence stays mostly neutral, while the words that
   * explain the score are the sentences' own.
   */
  private Sentiment documentTone(List<AnalyzedText.AnalyzedSentence> sentences) {
    if (sentences.isEmpty()) {
      return Sentiment.neutral();
    }
    double weighted = 0;
    double weights = 0;
    double positive = 0;
    double negative = 0;
    double polarity = 0;
    List<SentimentEvidence> explanation = new ArrayList<>();
    for (AnalyzedText.AnalyzedSentence s : sentences) {
      Sentiment st = s.sentiment();
      double w = 0.25 + st.polarity();
      weighted += w * st.score();
      weights += w;
      positive += st.positive();
      negative += st.negative();
      polarity += st.polarity();
      explanation.addAll(st.explanation());
    }
    int n = sentences.size();
    double score = Math.max(-1, Math.min(1, weighted / weights));
    SentimentLabel label =
        score >= FrenchSentiment.NEUTRAL_BAND ? SentimentLabel.POS : score <= -FrenchSentiment.NEUTRAL_BAND ? SentimentLabel.NEG : SentimentLabel.NEU;
    return new Sentiment(score, label, positive / n, negative / n, polarity / n, explanation);
  }
}
