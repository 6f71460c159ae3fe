package fr.veille.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code index --commit-every N --log-commits}: what scripts (and the crash test) rely on. */
class IndexCommitOptionsTest {

  @TempDir Path folder;
  @TempDir Path indexDir;

  private void articles(int n) throws Exception {
    String[] titles = {"Le courriel de Benjamin Lancar", "La Coopol ouvre ses portes", "Les Créateurs de possibles en ligne", "David Assouline répond à l'UMP"};
    for (int i = 0; i < n; i++) {
      Path file = folder.resolve("afp/2010-02-0" + (i + 1) + "-depeche.md");
      Files.createDirectories(file.getParent());
      Files.writeString(
          file,
          "---\ntitle: \"" + titles[i % titles.length] + "\"\ndate: 2010-02-0" + (i + 1) + "\nsource: AFP\n---\n"
              + "Dépêche n° " + (i + 1) + " : le PS et l'UMP s'affrontent sur les réseaux sociaux avant les régionales.\n",
          StandardCharsets.UTF_8);
    }
  }

  /** One line per commit, between files and at the end, with the articles the index then holds. */
  @ParameterizedTest
  @CsvSource({
    "4, 1, '1,2,3,4'",
    "4, 2, '2,4'",
    "4, 3, '3,4'",
    "4, 100, '4'",
  })
  void eachCommitIsLoggedOnStderr(int files, int commitEvery, String expected) throws Exception {
    articles(files);
    CliRunner run =
        CliRunner.run("index", folder.toString(), "--index", indexDir.toString(), "--commit-every", String.valueOf(commitEvery), "--log-commits", "--quiet");
    assertEquals(0, run.exitCode(), run.err());
    List<String> commits = run.err().lines().filter(l -> l.startsWith("veille-commit ")).map(l -> l.substring("veille-commit ".length())).toList();
    assertEquals(List.of(expected.split(",")), commits, run.err());
  }

  @Test
  void withoutTheOptionNoCommitIsLogged() throws Exception {
    articles(3);
    CliRunner run = CliRunner.run("index", folder.toString(), "--index", indexDir.toString(), "--commit-every", "1", "--quiet");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().lines().noneMatch(l -> l.startsWith("veille-commit")), run.err());
  }

  @ParameterizedTest
  @CsvSource({"0", "-5"})
  void aCommitIntervalBelowOneIsRefused(String n) throws Exception {
    articles(1);
    CliRunner run = CliRunner.run("index", folder.toString(), "--index", indexDir.toString(), "--commit-every", n);
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--commit-every must be at least 1, was " + n), run.err());
  }
}
