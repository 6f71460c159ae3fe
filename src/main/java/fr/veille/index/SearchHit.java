package fr.veille.index;

import fr.veille.ingest.Article;
import java.time.ZonedDateTime;

/**
 * One article found by a search.
 *
 * @param author the byline as ingested, empty when unknown
 * @param language the article's ISO 639-3 code ({@code fra}, {@code eng}, {@code und} when unknown):
 *     articles in other languages are indexed and found too, without entities or tone
 * @param published publication date, or null when undated
 * @param snippet a passage of the text (or title) with the matched words between {@code **}
 */
public record SearchHit(
    String id,
    String title,
    String source,
    String author,
    String language,
    ZonedDateTime published,
    String url,
    String path,
    String snippet,
    float score) {

  public SearchHit {
    language = language == null || language.isBlank() ? Article.UNKNOWN_LANGUAGE : language;
  }

  /** Whether the article is in French, the language veille analyses. */
  public boolean isFrench() {
    return Article.FRENCH.equals(language);
  }
}
