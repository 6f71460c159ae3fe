package fr.veille.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlReaderTest {
  private static final Ingestor INGESTOR = Ingestor.defaults();
  @TempDir Path root;

  private static final String BODY = """
      <p>Le président des Jeunes Populaires a menacé de remplacer les responsables départementaux qui n'inscriraient pas leurs adhérents.</p>
      <p>Le message, largement diffusé mardi sur Internet, a suscité une vague de moqueries, jusqu'à David Assouline.</p>
      """;

  private Article one(String name, String html) throws IngestException {
    List<Article> list = INGESTOR.read(TestFiles.write(root, name, html), root);
    assertEquals(1, list.size());
    return list.get(0);
  }

  @Test
  void openGraphAndArticleMetaTags() throws Exception {
    Article a = one("sudouest/page.html", """
        <html><head><meta charset="utf-8"><title>Le courriel qui fâche | Sud Ouest</title>
        <meta property="og:title" content="Réseau social de l'UMP : le courriel qui fâche chez les Jeunes Pop">
        <meta property="og:site_name" content="Sud Ouest">
        <meta property="article:published_time" content="2010-02-10T07:15:00+01:00">
        <meta property="article:tag" content="UMP"><meta property="article:tag" content="Jeunes Populaires">
        <meta name="author" content="AFP">
        <link rel="canonical" href="https://www.sudouest.fr/2010/02/10/courriel-2841563.php">
        </head><body><nav><a href="/">Accueil</a><a href="/politique">Politique</a></nav>
        <article><h1>Réseau social de l'UMP : le courriel qui fâche chez les Jeunes Pop</h1>""" + BODY + """
        </article><footer>© Sud Ouest 2010</footer></body></html>""");
    assertEquals("Réseau social de l'UMP : le courriel qui fâche chez les Jeunes Pop", a.title());
    assertEquals("Sud Ouest", a.source());
    assertEquals("AFP", a.author());
    assertEquals(ZonedDateTime.parse("2010-02-10T07:15+01:00"), a.published());
    assertEquals("https://www.sudouest.fr/2010/02/10/courriel-2841563.php", a.url());
    assertEquals(List.of("UMP", "Jeunes Populaires"), a.tags());
    assertTrue(a.text().startsWith("Le président des Jeunes Populaires"), a.text());
    assertFalse(a.text().contains("Accueil") || a.text().contains("©"), a.text());
  }

  @Test
  void jsonLdNewsArticle() throws Exception {
    Article a = one("x/ld.html", """
        <html><head><title>Page</title>
        <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
          {"@type": "WebSite", "name": "Le Figaro"},
          {"@type": ["NewsArticle"], "headline": "Benjamin Lancar plaide la « blague »",
           "datePublished": "2010-02-11T19:48:00+01:00", "author": [{"@type": "Person", "name": "Stanislas Dumesnil"}],
           "publisher": {"@type": "Organization", "name": "Le Figaro"}, "mainEntityOfPage": {"@id": "https://www.lefigaro.fr/politique/2010/02/11/lancar.php"},
           "keywords": ["UMP", "Jeunes Pop"]}]}</script>
        </head><body><div class="content">""" + BODY + "</div></body></html>");
    assertEquals("Benjamin Lancar plaide la « blague »", a.title());
    assertEquals("Le Figaro", a.source());
    assertEquals("Stanislas Dumesnil", a.author());
    assertEquals(ZonedDateTime.parse("2010-02-11T19:48+01:00"), a.published());
    assertEquals("https://www.lefigaro.fr/politique/2010/02/11/lancar.php", a.url());
    assertEquals(List.of("UMP", "Jeunes Pop"), a.tags());
  }

  /** A Le Monde page of 2010: no author in the metadata, the byline in « <span class="auteur"> ». */
  @Test
  void leMonde2010BylineWithBoilerplate() throws Exception {
    Article a = one("lemonde/2010-01-12-coopol.html", """
        <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <title>Le PS lance la Coopol, son réseau social - LeMonde.fr</title>
        <meta name="description" content="Le Parti socialiste ouvre sa coopérative politique en ligne."></head>
        <body><div id="header"><a href="/"><img src="/img/logo.gif" alt="Le Monde.fr"></a>
        <ul id="nav"><li><a href="/politique/">Politique</a></li><li><a href="/societe/">Société</a></li></ul>
        <form id="recherche"><input name="q"></form></div>
        <div id="contenu"><div class="contenu_article">
        <h1>Le PS lance la Coopol, son réseau social</h1>
        <p class="signature">Par <span class="auteur">Hélène Bekmezian</span> | LEMONDE.FR | 12.01.10 | 10h30</p>
        <p class="chapo">Le Parti socialiste a ouvert mardi la Coopol, une coopérative politique en ligne destinée à ses militants.</p>
        <p>Martine Aubry veut faire du réseau un outil de mobilisation des militants socialistes avant les élections régionales de mars, face aux « Créateurs de possibles » de l'UMP.</p>
        <p>Benoît Thieulin, qui a conçu le site, promet « un outil ouvert, où chacun pourra proposer une action locale ».</p>
        <div class="sur_le_meme_sujet"><h3>Sur le même sujet</h3><ul><li><a href="/a">L'UMP ouvre les Créateurs de possibles</a></li></ul></div>
        </div>
        <div id="reactions"><h3>Réactions</h3>
        <div class="reaction"><span class="author">Militant du 93</span> <p>Enfin ! Il était temps que le parti se mette au web.</p></div>
        </div></div>
        <div id="footer">© Le Monde.fr | Fréquentation certifiée par l'OJD | CGV | Mentions légales</div>
        </body></html>""");
    assertEquals("Hélène Bekmezian", a.author());
    assertEquals("Le PS lance la Coopol, son réseau social", a.title());
    assertTrue(a.text().startsWith("Le Parti socialiste a ouvert mardi la Coopol"), a.text());
    assertFalse(a.text().contains("Bekmezian") || a.text().contains("Militant du 93") || a.text().contains("Mentions légales"), a.text());
  }

  /** Bylines known by their class only, and what is not a byline although its class says so. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = "=>",
      textBlock = """
          <span class="auteur">Lilian Alemagna</span>                                                     => Lilian Alemagna
          <p class="signature">Par <span class="auteur">Anne-Sophie Marec</span> | LEMONDE.FR | 08.01.10 | 11h26</p> => Anne-Sophie Marec
          <div class="byline">Par Lilian Alemagna, envoyé spécial à Lyon</div>                           => Lilian Alemagna
          <p class="byline">par Lilian Alemagna, le 10 février 2010 à 18h12</p>                         => Lilian Alemagna
          <p class="byline">Par Nadia Benali — 12 février 2010 à 16h20</p>                              => Nadia Benali
          <div class="signature">Par Lilian Alemagna Publié le 10/02/2010 à 18h12</div>                  => Lilian Alemagna
          <div class="signature">Par Marc de Boni, Lilian Alemagna</div>                                 => Marc de Boni, Lilian Alemagna
          <span class="author">Marc de Boni et Lilian Alemagna</span>                                    => Marc de Boni et Lilian Alemagna
          <span class="author vcard"><a class="url fn n" href="/author/gdk/">Guillaume de Kervel</a></span> => Guillaume de Kervel
          <a rel="author" href="/auteurs/assouline">Écrit par David Assouline</a>                       => David Assouline
          <div id="comments"><div class="comment"><span class="author">Sandrine B.</span> dit : bravo !</div></div> => ''
          <div class="author">Lilian Alemagna est journaliste au service politique de Libération.</div>  => ''
          <p class="byline">mardi 12 janvier 2010</p>                                                    => ''
          """)
  void bylineByClass(String byline, String expected) throws Exception {
    Article a = one("x/byline.html", "<html><body><h1>Benjamin Lancar plaide la « blague »</h1>" + byline
        + "<div class=\"article\">" + BODY + "</div></body></html>");
    assertEquals(expected, a.author());
  }

  /** Without metadata, the date comes from the page: <time>, a date line, the URL. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          time element    | <p class="x"><time datetime="2010-02-10T11:34:00+01:00">10/02/2010 – 11H34</time></p>          | 2010-02-10T11:34+01:00
          written byline  | <div class="infos">Par Camille Vasseur, publié le mercredi 10 février 2010 à 11h34</div>      | 2010-02-10T11:34+01:00[Europe/Paris]
          plain date line | <p>Mis en ligne le 10/02/2010 à 11:34</p>                                                    | 2010-02-10T11:34+01:00[Europe/Paris]
          canonical URL   | <link rel="canonical" href="https://www.rue89.com/2010/02/10/methode-lancar-138512">          | 2010-02-10T00:00+01:00[Europe/Paris]
          """)
  void dateWrittenInThePage(String kind, String snippet, String expected) throws Exception {
    Article a = one("rue89/" + kind.replace(' ', '-') + ".html",
        "<html><body><h1>« Je ne plaisante pas » : la méthode Lancar</h1>" + snippet + "<div>" + BODY + "</div></body></html>");
    assertEquals(expected, String.valueOf(a.published()));
    assertFalse(a.text().contains("11h34") || a.text().contains("11:34"), a.text());
  }

  @Test
  void commentDatesAreNotThePublicationDate() throws Exception {
    Article a = one("blog/c.html", "<html><body><h1>Titre du billet</h1><div class=\"post\">" + BODY
        + "</div><div id=\"comments\"><time datetime=\"2010-02-12T09:00:00+01:00\">12 février</time><p>Bravo !</p></div></body></html>");
    assertEquals(null, a.published());
  }

  @Test
  void declaredWindows1252Charset() throws Exception {
    byte[] head = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><title>Ouest</title></head><body><h1>"
        .getBytes(StandardCharsets.US_ASCII);
    // « L’œuvre coûte 5 € » — ’ (92), œ (9C), û (FB), € (80) in Windows-1252.
    byte[] title = TestFiles.hex("4C 92 9C 75 76 72 65 20 63 6F FB 74 65 20 35 20 80");
    byte[] rest = "</h1><p>Le budget de la campagne num\u00e9rique de la f\u00e9d\u00e9ration d'Ille-et-Vilaine est modeste, mais il est assum\u00e9.</p></body></html>"
        .getBytes(StandardCharsets.ISO_8859_1);
    Article a = INGESTOR.read(TestFiles.write(root, "ouest/cp.html", TestFiles.concat(head, title, rest)), root).get(0);
    assertEquals("L’œuvre coûte 5 €", a.title());
    assertTrue(a.text().contains("numérique de la fédération"), a.text());
  }

  @Test
  void iso885915PageWithoutDeclaration() throws Exception {
    // « Coût : 15 000 € pour l'œuvre » in ISO-8859-15: € is A4, œ is BD.
    byte[] html = TestFiles.concat(
        "<html><body><h1>".getBytes(StandardCharsets.US_ASCII),
        TestFiles.hex("43 6F FB 74 20 3A 20 31 35 20 30 30 30 20 A4 20 70 6F 75 72 20 6C 27 BD 75 76 72 65"),
        "</h1><p>La f\u00e9d\u00e9ration a vot\u00e9 le budget de la campagne des r\u00e9gionales mardi soir.</p></body></html>"
            .getBytes(StandardCharsets.ISO_8859_1));
    Article a = INGESTOR.read(TestFiles.write(root, "x/latin9.htm", html), root).get(0);
    assertEquals("Coût : 15 000 € pour l'œuvre", a.title());
  }

  @Test
  void utf8BomAndEntities() throws Exception {
    byte[] html = TestFiles.concat(TestFiles.hex("EF BB BF"),
        "<html><body><h1>L&rsquo;UMP &amp; le PS</h1><p>Le r&eacute;seau &laquo;&nbsp;Cr&eacute;ateurs de possibles&nbsp;&raquo; a &eacute;t&eacute; lanc&eacute; le 7&nbsp;janvier.</p></body></html>"
            .getBytes(StandardCharsets.UTF_8));
    Article a = INGESTOR.read(TestFiles.write(root, "x/bom.html", html), root).get(0);
    assertEquals("L’UMP & le PS", a.title());
    assertEquals("Le réseau « Créateurs de possibles » a été lancé le 7 janvier.", a.text());
  }

  @Test
  void malformedAndTruncatedHtmlStillGiveTheirText() throws Exception {
    Article a = one("x/trunc.html", "<html><body><h1>Lancar<div><p>Le président des Jeunes Populaires a menacé ses cadres <b>départementaux<p>Le PS s'en amuse");
    assertTrue(a.text().contains("Le président des Jeunes Populaires a menacé ses cadres départementaux"), a.text());
    assertTrue(a.text().contains("Le PS s'en amuse"), a.text());
  }

  @Test
  void deeplyNestedMarkupDoesNotOverflowTheStack() throws Exception {
    String html = "<html><body>" + "<div>".repeat(200_000) + "<p>Le PS lance La Coopol, son réseau social militant.</p>"
        + "</div>".repeat(200_000) + "</body></html>";
    Article a = one("x/nested.html", html);
    assertTrue(a.text().contains("Le PS lance La Coopol"), a.text());
  }

  @Test
  void htmlWithoutAnyTagIsReported() {
    Path f = TestFiles.write(root, "x/plain.html", "juste du texte, pas de balise");
    IngestException e = assertThrows(IngestException.class, () -> INGESTOR.read(f, root));
    assertEquals("not HTML (no tag at all) in a .html file", e.reason());
  }

  @Test
  void pageWithoutTextIsReported() {
    Path f = TestFiles.write(root, "x/empty.html", "<html><head><script>var a = 1;</script></head><body><nav><a href=\"/\">Accueil</a></nav></body></html>");
    IngestException e = assertThrows(IngestException.class, () -> INGESTOR.read(f, root));
    assertEquals("no text found in the page", e.reason());
  }

  /** The bundled evaluation pages: the main-text extraction must reach F1 ≥ 0.95 on tokens. */
  @Test
  void extractionQualityOnTheBundledPages() throws IOException {
    ExtractionEvaluation.Report r = ExtractionEvaluation.scoreOnly(ExtractionEvaluation.DEFAULT_DIR);
    assertTrue(r.pages().size() >= 30, "at least 30 pages, got " + r.pages().size());
    assertTrue(r.f1() >= 0.95, () -> "F1 " + r.f1() + " " + r.pages());
    for (ExtractionEvaluation.PageScore p : r.pages()) {
      assertTrue(p.f1() >= 0.8, () -> p.page() + " F1 " + p.f1());
    }
  }

  @Test
  void tokenScoresCountBagsOfWords() {
    ExtractionEvaluation.PageScore s = ExtractionEvaluation.score("p", "Le PS et l'UMP, le PS.", "le ps et la coopol");
    // expected tokens: le ps et l ump le ps (7); extracted: le ps et la coopol (5); common: le ps et (3)
    assertEquals(7, s.expectedTokens());
    assertEquals(5, s.extractedTokens());
    assertEquals(3, s.commonTokens());
    assertEquals(0.6, s.precision(), 1e-9);
    assertEquals(3 / 7.0, s.recall(), 1e-9);
  }
}
