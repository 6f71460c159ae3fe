package fr.veille.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageTest {
  private static final LanguageGuesser GUESSER = new LanguageGuesser();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          French article  | fra | L'UMP lance son réseau social | Le parti présidentiel a ouvert jeudi « Les Créateurs de possibles », un réseau social destiné à ses militants et à ses sympathisants, à deux mois des élections régionales. Xavier Bertrand y voit une nouvelle manière de militer.
          English article | eng | When joining is mandatory | French politicians have spent the past two years trying to reproduce the online magic of Barack Obama's 2008 campaign. This month, the party of Nicolas Sarkozy learned that a social network cannot be ordered into existence.
          German article  | deu | Frankreichs Parteien im Netz | Die französischen Parteien haben im Januar eigene soziale Netzwerke gestartet, um ihre Mitglieder vor den Regionalwahlen zu mobilisieren. Die Ergebnisse sind bisher gemischt und die Kritik ist laut.
          French title    | fra | La Coopol dépasse les 30 000 inscrits |
          English title   | eng | The UMP and the perils of social networking |
          French short    | fra | Benjamin Lancar | Le président des Jeunes Pop s'explique.
          too short       | und | UMP | 2010
          numbers only    | und | 20 000 | 30 000 - 7 000 - 1 300
          """)
  void guesses(String kind, String expected, String title, String text) {
    assertEquals(expected, GUESSER.guess(title, text == null ? "" : text));
  }

  @Test
  void summaryCountsNonFrenchArticles(@TempDir Path root) throws IOException {
    TestFiles.write(root, "lemonde/fr.txt", "L'UMP lance son réseau social\n\nLe parti présidentiel a ouvert jeudi « Les Créateurs de possibles », un réseau social destiné à ses militants.\n");
    TestFiles.write(root, "observer/en.md", "# When joining is mandatory\n\nFrench politicians have spent the past two years trying to reproduce the online magic of the Obama campaign.\n");
    TestFiles.write(root, "observer/declared.md", "---\ntitle: Notes\nlang: en\n---\nLe texte est en français mais le fichier dit anglais.\n");
    TestFiles.Recorder rec = new TestFiles.Recorder();
    IngestSummary s = Ingestor.defaults().ingest(root, rec);
    assertEquals(Map.of("fra", 1, "eng", 2), s.byLanguage());
    assertEquals(2, s.nonFrench());
    assertEquals("eng", rec.byPath("observer/declared.md").language(), "a declared language is kept");
  }

  @Test
  void detectionCanBeTurnedOff(@TempDir Path root) throws Exception {
    Path f = TestFiles.write(root, "a/fr.txt", "Titre\n\nLe parti présidentiel a ouvert jeudi son réseau social.\n");
    assertEquals("und", Ingestor.defaults().withLanguageDetection(false).read(f, root).get(0).language());
  }
}
