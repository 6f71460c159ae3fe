package fr.veille.ingest;

import java.util.List;

/**
 * The articles of one file, and what was left out of it. Immutable.
 *
 * @param articles the articles read (language set), never empty
 * @param problems one line per kind of problem in a file of several articles whose other articles
 *     were read (« line 4: truncated value » in a JSON Lines export, a feed cut short); empty when
 *     the whole file was read
 */
public record FileArticles(List<Article> articles, List<String> problems) {
  public FileArticles {
    articles = List.copyOf(articles);
    problems = List.copyOf(problems);
  }

  /** Whether some of the file could not be read: its {@link #problems} say what. */
  public boolean isPartial() {
    return !problems.isEmpty();
  }

  /** « partly read (5 articles kept) »: what precedes the problems wherever they are reported. */
  public String partlyRead() {
    int n = articles.size();
    return "partly read (" + n + (n == 1 ? " article" : " articles") + " kept)";
  }
}
