package fr.veille.index;

import java.time.ZonedDateTime;

/** A sentence about an entity, with the article it comes from and its tone toward the entity. */
public record EntityEvidence(
    String articleId, String title, String source, ZonedDateTime published, String url, String sentence, double score) {}
