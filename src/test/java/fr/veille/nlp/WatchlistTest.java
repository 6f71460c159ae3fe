package fr.veille.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Specification of the watchlist file format and its error messages. */
class WatchlistTest {

  @TempDir Path dir;

  static Watchlist parse(String text) throws IOException {
    return Watchlist.parse(new StringReader(text), "veille.watchlist");
  }

  @Test
  void readsTheDemoCorpusWatchlist() throws IOException {
    Watchlist watchlist = Watchlist.load(Path.of("corpus", "watchlist"));
    assertEquals(18, watchlist.size());
    WatchlistEntry lancar = watchlist.entries().getFirst();
    assertEquals("Benjamin Lancar", lancar.canonical());
    assertEquals(EntityType.PER, lancar.type());
    assertEquals(List.of("Lancar", "M. Lancar", "le président des Jeunes Populaires", "le président des Jeunes Pop",
        "le responsable des Jeunes Pop", "le patron des Jeunes Pop"), lancar.aliases());
    assertEquals("président des Jeunes Populaires, le mouvement de jeunesse de l'UMP", lancar.notes());
    WatchlistEntry facebook = watchlist.entry("facebook").orElseThrow();
    assertEquals(List.of(), facebook.aliases());
    assertEquals("", facebook.notes());
    assertEquals(EntityType.LOC, watchlist.entry("HAITI").orElseThrow().type());
    assertEquals("corpus/watchlist", watchlist.sourceName());
  }

