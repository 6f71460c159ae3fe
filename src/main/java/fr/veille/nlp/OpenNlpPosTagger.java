package fr.veille.nlp;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.util.SequenceValidator;

/**
 * French part-of-speech tagger backed by the OpenNLP UD-GSD maxent model (UD UPOS tags). That model
 * was trained on UD surface tokens: a contraction is one token tagged with its words' tags joined,
 * {@code ADP+DET} (« du », « au », and « des » when it is de + les, which the model tells from the
 * article « des » by context) or {@code ADP+PRON} (« auquel »). So surface tokens are tagged as they
 * are; splitting contractions first (« du » → de le) is available for comparison and measured by
 * {@code veille eval ud}: it does not help.
 *
 * <p>Thread-safe: the model is immutable and shared; each thread gets its own OpenNLP search state
 * (beam search, context generator, sequence validator: not thread-safe) through a {@link
 * ThreadLocal}, or, with {@link #MODEL_BEAM}, its own tagger through OpenNLP's {@link
 * ThreadSafePOSTaggerME}.
 */
public final class OpenNlpPosTagger implements PosTagger {
  /** The resource of the Maven artifact org.apache.opennlp:opennlp-models-pos-fr:1.3.0. */
  public static final String DEFAULT_MODEL = "/opennlp-fr-ud-gsd-pos-1.3-2.5.4.bin";

  /** The model's own beam (3 for the UD-GSD model), through OpenNLP's ThreadSafePOSTaggerME. */
  public static final int MODEL_BEAM = 0;

  /**
   * The default beam: greedy. On UD French-GSD dev it gives exactly the tags of the model's beam of
   * 3 (0 differences in 34,664 tokens: the model's features do not look at previous tags) at twice
   * the speed.
   */
  public static final int DEFAULT_BEAM = 1;

  private final ThreadSafePOSTaggerME tagger;
  private final ThreadLocal<Decoder> decoders;
  private final boolean splitContractions;

  /** One thread's decoding state: OpenNLP context generators and validators are not thread-safe. */
  private record Decoder(BeamSearch search, POSContextGenerator contexts, SequenceValidator<String> validator) {
    String[] tag(String[] words) {
      return search.bestSequence(words, null, contexts, validator).getOutcomes().toArray(String[]::new);
    }
  }

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
    this(model, splitContractions, DEFAULT_BEAM);
  }

  /**
   * @param beam the beam size of the search, or {@link #MODEL_BEAM} for the model's own (see {@link
   *     #DEFAULT_BEAM})
   */
  public OpenNlpPosTagger(POSModel model, boolean splitContractions, int beam) {
    Objects.requireNonNull(model, "model");
    if (beam < 0) {
      throw new IllegalArgumentException("beam must be >= 1, or 0 for the model's beam: " + beam);
    }
    this.splitContractions = splitContractions;
    if (beam == MODEL_BEAM) {
      this.tagger = new ThreadSafePOSTaggerME(model, POSTagFormat.UD);
      this.decoders = null;
    } else {
      Object artifact = model.getArtifact("pos.model");
      if (!(artifact instanceof MaxentModel maxent)) {
        throw new IllegalArgumentException("the POS model has no maxent classifier: cannot set its beam");
      }
      this.tagger = null;
      this.decoders = ThreadLocal.withInitial(() -> new Decoder(new BeamSearch(beam, maxent),
          model.getFactory().getPOSContextGenerator(), model.getFactory().getSequenceValidator()));
    }
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
      return run(tokens);
    }
    Contractions.Expansion e = Contractions.expand(tokens);
    if (e.words().length == tokens.length) {
      return run(tokens);
    }
    return e.toTokens(run(e.words()), tokens.length);
  }

  private String[] run(String[] words) {
    String[] input = normalizeForModel(words);
    return tagger != null ? tagger.tag(input) : decoders.get().tag(input);
  }

  /**
   * The model learnt UD French-GSD's typography: straight apostrophes and quotes, "..." and "-"
   * rather than ’ “ ” … — –, plain spaces in "100 000". Tokens are shown to it in that typography
   * (« Qu’ » is otherwise an unknown word, tagged PROPN); the caller's array is not changed.
   */
  static String[] normalizeForModel(String[] words) {
    String[] out = null;
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      String n = normalizeForModel(w);
      if (n != w) {
        if (out == null) {
          out = words.clone();
        }
        out[i] = n;
      }
    }
    return out == null ? words : out;
  }

  private static String normalizeForModel(String w) {
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (c == '’' || c == 'ʼ' || c == '‘' || c == '“' || c == '”' || c == '…' || c == '—' || c == '–'
          || c == '\u00A0' || c == '\u202F' || c == '\u2009') {
        StringBuilder sb = new StringBuilder(w.length() + 2);
        for (int j = 0; j < w.length(); j++) {
          char d = w.charAt(j);
          switch (d) {
            case '’', 'ʼ', '‘' -> sb.append('\'');
            case '“', '”' -> sb.append('"');
            case '…' -> sb.append("...");
            case '—', '–' -> sb.append('-');
            case '\u00A0', '\u202F', '\u2009' -> sb.append(' ');
            default -> sb.append(d);
          }
        }
        return sb.toString();
      }
    }
    return w;
  }

  /** Tags UD words (contractions already split, as in a CoNLL-U file's word lines) as they are. */
  public String[] tagWords(String[] words) {
    Objects.requireNonNull(words, "words");
    return words.length == 0 ? new String[0] : run(words);
  }
}
