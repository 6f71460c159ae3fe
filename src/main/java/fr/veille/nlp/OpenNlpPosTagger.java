package fr.veille.nlp;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.ThreadSafePOSTaggerME;

/**
 * French part-of-speech tagger backed by the OpenNLP UD-GSD maxent model (UD UPOS tags). That model
 * was trained on UD surface tokens: a contraction is one token tagged with its words' tags joined,
 * {@code ADP+DET} (« du », « au », and « des » when it is de + les, which the model tells from the
 * article « des » by context) or {@code ADP+PRON} (« auquel »). So surface tokens are tagged as they
 * are; splitting contractions first (« du » → de le) is available for comparison and measured by
 * {@code veille eval ud}: it does not help.
 *
 * <p>Thread-safe: the OpenNLP tagger is wrapped in {@link ThreadSafePOSTaggerME} (one tagger per
 * thread); the model is immutable.
 */
public final class OpenNlpPosTagger implements PosTagger {
  /** The resource of the Maven artifact org.apache.opennlp:opennlp-models-pos-fr:1.3.0. */
  public static final String DEFAULT_MODEL = "/opennlp-fr-ud-gsd-pos-1.3-2.5.4.bin";

  private final ThreadSafePOSTaggerME tagger;
  private final boolean splitContractions;

  /** Tags surface tokens with the given model. */
  public OpenNlpPosTagger(POSModel model) {
    this(model, false);
  }

  /**
   * Tags with the given model; {@code splitContractions == true} splits « du », « au », « aux »,
   * « auquel »... into UD words before tagging and joins their tags back (the alternative, kept to
   * measure the choice).
   */
  public OpenNlpPosTagger(POSModel model, boolean splitContractions) {
    this.tagger = new ThreadSafePOSTaggerME(Objects.requireNonNull(model, "model"), POSTagFormat.UD);
    this.splitContractions = splitContractions;
  }

  /** Loads the default French model from the classpath; fails clearly if it is missing or corrupt. */
  public static OpenNlpPosTagger fromClasspath() throws IOException {
    return new OpenNlpPosTagger(loadModel());
  }

  /** Loads a POS model file written by OpenNLP. */
  public static OpenNlpPosTagger fromFile(Path model) throws IOException {
    return new OpenNlpPosTagger(ModelResources.fromFile(model, "OpenNLP POS model", POSModel::new));
  }

  static POSModel loadModel() throws IOException {
    return ModelResources.fromClasspath(DEFAULT_MODEL, "OpenNLP French POS model", POSModel::new);
  }

  @Override
  public String[] tag(String[] tokens) {
    Objects.requireNonNull(tokens, "tokens");
    if (tokens.length == 0) {
      return new String[0];
    }
    if (!splitContractions) {
      return tagger.tag(tokens);
    }
    Contractions.Expansion e = Contractions.expand(tokens);
    if (e.words().length == tokens.length) {
      return tagger.tag(tokens);
    }
    return e.toTokens(tagger.tag(e.words()), tokens.length);
  }

  /** Tags UD words (contractions already split, as in a CoNLL-U file's word lines) as they are. */
  public String[] tagWords(String[] words) {
    Objects.requireNonNull(words, "words");
    return words.length == 0 ? new String[0] : tagger.tag(words);
  }
}
