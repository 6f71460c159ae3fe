package fr.veille.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fuzz tests of every parser of untrusted input: a reader either gives well-formed articles or
 * throws {@link IngestException} with a reason — never another exception, never a null field.
 * In {@code mvn test} they run as regression tests on the seeds in
 * {@code src/test/resources/fr/veille/ingest/ReadersFuzzTestInputs/}; run with
 * {@code JAZZER_FUZZ=1} to fuzz.
 */
class ReadersFuzzTest {

  private static void check(FormatReader reader, String name, byte[] data) {
    String notText = Readers.notText(data, Texts.extension(name));
    if (notText != null) {
      assertTrue(notText.length() > 5);
      return;
    }
    List<String> problems = new ArrayList<>();
    try {
      List<Article> articles = reader.read(new RawFile(Path.of(name), "fuzz/" + name, data, "fuzz"), problems);
      for (Article a : articles) {
        assertNotNull(a.id());
        assertNotNull(a.text());
        assertNotNull(a.title());
        assertEquals("fuzz/" + name, a.path());
        assertTrue(!a.title().isEmpty() || !a.text().isEmpty(), "an article has a title or a text");
      }
      problems.forEach(p -> assertTrue(!p.isBlank()));
    } catch (IngestException e) {
      assertTrue(e.reason() != null && !e.reason().isBlank(), "a reason is given");
      assertTrue(e.getMessage().startsWith(name + ": "), e.getMessage());
    }
  }

  /**
   * Mutations of the seeds (truncation, flipped bytes, inserted markup characters), a fixed number
   * per reader: a deterministic complement to the Jazzer runs, which fuzz one test at a time.
   */
  @org.junit.jupiter.api.Test
  void mutatedSeedsNeverCrashAReader() throws java.io.IOException {
    java.util.Random random = new java.util.Random(20100321);
    Path seeds = Path.of("src/test/resources/fr/veille/ingest/ReadersFuzzTestInputs");
    Object[][] targets = {
      {new TxtReader(), "a.txt", "txt"}, {new MarkdownReader(), "a.md", "markdown"}, {new HtmlReader(), "a.html", "html"},
      {new JsonReader(), "a.jsonl", "jsonLines"}, {new JsonReader(), "a.json", "json"}, {new FeedReader(), "a.xml", "feed"}};
    byte[] specials = "<>&;\"'{}[]:,/!-#=\n\u00e9".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    for (Object[] t : targets) {
      List<byte[]> inputs = new ArrayList<>();
      try (var files = java.nio.file.Files.list(seeds.resolve((String) t[2]))) {
        for (Path f : files.sorted().toList()) {
          inputs.add(java.nio.file.Files.readAllBytes(f));
        }
      }
      for (int i = 0; i < 150; i++) {
        byte[] seed = inputs.get(random.nextInt(inputs.size()));
        byte[] m = java.util.Arrays.copyOf(seed, Math.max(0, seed.length - random.nextInt(Math.max(1, seed.length / 2))));
        for (int k = random.nextInt(8); k > 0 && m.length > 0; k--) {
          m[random.nextInt(m.length)] = random.nextBoolean() ? specials[random.nextInt(specials.length)] : (byte) random.nextInt(256);
        }
        check((FormatReader) t[0], (String) t[1], m);
      }
    }
  }

  @FuzzTest(maxDuration = "10s")
  void txt(byte[] data) {
    check(new TxtReader(), "a.txt", data);
  }

  @FuzzTest(maxDuration = "10s")
  void markdown(byte[] data) {
    check(new MarkdownReader(), "a.md", data);
  }

  @FuzzTest(maxDuration = "10s")
  void html(byte[] data) {
    check(new HtmlReader(), "a.html", data);
  }

  @FuzzTest(maxDuration = "10s")
  void jsonLines(byte[] data) {
    check(new JsonReader(), "a.jsonl", data);
  }

  @FuzzTest(maxDuration = "10s")
  void json(byte[] data) {
    check(new JsonReader(), "a.json", data);
  }

  @FuzzTest(maxDuration = "10s")
  void feed(byte[] data) {
    check(new FeedReader(), "a.xml", data);
  }

  @FuzzTest(maxDuration = "10s")
  void dates(FuzzedDataProvider data) {
    String s = data.consumeRemainingAsString();
    Optional<ZonedDateTime> parsed = DateParser.parse(s);
    parsed.ifPresent(d -> assertTrue(d.getYear() >= 1900 && d.getYear() <= 2100, s));
    Optional<ZonedDateTime> found = DateParser.find(s);
    if (parsed.isPresent()) {
      assertTrue(found.isPresent(), () -> "parse found a date in « " + s + " » but find did not");
    }
  }
}
