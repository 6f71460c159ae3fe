package fr.veille.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads NER data in the CoNLL format: one token a line as {@code token TAB IOB2-tag} (the tag is
 * the last tab-separated column, so extra middle columns are allowed), a blank line between
 * sentences, {@code -DOCSTART-} lines ignored. Malformed input gives an {@link IOException} naming
 * the source and line. Stateless, thread-safe.
 */
final class ConllReader {
  private ConllReader() {}

  static List<LabeledSentence> read(Path file) throws IOException {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (Reader reader = new java.io.InputStreamReader(Files.newInputStream(file), decoder)) {
      return read(reader, file.toString());
    } catch (CharacterCodingException e) {
      throw new IOException(file + ": not valid UTF-8 text", e);
    }
  }

  static List<LabeledSentence> parse(String text, String source) throws IOException {
    return read(new StringReader(text), source);
  }

  static List<LabeledSentence> read(Reader in, String source) throws IOException {
    BufferedReader reader = in instanceof BufferedReader b ? b : new BufferedReader(in);
    List<LabeledSentence> sentences = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<Integer> labels = new ArrayList<>();
    int lineNumber = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        flush(tokens, labels, sentences);
        continue;
      }
      if (line.startsWith("-DOCSTART-")) {
        flush(tokens, labels, sentences);
        continue;
      }
      int firstTab = line.indexOf('\t');
      int lastTab = line.lastIndexOf('\t');
      if (firstTab <= 0) {
        throw new IOException(
            source + ":" + lineNumber + ": expected 'token<TAB>tag', got '" + abbreviate(line) + "'");
      }
      String token = line.substring(0, firstTab);
      String tag = line.substring(lastTab + 1).strip();
      if (token.isBlank()) {
        throw new IOException(source + ":" + lineNumber + ": empty token");
      }
      int label;
      try {
        label = NerLabels.parse(tag);
      } catch (IllegalArgumentException e) {
        throw new IOException(source + ":" + lineNumber + ": " + e.getMessage(), e);
      }
      tokens.add(token.strip());
      labels.add(label);
    }
    flush(tokens, labels, sentences);
    return sentences;
  }

  private static void flush(List<String> tokens, List<Integer> labels, List<LabeledSentence> out) {
    if (tokens.isEmpty()) {
      return;
    }
    int[] l = new int[labels.size()];
    for (int i = 0; i < l.length; i++) {
      l[i] = labels.get(i);
    }
    out.add(new LabeledSentence(tokens.toArray(String[]::new), l));
    tokens.clear();
    labels.clear();
  }

  private static String abbreviate(String line) {
    return line.length() <= 40 ? line : line.substring(0, 40) + "...";
  }
}
