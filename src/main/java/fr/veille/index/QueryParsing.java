package fr.veille.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Parses users' queries: Lucene syntax, title and text searched by default (title weighs twice),
 * all words required unless OR is written — monitoring users type « Lancar courriel » and mean both.
 * Metadata fields ({@code source:}, {@code language:}, {@code tag:}) match exactly.
 */
final class QueryParsing {
  private QueryParsing() {}

  private static final Analyzer QUERY_ANALYZER =
      new PerFieldAnalyzerWrapper(
          new FrenchTextAnalyzer(),
          Map.of(
              Fields.SOURCE, new KeywordAnalyzer(),
              Fields.LANGUAGE, new KeywordAnalyzer(),
              Fields.TAGS, new KeywordAnalyzer(),
              Fields.ID, new KeywordAnalyzer(),
              Fields.FILE, new KeywordAnalyzer(),
              Fields.STORY, new KeywordAnalyzer()));

  static Query parse(String text) throws InvalidQueryException {
    String trimmed = text.strip();
    if (trimmed.isEmpty() || trimmed.equals("*:*") || trimmed.equals("*")) {
      return new MatchAllDocsQuery();
    }
    MultiFieldQueryParser parser =
        new MultiFieldQueryParser(
            new String[] {Fields.TITLE, Fields.TEXT}, QUERY_ANALYZER, Map.of(Fields.TITLE, 2f, Fields.TEXT, 1f));
    parser.setDefaultOperator(QueryParser.Operator.AND);
    parser.setSplitOnWhitespace(true);
    try {
      return parser.parse(trimmed);
    } catch (ParseException | IllegalArgumentException e) {
      throw new InvalidQueryException("invalid query « " + trimmed + " »: " + firstLine(e.getMessage()), e);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidQueryException("query « " + trimmed + " » expands to too many terms; make wildcards more specific", e);
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "syntax error";
    }
    String line = message.lines().findFirst().orElse("syntax error");
    // Lucene prefixes its message with "Cannot parse '<query>': " which repeats the query.
    int colon = line.indexOf("': ");
    return colon >= 0 ? line.substring(colon + 3) : line;
  }
}
