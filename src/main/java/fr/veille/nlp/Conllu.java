package fr.veille.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal CoNLL-U reader for evaluation: sentences with their raw text, surface tokens (a
 * multiword token such as « du » is one surface token holding its words « de » « le »), and each
 * word's form, lemma and UPOS. Empty nodes (ids like 8.1) are ignored. Stateless and thread-safe.
 */
final class Conllu {
  private Conllu() {}

  record Word(String form, String lemma, String upos) {}

  record SurfaceToken(String form, List<Word> words, boolean spaceAfter) {
    SurfaceToken {
      words = List.copyOf(words);
    }

    boolean isMultiword() {
      return words.size() > 1;
    }
  }

  record Sentence(String id, String text, List<SurfaceToken> tokens) {
    Sentence {
      tokens = List.copyOf(tokens);
    }

    List<Word> words() {
      List<Word> out = new ArrayList<>(tokens.size() + 4);
      for (SurfaceToken t : tokens) {
        out.addAll(t.words());
      }
      return out;
    }
  }

  static List<Sentence> read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new java.nio.file.NoSuchFileException(file.toString());
    }
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.toString());
    }
  }

  static List<Sentence> parse(String content, String name) {
    try {
      return read(new BufferedReader(new StringReader(content)), name);
    } catch (IOException e) {
      throw new IllegalStateException(e); // cannot happen on a StringReader
    }
  }

  private static List<Sentence> read(BufferedReader in, String name) throws IOException {
    List<Sentence> sentences = new ArrayList<>();
    String id = null;
    String text = null;
    List<SurfaceToken> tokens = new ArrayList<>();
    // Pending multiword token: its form, last word id, words so far and SpaceAfter.
    String mwtForm = null;
    int mwtEnd = -1;
    boolean mwtSpace = true;
    List<Word> mwtWords = new ArrayList<>();
    String line;
    int lineNo = 0;
    while (true) {
      line = in.readLine();
      lineNo++;
      if (line == null || line.isBlank()) {
        if (!tokens.isEmpty()) {
          if (mwtForm != null) {
            throw new IllegalArgumentException(name + ":" + lineNo + ": multiword token '" + mwtForm + "' misses words");
          }
          sentences.add(new Sentence(id == null ? "s" + (sentences.size() + 1) : id,
              text == null ? rebuildText(tokens) : text, tokens));
        }
        if (line == null) {
          break;
        }
        id = null;
        text = null;
        tokens = new ArrayList<>();
        continue;
      }
      if (line.startsWith("#")) {
        if (line.startsWith("# text =")) {
          text = line.substring("# text =".length()).strip();
        } else if (line.startsWith("# sent_id =")) {
          id = line.substring("# sent_id =".length()).strip();
        }
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length != 10) {
        throw new IllegalArgumentException(
            name + ":" + lineNo + ": expected 10 tab-separated CoNLL-U columns, found " + cols.length);
      }
      String idCol = cols[0];
      boolean spaceAfter = !cols[9].contains("SpaceAfter=No");
      if (idCol.indexOf('.') >= 0) {
        continue; // empty node
      }
      int dash = idCol.indexOf('-');
      if (dash > 0) {
        if (mwtForm != null) {
          throw new IllegalArgumentException(name + ":" + lineNo + ": nested multiword token " + idCol);
        }
        mwtForm = cols[1];
        mwtEnd = parseId(idCol.substring(dash + 1), name, lineNo);
        mwtSpace = spaceAfter;
        mwtWords = new ArrayList<>();
        continue;
      }
      int wordId = parseId(idCol, name, lineNo);
      Word w = new Word(cols[1], cols[2], cols[3]);
      if (mwtForm != null) {
        mwtWords.add(w);
        if (wordId >= mwtEnd) {
          tokens.add(new SurfaceToken(mwtForm, mwtWords, mwtSpace));
          mwtForm = null;
        }
      } else {
        tokens.add(new SurfaceToken(cols[1], List.of(w), spaceAfter));
      }
    }
    return sentences;
  }

  private static int parseId(String s, String name, int lineNo) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + ":" + lineNo + ": bad token id '" + s + "'");
    }
  }

  private static String rebuildText(List<SurfaceToken> tokens) {
    StringBuilder sb = new StringBuilder();
    for (SurfaceToken t : tokens) {
      sb.append(t.form());
      if (t.spaceAfter()) {
        sb.append(' ');
      }
    }
    return sb.toString().strip();
  }
}
