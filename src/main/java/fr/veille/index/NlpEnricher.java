package fr.veille.index;

import fr.veille.ingest.Article;
import fr.veille.nlp.AnalyzedText;
import fr.veille.nlp.EntitySentiment;
import fr.veille.nlp.EntityType;
import fr.veille.nlp.FrenchPipeline;
import fr.veille.nlp.Mention;
import fr.veille.nlp.SentimentLabel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The NLP stage as the indexer sees it: runs the {@link FrenchPipeline} on an article's title and
 * text and keeps, per canonical entity, its mentions, the tone toward it, how many mentions sit in
 * positive or negative sentences about it, evidence sentences and sentence co-occurrences.
 * Thread-safe.
 */
public final class NlpEnricher implements ArticleEnricher {

  /** Evidence sentences kept per entity and article. */
  static final int EVIDENCE = 4;

  private final FrenchPipeline pipeline;

  public NlpEnricher(FrenchPipeline pipeline) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
  }

  @Override
  public ArticleFacts analyze(Article article) {
    return facts(pipeline.analyze(article.fullText()));
  }

  /** The pipeline's {@link FrenchPipeline#fingerprint()}: its version, models and watchlist. */
  @Override
  public String analysis() {
    return pipeline.fingerprint();
  }

  /** The watchlist's names of each followed actor: alias as written -> canonical name. */
  @Override
  public java.util.Map<String, String> aliases() {
    java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
    for (fr.veille.nlp.WatchlistEntry entry : pipeline.watchlist().entries()) {
      for (String name : entry.names()) {
        out.putIfAbsent(name, entry.canonical());
      }
    }
    return out;
  }

  static ArticleFacts facts(AnalyzedText analysed) {
    String text = analysed.text();
    List<AnalyzedText.AnalyzedSentence> sentences = analysed.sentences();
    // Which sentence each mention is in, and which entities each sentence names.
    Map<String, List<Integer>> sentencesOf = new LinkedHashMap<>();
    Map<String, EntityType> types = new HashMap<>();
    List<Set<String>> namesIn = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      namesIn.add(new TreeSet<>());
    }
    for (Mention m : analysed.mentions()) {
      int s = sentenceOf(sentences, m.start());
      sentencesOf.computeIfAbsent(m.canonical(), k -> new ArrayList<>()).add(s);
      types.putIfAbsent(m.canonical(), m.type());
      if (s >= 0) {
        namesIn.get(s).add(m.canonical());
      }
    }
    Map<String, EntitySentiment> tones = new HashMap<>();
    for (EntitySentiment es : analysed.entitySentiments()) {
      tones.put(es.entity(), es);
    }
    List<EntityFacts> entities = new ArrayList<>();
    for (var entry : sentencesOf.entrySet()) {
      String name = entry.getKey();
      EntitySentiment tone = tones.get(name);
      // The label of each evidence sentence toward the entity, by sentence start.
      Map<Integer, SentimentLabel> labels = new HashMap<>();
      List<EntityFacts.Evidence> evidence = new ArrayList<>();
      if (tone != null) {
        for (EntitySentiment.Evidence ev : tone.evidence()) {
          int s = sentenceOf(sentences, ev.start());
          labels.put(s, ev.sentiment().label());
          if (evidence.size() < EVIDENCE) {
            evidence.add(new EntityFacts.Evidence(ev.sentence().strip(), ev.sentiment().score()));
          }
        }
      }
      int positive = 0;
      int negative = 0;
      int neutral = 0;
      Map<String, Integer> cooc = new HashMap<>();
      Set<Integer> seen = new TreeSet<>();
      for (int s : entry.getValue()) {
        SentimentLabel label = labels.getOrDefault(s, SentimentLabel.NEU);
        switch (label) {
          case POS -> positive++;
          case NEG -> negative++;
          case NEU -> neutral++;
        }
        if (s >= 0 && seen.add(s)) {
          for (String other : namesIn.get(s)) {
            if (!other.equals(name)) {
              cooc.merge(other, 1, Integer::sum);
            }
          }
          // Neutral mentions are evidence too: they give the context of a mention (keyword in context).
          if (!labels.containsKey(s) && evidence.size() < EVIDENCE) {
            evidence.add(new EntityFacts.Evidence(sentences.get(s).span().of(text).strip(), 0));
          }
        }
      }
      double score = tone == null ? 0 : tone.score();
      String label = tone == null ? "neu" : tone.label().code();
      entities.add(
          new EntityFacts(name, types.get(name), entry.getValue().size(), score, label, positive, negative, neutral, evidence, cooc));
    }
    return new ArticleFacts(analysed.sentiment().score(), analysed.sentiment().label().code(), entities);
  }

  private static int sentenceOf(List<AnalyzedText.AnalyzedSentence> sentences, int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      var span = sentences.get(mid).span();
      if (offset < span.start()) {
        hi = mid - 1;
      } else if (offset >= span.end()) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }
}
