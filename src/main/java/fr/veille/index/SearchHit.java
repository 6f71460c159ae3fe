package fr.veille.index;

import java.time.ZonedDateTime;

/**
 * One article found by a search.
 *
 * @param published publication date, or null when undated
 * @param snippet a passage of the text (or title) with the matched words between {@code **}
 */
public record SearchHit(
    String id,
    String title,
    String source,
    ZonedDateTime published,
    String url,
    String path,
    String snippet,
    float score) {}
