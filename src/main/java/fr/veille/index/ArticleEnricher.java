package fr.veille.index;

import fr.veille.ingest.Article;

/**
 * Computes the facts the index stores about an article (entities, tone). Implementations must be
 * thread-safe: the indexer may call them from several threads.
 */
@FunctionalInterface
public interface ArticleEnricher {
  ArticleFacts analyze(Article article);

  /**
   * Other names of the canonical entities this enricher reports (a watchlist's aliases: « M.
   * Lefebvre », « le porte-parole de l'UMP » for « Frédéric Lefebvre »), as written. The index keeps
   * them so that users can type them in queries. None by default.
   */
  default java.util.Map<String, String> aliases() {
    return java.util.Map.of();
  }

  /**
   * What this enricher's facts depend on besides the article (models, watchlist, version), as a
   * short key: the indexer analyses again an unchanged file whose articles were analysed with
   * another key, so that editing the watchlist or upgrading the models reaches the whole index.
   * Empty (the default) for an enricher that stores nothing: such runs leave analysed articles as
   * they are.
   */
  default String analysis() {
    return "";
  }

  /** Stores no entity and no tone. */
  ArticleEnricher NONE = article -> ArticleFacts.NONE;
}
