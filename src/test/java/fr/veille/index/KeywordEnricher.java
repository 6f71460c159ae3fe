package fr.veille.index;

import fr.veille.ingest.Article;
import fr.veille.nlp.EntityType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A deterministic stand-in for the NLP stage, for index and trend tests: it finds fixed names by
 * plain substring and gives each article a tone from marker words. Tests of the index must not depend
 * on what a trained model happens to find.
 */
public final class KeywordEnricher implements ArticleEnricher {

  private final Map<String, EntityType> names = new LinkedHashMap<>();

  public KeywordEnricher() {
    names.put("Benjamin Lancar", EntityType.PER);
    names.put("Xavier Bertrand", EntityType.PER);
    names.put("La Coopol", EntityType.MISC);
    names.put("UMP", EntityType.ORG);
    names.put("PS", EntityType.ORG);
  }

  @Override
  public ArticleFacts analyze(Article article) {
    String text = article.fullText();
    double tone = text.contains("tollé") ? -0.8 : text.contains("succès") ? 0.7 : 0.0;
    String label = tone < 0 ? "neg" : tone > 0 ? "pos" : "neu";
    String[] sentences = text.split("(?<=[.!?])\\s+");
    List<EntityFacts> entities = new ArrayList<>();
    for (var e : names.entrySet()) {
      int mentions = count(text, e.getKey());
      if (mentions == 0) {
        continue;
      }
      List<EntityFacts.Evidence> evidence = new ArrayList<>();
      Map<String, Integer> cooc = new LinkedHashMap<>();
      for (String s : sentences) {
        if (s.contains(e.getKey())) {
          evidence.add(new EntityFacts.Evidence(s.strip(), tone));
          for (String other : names.keySet()) {
            if (!other.equals(e.getKey()) && s.contains(other)) {
              cooc.merge(other, 1, Integer::sum);
            }
          }
        }
      }
      entities.add(
          new EntityFacts(e.getKey(), e.getValue(), mentions, tone, label,
              tone > 0 ? mentions : 0, tone < 0 ? mentions : 0, tone == 0 ? mentions : 0, evidence, cooc));
    }
    return new ArticleFacts(tone, label, entities);
  }

  private static int count(String text, String name) {
    int n = 0;
    for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length())) {
      boolean startOk = i == 0 || !Character.isLetter(text.charAt(i - 1));
      int end = i + name.length();
      boolean endOk = end == text.length() || !Character.isLetter(text.charAt(end));
      if (startOk && endOk) {
        n++;
      }
    }
    return n;
  }
}
