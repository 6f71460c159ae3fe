package fr.veille.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Training a small model, saving it, loading it back, and refusing files that are not models. */
class NameFinderModelTest {
  @TempDir static Path dir;
  static NameFinderModel small;
  static byte[] smallBytes;

  /** A model trained on the tiny file alone, without lexicon, gazetteers or clusters. */
  @BeforeAll
  static void trainSmallModel() throws Exception {
    Path tiny = NerEvaluatorTest.tiny();
    var options = new NerTrainingOptions(
        tiny.getParent(), List.of(tiny.getFileName()), List.of(), null, List.of(), null, null, false, false, 10, 16, 0, 1, 1);
    small = NerTrainer.train(options, line -> {});
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    small.write(out);
    smallBytes = out.toByteArray();
  }

  @Test
  void aModelLearnsItsTrainingSentences() throws Exception {
    for (LabeledSentence s : ConllReader.read(NerEvaluatorTest.tiny())) {
      assertEquals(s.goldSpans(), withUnitConfidence(small.recognizer().find(s.tokens())));
    }
  }

  @Test
  void savingAndLoadingGivesTheSameRecognizer() throws Exception {
    Path file = dir.resolve("sub/folder/ner.bin");
    small.save(file);
    NameFinderModel loaded = NameFinderModel.load(file);
    assertEquals(small.featureCount(), loaded.featureCount());
    assertEquals(small.description(), loaded.description());
    String[] tokens = "Hier , David Assouline a raillé l' UMP à Paris .".split(" ");
    assertEquals(small.recognizer().find(tokens), loaded.recognizer().find(tokens));
  }

  @Test
  void trainingIsDeterministic() throws Exception {
    Path tiny = NerEvaluatorTest.tiny();
    var options = new NerTrainingOptions(
        tiny.getParent(), List.of(tiny.getFileName()), List.of(), null, List.of(), null, null, false, false, 10, 16, 0, 1, 1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    NerTrainer.train(options, line -> {}).write(out);
    assertTrue(Arrays.equals(smallBytes, out.toByteArray()));
  }

  static Stream<Arguments> notModels() throws IOException {
    byte[] random = new byte[4096];
    new Random(3).nextBytes(random);
    return Stream.of(
        Arguments.of("empty file", new byte[0], "truncated or corrupt"),
        Arguments.of("random bytes", random, "not a veille NER model"),
        Arguments.of("a CoNLL file", "Lancar\tB-PER\n".getBytes(StandardCharsets.UTF_8), "not a veille NER model"),
        Arguments.of("gzip of something else", gzip("<html>Créateurs de possibles</html>"), "not a veille NER model"),
        Arguments.of("truncated model", Arrays.copyOf(smallBytes, smallBytes.length / 2), "truncated or corrupt"),
        Arguments.of("model with trailing bytes", withTrailingGzipMember(), "corrupt NER model"),
        Arguments.of("model of another version", otherVersion(), "another version"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notModels")
  void corruptFilesAreRefusedWithAMessageNamingTheFile(String why, byte[] bytes, String expected) throws IOException {
    Path file = Files.write(dir.resolve("bad-" + why.replace(' ', '-') + ".bin"), bytes);
    IOException e = assertThrows(IOException.class, () -> NameFinderModel.load(file));
    assertTrue(e.getMessage().startsWith(file.toString() + ": "), e.getMessage());
    assertTrue(e.getMessage().contains(expected), why + ": " + e.getMessage());
  }

  @Test
  void flippedBytesNeverGiveAnythingButIOExceptionOrAWorkingModel() throws IOException {
    Random random = new Random(11);
    for (int trial = 0; trial < 40; trial++) {
      byte[] bytes = smallBytes.clone();
      for (int k = 0; k < 3; k++) {
        bytes[random.nextInt(bytes.length)] ^= (byte) (1 + random.nextInt(255));
      }
      Path file = Files.write(dir.resolve("flipped-" + trial + ".bin"), bytes);
      try {
        NameFinderModel.load(file).recognizer().find(new String[] {"Benjamin", "Lancar"});
      } catch (IOException expected) {
        assertTrue(expected.getMessage().startsWith(file.toString()), expected.getMessage());
      }
    }
  }

  @Test
  void aMissingFileIsANoSuchFileError() {
    assertThrows(java.nio.file.NoSuchFileException.class, () -> NameFinderModel.load(dir.resolve("absent.bin")));
  }

  private static List<EntityRecognizer.NameSpan> withUnitConfidence(List<EntityRecognizer.NameSpan> spans) {
    return spans.stream()
        .map(s -> new EntityRecognizer.NameSpan(s.startToken(), s.endToken(), s.type(), 1.0))
        .toList();
  }

  private static byte[] gzip(String s) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(s.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  private static byte[] withTrailingGzipMember() throws IOException {
    // Concatenated gzip members decompress as one stream: the extra bytes follow the model.
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(smallBytes);
    out.write(gzip("extra"));
    return out.toByteArray();
  }

  private static byte[] otherVersion() throws IOException {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    try (var out = new java.io.DataOutputStream(new GZIPOutputStream(raw))) {
      out.write("VEILLE-NER\n".getBytes(StandardCharsets.US_ASCII));
      out.writeInt(99);
      out.writeInt(NerFeatures.VERSION);
      out.writeInt(NerLabels.COUNT);
    }
    return raw.toByteArray();
  }
}
