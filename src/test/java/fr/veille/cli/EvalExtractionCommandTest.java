package fr.veille.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalExtractionCommandTest {

  @Test
  void scoresAFolderOfPages(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.html"), "<html><body><nav><a href='/'>Accueil</a></nav><article><h1>Titre</h1>"
        + "<p>Le Parti socialiste a lancé La Coopol, son réseau social, à deux mois des régionales.</p></article></body></html>",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("a.txt"), "Le Parti socialiste a lancé La Coopol, son réseau social, à deux mois des régionales.\n",
        StandardCharsets.UTF_8);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), "eval", "extraction", "--pages", dir.toString());
    assertEquals(0, code, err.toString());
    String printed = out.toString();
    assertTrue(printed.contains("a.html") && printed.contains("F1=1.000"), printed);
    assertTrue(printed.contains("pages: 1  precision: 1.0000  recall: 1.0000  F1: 1.0000"), printed);
    assertTrue(printed.matches("(?s).*speed: [0-9.]+ MB/s.*"), printed);
  }

  @Test
  void missingFolderIsOneLine(@TempDir Path dir) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), "eval", "extraction", dir.resolve("absent").toString());
    assertEquals(1, code);
    assertEquals("veille: no such file or folder: " + dir.resolve("absent") + System.lineSeparator(), err.toString());
  }

  @Test
  void folderWithoutPagesIsOneLine(@TempDir Path dir) {
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "eval", "extraction", dir.toString());
    assertEquals(1, code);
    assertTrue(err.toString().startsWith("veille: " + dir + ": no page to score"), err.toString());
  }
}
