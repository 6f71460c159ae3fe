package fr.veille.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo end to end, on the bundled corpus and the shipped models: it is what a new user sees
 * first, and it shows the corpus's designed timeline (see corpus/README.md).
 */
class DemoCommandTest {

  @Test
  void theDemoShowsWeeksSearchesAndTheDesignedEvents(@TempDir Path keep) throws Exception {
    CliRunner r = CliRunner.run("demo", "--keep", keep.toString());
    assertEquals(0, r.exitCode(), r.err());
    String out = r.out();
    assertTrue(out.contains("Articles per week (weeks start on Monday):"), out);
    assertTrue(out.contains("  2010-02-08 "), "the week of the e-mail affair is listed");
    assertTrue(out.contains("veille search \"réseaux sociaux\""), out);
    assertTrue(out.contains("0 not in French") || out.contains("1 not in French (eng: 1)"), out);
    // The designed events: a bad buzz around Benjamin Lancar in February, a buzz around La Coopol
    // during the regional elections, and nothing for the steady Xavier Bertrand.
    assertTrue(out.lines().anyMatch(l -> l.startsWith("BAD BUZZ Benjamin Lancar (PER), 2010-02-08")), out);
    assertTrue(out.lines().anyMatch(l -> l.startsWith("BUZZ     La Coopol (MISC), 2010-03-15")), out);
    assertFalse(out.lines().anyMatch(l -> l.matches("(BUZZ|BAD BUZZ) +Xavier Bertrand.*")), out);
    assertTrue(Files.isDirectory(keep.resolve("index")));
  }
}
