package fr.veille.index;

import fr.veille.ingest.Article;

/**
 * An article with what the indexer and the NLP stage computed about it; {@code analysis} names the
 * analysis that computed its facts ({@link ArticleEnricher#analysis()}, empty for none).
 */
record IndexedArticle(
    Article article, String fileHash, String exactKey, String storyId, long[] signature, ArticleFacts facts,
    String analysis) {}
