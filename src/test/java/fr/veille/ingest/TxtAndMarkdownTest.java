package fr.veille.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TxtAndMarkdownTest {
  private static final Ingestor INGESTOR = Ingestor.defaults();
  @TempDir Path root;

  private Article one(Path file) throws IngestException {
    List<Article> list = INGESTOR.read(file, root);
    assertEquals(1, list.size());
    return list.get(0);
  }

  @Test
  void txtTakesTitleDateAndFolderAsSource() throws Exception {
    Path f = TestFiles.write(root, "chroniques-militant/createurs.txt", """
        Créateurs de quoi, au juste ?
        Publié le samedi 9 janvier 2010 à 10h47

        Je me suis inscrit. Oui, je sais, ça surprendra les camarades de la section, mais il fallait
        bien aller voir de près ce fameux réseau social que l’UMP a lancé jeudi.

        « Les Créateurs de possibles » : rien que le nom mériterait un billet entier.
        """);
    Article a = one(f);
    assertEquals("Créateurs de quoi, au juste ?", a.title());
    assertEquals("chroniques-militant", a.source());
    assertEquals(ZonedDateTime.parse("2010-01-09T10:47+01:00[Europe/Paris]"), a.published());
    assertEquals("Je me suis inscrit. Oui, je sais, ça surprendra les camarades de la section, mais il fallait "
        + "bien aller voir de près ce fameux réseau social que l’UMP a lancé jeudi.\n\n"
        + "« Les Créateurs de possibles » : rien que le nom mériterait un billet entier.", a.text());
    assertEquals("chroniques-militant/createurs.txt", a.path());
    assertEquals("fra", a.language());
    assertEquals(a.id(), one(f).id(), "stable id");
  }

  /** Content that is no file of a folder (standard input): no folder to name the source. */
  @Test
  void contentWithoutAFolderHasOnlyTheSourceItGives() throws Exception {
    byte[] txt = "Bad buzz à l'UMP\n\nLe courriel de Benjamin Lancar a provoqué un tollé.\n".getBytes(StandardCharsets.UTF_8);
    Article a = INGESTOR.read("stdin.txt", txt).get(0);
    assertEquals("", a.source());
    assertEquals("Bad buzz à l'UMP", a.title());
    assertEquals("stdin.txt", a.path());
    byte[] md = "---\ntitle: Bad buzz à l'UMP\nsource: Rue89\n---\nLe courriel de Benjamin Lancar a provoqué un tollé.\n"
        .getBytes(StandardCharsets.UTF_8);
    assertEquals("Rue89", INGESTOR.read("stdin.md", md).get(0).source());
    IngestException tooLarge = assertThrows(IngestException.class, () -> INGESTOR.withMaxFileBytes(40).read("stdin.txt", txt));
    assertTrue(tooLarge.reason().startsWith("too large"), tooLarge.reason());
  }

  @Test
  void txtHeaderLinesGiveSourceAuthorAndUrl() throws Exception {
    Path f = TestFiles.write(root, "divers/lancar.txt", """
        Le courriel de Benjamin Lancar fait des vagues
        Source : La Dépêche du Midi
        Par Jean-Marc Dupuis
        03/02/2010
        https://www.ladepeche.fr/article/2010/02/10/lancar.html
        Par ailleurs, le président des Jeunes Populaires parle d'une « blague ».
        Le PS, par la voix de David Assouline, s'en amuse.
        """);
    Article a = one(f);
    assertEquals("La Dépêche du Midi", a.source());
    assertEquals("Jean-Marc Dupuis", a.author());
    assertEquals("https://www.ladepeche.fr/article/2010/02/10/lancar.html", a.url());
    assertEquals(ZonedDateTime.parse("2010-02-03T00:00+01:00[Europe/Paris]"), a.published());
    // Without blank lines, each line is a paragraph; « Par ailleurs » is not a byline.
    assertEquals("Par ailleurs, le président des Jeunes Populaires parle d'une « blague ».\n\n"
        + "Le PS, par la voix de David Assouline, s'en amuse.", a.text());
  }

  @Test
  void undatedTxtIsStillAnArticle() throws Exception {
    Article a = one(TestFiles.write(root, "notes/coopol.txt",
        "La Coopol en chiffres\n\nLe PS revendique 20 000 inscrits sur La Coopol en une semaine.\n"));
    assertNull(a.published());
    assertEquals("Le PS revendique 20 000 inscrits sur La Coopol en une semaine.", a.text());
  }

  /** The same text in each encoding a French site may use, as real bytes. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // « Élysée : l’œuvre coûte 5 € » in each encoding; ’ œ € do not exist in ISO-8859-1.
    "UTF-8, C3 89 6C 79 73 C3 A9 65 20 3A 20 6C E2 80 99 C5 93 75 76 72 65 20 63 6F C3 BB 74 65 20 35 20 E2 82 AC",
    "UTF-8 with BOM, EF BB BF C3 89 6C 79 73 C3 A9 65 20 3A 20 6C E2 80 99 C5 93 75 76 72 65 20 63 6F C3 BB 74 65 20 35 20 E2 82 AC",
    "Windows-1252, C9 6C 79 73 E9 65 20 3A 20 6C 92 9C 75 76 72 65 20 63 6F FB 74 65 20 35 20 80",
    "ISO-8859-15, C9 6C 79 73 E9 65 20 3A 20 6C 27 BD 75 76 72 65 20 63 6F FB 74 65 20 35 20 A4",
  })
  void txtEncodings(String encoding, String hexTitle) throws Exception {
    byte[] title = TestFiles.hex(hexTitle);
    Path f = TestFiles.write(root, "enc/" + encoding.replace(' ', '_') + ".txt",
        TestFiles.concat(title, TestFiles.ascii("\n\nLe budget de la campagne.\n")));
    String expected = encoding.equals("ISO-8859-15") ? "Élysée : l'œuvre coûte 5 €" : "Élysée : l’œuvre coûte 5 €";
    assertEquals(expected, one(f).title());
  }

  @Test
  void utf16WithByteOrderMark() throws Exception {
    byte[] bom = TestFiles.hex("FF FE");
    byte[] text = "Élysée : l’œuvre\n\nLe budget de la campagne.\n".getBytes(StandardCharsets.UTF_16LE);
    Article a = one(TestFiles.write(root, "enc/utf16.txt", TestFiles.concat(bom, text)));
    assertEquals("Élysée : l’œuvre", a.title());
    assertEquals("Le budget de la campagne.", a.text());
  }

  @Test
  void iso88591IsReadAsLatin() throws Exception {
    // « Benjamin Lancar, président des Jeunes Populaires, écrit à ses cadres. » in ISO-8859-1.
    byte[] bytes = "Lancar écrit\n\nLe président des Jeunes Populaires écrit à ses cadres départementaux."
        .getBytes(StandardCharsets.ISO_8859_1);
    Article a = one(TestFiles.write(root, "enc/latin1.txt", bytes));
    assertEquals("Lancar écrit", a.title());
    assertTrue(a.text().contains("président") && a.text().contains("départementaux"), a.text());
  }

  @Test
  void markdownFrontMatterAndBody() throws Exception {
    Path f = TestFiles.write(root, "afp/ump.md", """
        ---
        title: "L’UMP lance « Les Créateurs de possibles », son réseau social militant"
        date: 2010-01-07T12:17:00+01:00
        source: AFP
        url: https://www.afp.com/fr/infos/2010/01/07/ump-lance-createurs-de-possibles
        author: AFP
        tags: [UMP, internet, régionales 2010]
        ---
        PARIS, 7 janvier 2010 (AFP) – L’UMP a **officiellement** lancé jeudi « Les Créateurs de
        possibles », un [réseau social](https://lescreateursdepossibles.com) destiné à ses militants.

        ## Une nouvelle manière de militer

        > « Ce n’est pas un site de plus », a déclaré *Xavier Bertrand*.

        - réunions de quartier
        - porte-à-porte
        """);
    Article a = one(f);
    assertEquals("L’UMP lance « Les Créateurs de possibles », son réseau social militant", a.title());
    assertEquals("AFP", a.source());
    assertEquals("AFP", a.author());
    assertEquals(ZonedDateTime.parse("2010-01-07T12:17+01:00"), a.published());
    assertEquals("https://www.afp.com/fr/infos/2010/01/07/ump-lance-createurs-de-possibles", a.url());
    assertEquals(List.of("UMP", "internet", "régionales 2010"), a.tags());
    assertEquals("""
        PARIS, 7 janvier 2010 (AFP) – L’UMP a officiellement lancé jeudi « Les Créateurs de possibles », \
        un réseau social destiné à ses militants.

        Une nouvelle manière de militer

        « Ce n’est pas un site de plus », a déclaré Xavier Bertrand.

        réunions de quartier

        porte-à-porte""", a.text());
  }

  @Test
  void markdownWithoutFrontMatterTakesHeadingAsTitle() throws Exception {
    Path f = TestFiles.write(root, "blog/coopol.md", """
        # La Coopol est lancée

        Le Parti socialiste a ouvert mardi **La Coopol**, son réseau social.
        """);
    Article a = one(f);
    assertEquals("La Coopol est lancée", a.title());
    assertEquals("blog", a.source());
    assertEquals("Le Parti socialiste a ouvert mardi La Coopol, son réseau social.", a.text());
    assertNull(a.published());
  }

  @Test
  void markdownBlockListsAndFrenchDate() throws Exception {
    Path f = TestFiles.write(root, "blog/lancar.md", """
        ---
        titre: Le courriel de Benjamin Lancar
        date: mercredi 10 février 2010 à 14h05
        auteurs:
          - Hélène Barthès
          - Pierre Jaxel-Truer
        tags:
          - UMP
          - Jeunes Populaires
        lang: fr
        ---
        Le président des Jeunes Populaires a menacé ses responsables départementaux.
        """);
    Article a = one(f);
    assertEquals("Le courriel de Benjamin Lancar", a.title());
    assertEquals("Hélène Barthès, Pierre Jaxel-Truer", a.author());
    assertEquals(List.of("UMP", "Jeunes Populaires"), a.tags());
    assertEquals(ZonedDateTime.parse("2010-02-10T14:05+01:00[Europe/Paris]"), a.published());
    assertEquals("fra", a.language());
  }

  @Test
  void unclosedFrontMatterIsReported() {
    Path f = TestFiles.write(root, "blog/bad.md", "---\ntitle: sans fin\n\nLe texte.\n");
    IngestException e = org.junit.jupiter.api.Assertions.assertThrows(IngestException.class, () -> INGESTOR.read(f, root));
    assertTrue(e.getMessage().contains("bad.md") && e.getMessage().contains("never closed"), e.getMessage());
  }
}
