package fr.veille.nlp;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * A trained named-entity model: the weights of a linear-chain (structured averaged perceptron)
 * tagger over hashed features, plus the word clusters and gazetteers its features look up. The
 * file is gzip-compressed binary with a magic header and a feature version; {@link #load(Path)}
 * refuses anything else with an {@link IOException} naming the file. Immutable; thread-safe.
 */
public final class NameFinderModel {
  /** Classpath location of the default French model shipped in the jar. */
  public static final String DEFAULT_RESOURCE = "/fr/veille/models/ner-fr.bin";

  private static final byte[] MAGIC = "VEILLE-NER\n".getBytes(StandardCharsets.US_ASCII);
  private static final int FORMAT = 1;

  private final ChainWeights weights;
  private final NerLexicon lexicon;
  private final String description;

  NameFinderModel(ChainWeights weights, NerLexicon lexicon, String description) {
    this.weights = weights;
    this.lexicon = lexicon;
    this.description = description;
  }

  ChainWeights weights() {
    return weights;
  }

  NerLexicon lexicon() {
    return lexicon;
  }

  /** How the model was trained (data, options, dev score), as written by the trainer. */
  public String description() {
    return description;
  }

  /** Number of feature rows with a weight (a size indicator). */
  public int featureCount() {
    return weights.rowCount();
  }

  /** A recognizer using this model; thread-safe. */
  public TrainedEntityRecognizer recognizer() {
    return new TrainedEntityRecognizer(this);
  }

  /** Loads the default French model from the classpath. */
  public static NameFinderModel loadDefault() throws IOException {
    InputStream in = NameFinderModel.class.getResourceAsStream(DEFAULT_RESOURCE);
    if (in == null) {
      throw new IOException("the default NER model " + DEFAULT_RESOURCE + " is not on the classpath");
    }
    try (in) {
      return load(in, "classpath:" + DEFAULT_RESOURCE);
    }
  }

  /** Loads a model file written by {@link #save(Path)}. */
  public static NameFinderModel load(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return load(in, file.toString());
    }
  }

  /** Loads a model from a stream; {@code name} names it in error messages. */
  public static NameFinderModel load(InputStream raw, String name) throws IOException {
    try {
      DataInputStream in =
          new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16));
      byte[] magic = new byte[MAGIC.length];
      in.readFully(magic);
      if (!Arrays.equals(magic, MAGIC)) {
        throw new IOException(name + ": not a veille NER model");
      }
      int format = in.readInt();
      int features = in.readInt();
      int labels = in.readInt();
      if (format != FORMAT || features != NerFeatures.VERSION || labels != NerLabels.COUNT) {
        throw new IOException(
            name + ": NER model of another version (format " + format + ", features " + features
                + "); this veille reads format " + FORMAT + ", features " + NerFeatures.VERSION
                + ": retrain it with 'veille train ner'");
      }
      String description = in.readUTF();
      ChainWeights weights = ChainWeights.read(in);
      NerLexicon lexicon = NerLexicon.read(in);
      if (in.read() != -1) {
        throw new IOException("trailing bytes");
      }
      return new NameFinderModel(weights, lexicon, description);
    } catch (ZipException e) {
      throw new IOException(name + ": not a veille NER model (not gzip data: " + e.getMessage() + ")", e);
    } catch (EOFException e) {
      throw new IOException(name + ": truncated or corrupt NER model", e);
    } catch (IOException e) {
      if (e.getMessage() != null && e.getMessage().startsWith(name)) {
        throw e;
      }
      throw new IOException(name + ": corrupt NER model (" + e.getMessage() + ")", e);
    } catch (RuntimeException e) {
      throw new IOException(name + ": corrupt NER model (" + e + ")", e);
    }
  }

  /** Writes the model (creating parent folders). */
  public void save(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream raw = Files.newOutputStream(file)) {
      write(raw);
    }
  }

  void write(OutputStream raw) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16);
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
    out.write(MAGIC);
    out.writeInt(FORMAT);
    out.writeInt(NerFeatures.VERSION);
    out.writeInt(NerLabels.COUNT);
    out.writeUTF(description.length() > 20_000 ? description.substring(0, 20_000) : description);
    weights.write(out);
    lexicon.write(out);
    out.flush();
    gz.finish();
  }
}
