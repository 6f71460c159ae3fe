package fr.veille.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * Analysis of people's names ({@code author:}), at index and query time: « Hélène Bekmezian »,
 * « helene bekmezian » and « HÉLÈNE BEKMEZIAN » give the same terms, one word of the name finds it,
 * and « Pierre-Marie » is « Pierre Marie ».
 *
 * <p>Unlike {@link FrenchTextAnalyzer}, no stemming and no stop words: the stemmer would make
 * « Lancar » « lanca », and « de », « Le » or « La » belong to names (« Marc de Boni », « Gwenaëlle Le
 * Goff »). Elided particles go, so that « Ormesson » finds « Jean d'Ormesson ».
 */
final class NameAnalyzer extends Analyzer {

  /** Between two authors of one article, so that a phrase never spans two names. */
  private static final int GAP_BETWEEN_NAMES = 100;

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
    stream = new LowerCaseFilter(stream);
    stream = new ASCIIFoldingFilter(stream);
    return new TokenStreamComponents(source, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    // Wildcard, prefix and fuzzy terms (« Bekmez* »): folded like the indexed names.
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }

  @Override
  public int getPositionIncrementGap(String fieldName) {
    return GAP_BETWEEN_NAMES;
  }
}
