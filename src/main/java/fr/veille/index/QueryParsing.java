package fr.veille.index;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * Parses users' queries: Lucene syntax, title and text searched by default (title weighs twice),
 * all words required unless OR is written — monitoring users type « Lancar courriel » and mean both.
 * Metadata fields ({@code language:}, {@code tag:}) match exactly; {@code source:} matches the whole
 * source name whatever its case and accents; {@code author:} matches names whatever their case and
 * accents, a whole name as a phrase or any word of it.
 */
final class QueryParsing {
  private QueryParsing() {}

  private static final Analyzer QUERY_ANALYZER =
      new PerFieldAnalyzerWrapper(
          new FrenchTextAnalyzer(),
          Map.of(
              Fields.SOURCE, new KeywordAnalyzer(),
              Fields.AUTHOR_NAME, new NameAnalyzer(),
              Fields.LANGUAGE, new KeywordAnalyzer(),
              Fields.TAGS, new KeywordAnalyzer(),
              Fields.ID, new KeywordAnalyzer(),
              Fields.FILE, new KeywordAnalyzer(),
              Fields.STORY, new KeywordAnalyzer()));

  /** Deeper nesting is no real query, and the recursive parser would overflow its stack on it. */
  static final int MAX_NESTING = 100;

  /**
   * Most copies a regular expression may make of its parts: each {@code {n}} copies what it repeats
   * n times, and nested repeats multiply ({@code /((a{99}){99}){99}/} is a million states, seconds
   * of CPU). The product of all bounds over-estimates side-by-side repeats, which is harmless.
   */
  static final int MAX_REGEXP_COPIES = 1_000;

  private static final Pattern REGEXP_REPEAT = Pattern.compile("\\{\\s*(\\d+)\\s*(?:,\\s*(\\d*)\\s*)?}");

  static Query parse(String text) throws InvalidQueryException {
    String trimmed = text.strip();
    if (trimmed.isEmpty() || trimmed.equals("*:*") || trimmed.equals("*")) {
      return new MatchAllDocsQuery();
    }
    if (nesting(trimmed) > MAX_NESTING) {
      throw new InvalidQueryException("invalid query « " + abbreviate(trimmed) + " »: parentheses nested more than " + MAX_NESTING + " deep", null);
    }
    Parser parser = new Parser();
    parser.setDefaultOperator(QueryParser.Operator.AND);
    parser.setSplitOnWhitespace(true);
    try {
      return parser.parse(trimmed);
    } catch (ParseException | IllegalArgumentException e) {
      throw new InvalidQueryException("invalid query « " + trimmed + " »: " + firstLine(e.getMessage()), e);
    } catch (IndexSearcher.TooManyClauses e) {
      throw tooManyTerms(trimmed, e);
    } catch (TooComplexToDeterminizeException e) {
      throw tooComplex(trimmed, e);
    }
  }

  /** Lucene's parser, with the field names users type mapped to the indexed ones and regexps bounded. */
  private static final class Parser extends MultiFieldQueryParser {
    Parser() {
      super(new String[] {Fields.TITLE, Fields.TEXT}, QUERY_ANALYZER, Map.of(Fields.TITLE, 2f, Fields.TEXT, 1f));
    }

    /** {@code author:} searches the analysed names: the byline itself is stored, not indexed. */
    private static String indexed(String field) {
      return Fields.AUTHOR.equals(field) ? Fields.AUTHOR_NAME : field;
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
      return anySpelling(field, queryText, super.getFieldQuery(indexed(field), queryText, quoted));
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
      return anySpelling(field, queryText, super.getFieldQuery(indexed(field), queryText, slop));
    }

    /**
     * {@code source:} as written, or whatever its case and accents: « source:"les echos" » finds
     * « Les Échos » (indexes written before the key field still match as written).
     */
    private static Query anySpelling(String field, String queryText, Query asWritten) {
      if (!Fields.SOURCE.equals(field) || asWritten == null) {
        return asWritten;
      }
      return new org.apache.lucene.search.BooleanQuery.Builder()
          .add(asWritten, org.apache.lucene.search.BooleanClause.Occur.SHOULD)
          .add(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(Fields.SOURCE_KEY, EntityKeys.key(queryText))),
              org.apache.lucene.search.BooleanClause.Occur.SHOULD)
          .build();
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
      return super.getFuzzyQuery(indexed(field), termStr, minSimilarity);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
      return super.getPrefixQuery(indexed(field), termStr);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
      return super.getWildcardQuery(indexed(field), termStr);
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
        throws ParseException {
      return super.getRangeQuery(indexed(field), part1, part2, startInclusive, endInclusive);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
      checkRepeats(termStr);
      return super.getRegexpQuery(indexed(field), termStr);
    }
  }

  /** For a query that parsed but proved too large when run: found by the fuzz test. */
  static InvalidQueryException tooManyTerms(String query, RuntimeException cause) {
    return new InvalidQueryException("query « " + abbreviate(query.strip()) + " » expands to too many terms; use fewer words or make wildcards more specific", cause);
  }

  static InvalidQueryException tooComplex(String query, RuntimeException cause) {
    return new InvalidQueryException("query « " + abbreviate(query.strip()) + " » is too complex; simplify its regular expression or wildcards", cause);
  }

  private static void checkRepeats(String regexp) throws ParseException {
    Matcher m = REGEXP_REPEAT.matcher(regexp);
    long copies = 1;
    while (m.find()) {
      int bound = 1;
      for (String number : new String[] {m.group(1), m.group(2)}) {
        if (number != null && !number.isEmpty()) {
          bound = Math.max(bound, number.length() > 4 ? Integer.MAX_VALUE : Integer.parseInt(number));
        }
      }
      copies = Math.min(copies * bound, Integer.MAX_VALUE);
      if (copies > MAX_REGEXP_COPIES) {
        throw new ParseException("regular expression repeats more than " + MAX_REGEXP_COPIES + " times in all (at " + m.group() + ")");
      }
    }
  }

  /** Depth of parentheses outside quotes, escapes skipped. */
  private static int nesting(String query) {
    int depth = 0;
    int max = 0;
    boolean quoted = false;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        max = Math.max(max, ++depth);
      } else if (!quoted && c == ')') {
        depth = Math.max(0, depth - 1);
      }
    }
    return max;
  }

  private static String abbreviate(String query) {
    return query.length() <= 80 ? query : query.substring(0, 77) + "…";
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
