package fr.veille.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestorWalkTest {
  @TempDir Path root;

  private static final String BODY = "\n\nLe Parti socialiste a lancé La Coopol, son réseau social, pour les régionales.\n";

  @Test
  void walksInSortedOrderIgnoringHiddenFilesAndSavedPageAssets() throws IOException {
    TestFiles.write(root, "b/deux.txt", "Deux" + BODY);
    TestFiles.write(root, "a/un.txt", "Un" + BODY);
    TestFiles.write(root, "a/Z.md", "# Zed" + BODY);
    TestFiles.write(root, "c.txt", "Racine" + BODY);
    TestFiles.write(root, ".git/config.txt", "caché" + BODY);
    TestFiles.write(root, "a/.brouillon.txt", "caché" + BODY);
    TestFiles.write(root, "a/page_files/style.txt", "asset" + BODY);
    TestFiles.Recorder rec = new TestFiles.Recorder();
    IngestSummary s = Ingestor.defaults().ingest(root, rec);
    assertEquals(List.of("a/Z.md", "a/un.txt", "b/deux.txt", "c.txt"),
        rec.articles.stream().map(Article::path).toList());
    assertEquals(4, s.filesSeen());
    assertEquals(4, s.filesRead());
    assertEquals(4, s.articles());
    assertEquals(4, s.undated());
    assertEquals(0, s.nonFrench());
    assertEquals(java.util.Map.of("fra", 4), s.byLanguage());
    assertTrue(s.skipped().isEmpty(), s.skipped().toString());
    assertEquals("a", rec.byPath("a/un.txt").source());
    assertEquals(root.getFileName().toString(), rec.byPath("c.txt").source(), "a file at the root: the root's name");
  }

  @Test
  void sourceFileCarriesHashAndAcceptCanSkipUnchangedFiles() throws IOException {
    TestFiles.write(root, "a/un.txt", "Un" + BODY);
    TestFiles.write(root, "a/deux.txt", "Deux" + BODY);
    List<SourceFile> unchanged = new java.util.ArrayList<>();
    TestFiles.Recorder rec = new TestFiles.Recorder() {
      @Override
      public boolean accept(SourceFile file) {
        return !file.relativePath().equals("a/deux.txt");
      }

      @Override
      public void unchanged(SourceFile file) {
        unchanged.add(file);
      }
    };
    IngestSummary s = Ingestor.defaults().ingest(root, rec);
    assertEquals(1, s.articles());
    assertEquals(1, unchanged.size());
    SourceFile f = unchanged.get(0);
    assertEquals("a/deux.txt", f.relativePath());
    assertEquals(Files.size(root.resolve("a/deux.txt")), f.size());
    assertEquals(Texts.sha256Hex(Files.readAllBytes(root.resolve("a/deux.txt"))), f.contentHash());
    assertEquals(64, f.contentHash().length());
  }

  @Test
  void rootProblemsAreTheOnlyExceptions() throws IOException {
    Path file = TestFiles.write(root, "x.txt", "X" + BODY);
    TestFiles.Recorder rec = new TestFiles.Recorder();
    IOException missing = assertThrows(NoSuchFileException.class,
        () -> Ingestor.defaults().ingest(root.resolve("absent"), rec));
    assertTrue(missing.getMessage().contains("absent"));
    assertThrows(NotDirectoryException.class, () -> Ingestor.defaults().ingest(file, rec));
  }

  @Test
  void symlinkLoopsAndBrokenLinksAreReportedOnce() throws IOException {
    TestFiles.write(root, "a/un.txt", "Un" + BODY);
    Files.createSymbolicLink(root.resolve("a/boucle"), root.resolve("a"));
    Files.createSymbolicLink(root.resolve("a/racine"), root);
    Files.createSymbolicLink(root.resolve("a/mort.txt"), root.resolve("nulle-part.txt"));
    Files.createSymbolicLink(root.resolve("a/l1.txt"), root.resolve("a/l2.txt"));
    Files.createSymbolicLink(root.resolve("a/l2.txt"), root.resolve("a/l1.txt"));
    TestFiles.Recorder rec = new TestFiles.Recorder();
    IngestSummary s = Ingestor.defaults().ingest(root, rec);
    assertEquals(1, s.articles());
    assertEquals(List.of(
        "boucle: symbolic link loop (points back to a)",
        "l1.txt: symbolic link loop",
        "l2.txt: symbolic link loop",
        "mort.txt: broken symbolic link",
        "racine: symbolic link loop (points back to the indexed folder)"), rec.skipped);
    assertEquals(5, s.skipped().size());
  }

  @Test
  void tooLargeFilesAreSkippedUnread() throws IOException {
    TestFiles.write(root, "gros.txt", "Gros" + BODY.repeat(100));
    TestFiles.write(root, "petit.txt", "Petit" + BODY);
    TestFiles.Recorder rec = new TestFiles.Recorder();
    IngestSummary s = Ingestor.defaults().withMaxFileBytes(1000).ingest(root, rec);
    assertEquals(1, s.articles());
    assertEquals(1, rec.skipped.size());
    assertTrue(rec.skipped.get(0).startsWith("gros.txt: file too large ("), rec.skipped.toString());
    assertEquals(1000, Ingestor.defaults().withMaxFileBytes(1000).maxFileBytes());
  }
}
