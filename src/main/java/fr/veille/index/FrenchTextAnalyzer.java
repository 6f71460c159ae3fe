package fr.veille.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * French full-text analysis for titles and bodies, used both at index and at query time so that
 * « réseaux sociaux » finds « réseau social » and « l’UMP » finds « UMP ».
 *
 * <p>Chain: standard tokenizer, elision removal (l' d' qu' jusqu'…, straight or typographic
 * apostrophe), lower case, French stop words, light stemming (plurals and common inflections: the
 * light stemmer keeps precision better than Snowball on press text), then accent folding so that a
 * query typed without accents (« Haiti », « reseau ») still matches. Folding comes after stemming
 * because the stemmer's rules are written for accented forms.
 *
 * <p>Thread-safe, as every Lucene {@link Analyzer}.
 */
public final class FrenchTextAnalyzer extends Analyzer {

  /** Elided articles and pronouns; the typographic apostrophe is normalised before the filter. */
  private static final CharArraySet ELISIONS = FrenchAnalyzer.DEFAULT_ARTICLES;

  private static final CharArraySet STOP_WORDS = FrenchAnalyzer.getDefaultStopSet();

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream stream = new ElisionFilter(source, ELISIONS);
    stream = new LowerCaseFilter(stream);
    stream = new StopFilter(stream, STOP_WORDS);
    stream = new FrenchLightStemFilter(stream);
    stream = new ASCIIFoldingFilter(stream);
    return new TokenStreamComponents(source, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    // Used for wildcard and fuzzy terms: lower case and fold, but do not stem.
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
