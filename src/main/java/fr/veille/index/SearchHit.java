package fr.veille.index;

import java.time.ZonedDateTime;

/**
 * One article found by a search.
 *
 * @param author the byline as ingested, empty when unknown
 * @param published publication date, or null when undated
 * @param snippet a passage of the text (or title) with the matched words between {@code **}
 */
public record SearchHit(
    String id,
    String title,
    String source,
    String author,
    ZonedDateTime published,
    String url,
    String path,
    String snippet,
    float score) {}