  @Test
  void acceptsCommentsBlankLinesCaseOfFieldsCrlfBomAndRepeatedAliases() throws IOException {
    Watchlist watchlist = parse("\uFEFF# suivis\r\n\r\n[La Coopol]\r\nTYPE: misc\r\n  aliases: Coopol | lacoopol.fr \r\n"
        + "aliases: la Coopérative politique | Coopol | La Coopol\r\n# fin\r\nnotes: réseau du PS # pas un commentaire\r\n");
    WatchlistEntry coopol = watchlist.entries().getFirst();
    assertEquals(new WatchlistEntry("La Coopol", EntityType.MISC,
        List.of("Coopol", "lacoopol.fr", "la Coopérative politique"), "réseau du PS # pas un commentaire"), coopol);
    assertEquals(List.of("La Coopol", "Coopol", "lacoopol.fr", "la Coopérative politique"), coopol.names());
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
      type: PER                                                      ; 1 ; 'type:' before any [Canonical name] block
      # actors\\n\\naliases: Lancar                                  ; 3 ; 'aliases:' before any [Canonical name] block
      [Benjamin Lancar]\\ntype: PERSON                               ; 2 ; unknown entity type 'PERSON' (expected PER, ORG, LOC or MISC)
      [UMP]\\ntype: ORG\\n\\n[ump]\\ntype: ORG                        ; 4 ; duplicate canonical name [ump] (first defined on line 1)
      [Haïti]\\ntype: LOC\\n[Haiti]\\ntype: LOC                       ; 3 ; duplicate canonical name [Haiti] (first defined on line 1)
      # c\\n[David Assouline]\\naliases: Assouline                   ; 2 ; [David Assouline] has no 'type:' line
      [PS]\\ntype: ORG\\ncolor: pink                                  ; 3 ; unknown field 'color' (expected type, aliases or notes)
      [Benjamin Lancar\\ntype: PER                                    ; 1 ; missing ']' after the canonical name
      [ ]\\ntype: PER                                                 ; 1 ; empty canonical name
      [PS]\\ntype: ORG\\naliases: Parti socialiste || PS              ; 3 ; empty alias in 'aliases:' of [PS]
      [PS]\\ntype: ORG\\naliases: Parti socialiste |                  ; 3 ; empty alias in 'aliases:' of [PS]
      [PS]\\ntype: ORG\\naliases: « »                                 ; 3 ; alias '« »' of [PS] has no letters or digits
      [Xavier Bertrand]\\ntype: PER\\naliases: Bertrand\\n[Olivier Bertrand]\\ntype: PER\\naliases: bertrand ; 6 ; 'bertrand' of [Olivier Bertrand] is already a name of [Xavier Bertrand]
      [PS]\\ntype: ORG\\naliases: UMP\\n[UMP]\\ntype: ORG              ; 4 ; 'UMP' of [UMP] is already a name of [PS]
      [PS]\\ntype: ORG\\ntype: PER                                    ; 3 ; second 'type:' for [PS] (first on line 2)
      [PS]\\ntype: ORG\\nnotes: parti\\nnotes: opposition             ; 4 ; second 'notes:' for [PS]
      [PS]\\nParti socialiste                                         ; 2 ; expected '[Canonical name]', 'type:', 'aliases:' or 'notes:'
      [P[S]]\\ntype: ORG                                              ; 1 ; canonical name 'P[S]' contains '[' or ']'
      """)
  void errorsNameTheFileAndLine(String text, int line, String message) {
    Watchlist.FormatException e = assertThrows(Watchlist.FormatException.class, () -> parse(text.replace("\\n", "\n")));
    assertEquals(line, e.line());
    assertEquals("veille.watchlist", e.sourceName());
    assertTrue(e.getMessage().startsWith("veille.watchlist:" + line + ": " + message), e.getMessage());
  }

  @Test
  void loadNamesTheFileInErrors() throws IOException {
    Path file = dir.resolve("suivis.txt");
    Files.writeString(file, "[UMP]\ntype: PARTI\n", StandardCharsets.UTF_8);
    Watchlist.FormatException e = assertThrows(Watchlist.FormatException.class, () -> Watchlist.load(file));
    assertEquals(file + ":2: unknown entity type 'PARTI' (expected PER, ORG, LOC or MISC)", e.getMessage());

    Path missing = dir.resolve("absent.txt");
    NoSuchFileException absent = assertThrows(NoSuchFileException.class, () -> Watchlist.load(missing));
    assertTrue(absent.getMessage().contains(missing.toString()), absent.getMessage());
  }

  @Test
  void rejectsTextThatIsNotUtf8() throws IOException {
    Path file = dir.resolve("latin1.txt");
    Files.write(file, "[UMP]\ntype: ORG\n[Haïti]\ntype: LOC\n".getBytes(StandardCharsets.ISO_8859_1));
    Watchlist.FormatException e = assertThrows(Watchlist.FormatException.class, () -> Watchlist.load(file));
    assertEquals(file + ":3: not valid UTF-8 text", e.getMessage());
  }

  @Test
  void emptyAndProgrammaticWatchlists() {
    assertTrue(Watchlist.empty().isEmpty());
    assertEquals(0, Watchlist.empty().entries().size());
    Watchlist watchlist = Watchlist.of(List.of(
        new WatchlistEntry("UMP", EntityType.ORG, List.of("Union pour un mouvement populaire"), null)));
    assertFalse(watchlist.isEmpty());
    assertEquals("UMP", watchlist.entry("ump").orElseThrow().canonical());
    assertTrue(watchlist.entry("PS").isEmpty());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Watchlist.of(List.of(
        new WatchlistEntry("PS", EntityType.ORG, List.of(), ""),
        new WatchlistEntry("Parti socialiste", EntityType.ORG, List.of("PS"), ""))));
    assertEquals("'PS' of [Parti socialiste] is already a name of [PS]", e.getMessage());
  }

  @Test
  void isImmutable() throws IOException {
    Watchlist watchlist = parse("[PS]\ntype: ORG\naliases: Parti socialiste\n");
    assertThrows(UnsupportedOperationException.class, () -> watchlist.entries().clear());
    assertThrows(UnsupportedOperationException.class, () -> watchlist.entries().getFirst().aliases().clear());
  }
}
