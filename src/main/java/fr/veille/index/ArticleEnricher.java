package fr.veille.index;

import fr.veille.ingest.Article;

/**
 * Computes the facts the index stores about an article (entities, tone). Implementations must be
 * thread-safe: the indexer may call them from several threads.
 */
@FunctionalInterface
public interface ArticleEnricher {
  ArticleFacts analyze(Article article);

  /** Stores no entity and no tone. */
  ArticleEnricher NONE = article -> ArticleFacts.NONE;
}
