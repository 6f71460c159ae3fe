package fr.veille.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedReaderTest {
  private static final Ingestor INGESTOR = Ingestor.defaults();
  @TempDir Path root;

  @Test
  void rss2PrefersContentEncodedAndCleansIt() throws Exception {
    Path f = TestFiles.write(root, "lemonde/flux.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel><title>Le Monde</title><link>https://www.lemonde.fr/politique/</link><language>fr</language>
        <item>
          <title>Le courriel comminatoire du patron des Jeunes Pop embarrasse l'UMP</title>
          <link>https://www.lemonde.fr/politique/article/2010/02/10/courriel_1303412.html</link>
          <guid isPermaLink="true">https://www.lemonde.fr/politique/article/2010/02/10/courriel_1303412.html</guid>
          <pubDate>Wed, 10 Feb 2010 12:48:00 +0100</pubDate>
          <dc:creator>Hélène Barthès</dc:creator>
          <category>UMP</category><category>Internet</category>
          <description>Benjamin Lancar plaide la « blague ».</description>
          <content:encoded><![CDATA[<p>La formule devait rester entre responsables.</p><p>Elle a fait le tour du Web.</p>
            <div class="feedflare"><a href="http://feeds.example/~ff">Partager</a></div>
            <script>track()</script>]]></content:encoded>
        </item>
        <item>
          <title>La Coopol dépasse les 30 000 inscrits</title>
          <description>&lt;p&gt;Le PS revendique 30 000 inscrits &amp;amp; 800 groupes.&lt;/p&gt;</description>
        </item>
        </channel></rss>
        """);
    List<Article> list = INGESTOR.read(f, root);
    assertEquals(2, list.size());
    Article a = list.get(0);
    assertEquals("Le courriel comminatoire du patron des Jeunes Pop embarrasse l'UMP", a.title());
    assertEquals("Le Monde", a.source());
    assertEquals("Hélène Barthès", a.author());
    assertEquals(ZonedDateTime.parse("2010-02-10T12:48+01:00"), a.published());
    assertEquals("https://www.lemonde.fr/politique/article/2010/02/10/courriel_1303412.html", a.url());
    assertEquals(List.of("UMP", "Internet"), a.tags());
    assertEquals("La formule devait rester entre responsables.\n\nElle a fait le tour du Web.", a.text());
    Article b = list.get(1);
    assertEquals("Le PS revendique 30 000 inscrits & 800 groupes.", b.text(), "description used when no content");
    assertEquals(null, b.published());
  }

  @Test
  void atomWithXhtmlContentAndAuthors() throws Exception {
    Path f = TestFiles.write(root, "blog/atom.xml", """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
          <title>Politique 2.0</title>
          <entry>
            <title type="html">Créateurs de possibles &lt;em&gt;vs&lt;/em&gt; Coopol</title>
            <link rel="alternate" href="https://politique20.example/2010/01/22/match"/>
            <link rel="replies" href="https://politique20.example/2010/01/22/match#comments"/>
            <id>tag:politique20.example,2010:post-42</id>
            <published>2010-01-22T08:15:32+01:00</published>
            <updated>2010-01-23T10:00:00+01:00</updated>
            <author><name>Antoine Ferrand</name></author>
            <category term="UMP"/><category term="PS"/>
            <summary>Le premier match.</summary>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Dix jours après l'ouverture des Créateurs de possibles, il est temps de comparer.</p><p>L'UMP a construit une machine à actions.</p></div></content>
          </entry>
        </feed>
        """);
    Article a = INGESTOR.read(f, root).get(0);
    assertEquals("Créateurs de possibles vs Coopol", a.title());
    assertEquals("Politique 2.0", a.source());
    assertEquals("Antoine Ferrand", a.author());
    assertEquals("https://politique20.example/2010/01/22/match", a.url());
    assertEquals(ZonedDateTime.parse("2010-01-22T08:15:32+01:00"), a.published());
    assertEquals(List.of("UMP", "PS"), a.tags());
    assertEquals("Dix jours après l'ouverture des Créateurs de possibles, il est temps de comparer.\n\n"
        + "L'UMP a construit une machine à actions.", a.text());
  }

  @Test
  void rss1RdfFeed() throws Exception {
    Path f = TestFiles.write(root, "ps/rdf.rdf", """
        <?xml version="1.0"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel rdf:about="https://www.parti-socialiste.fr/"><title>Parti socialiste</title></channel>
          <item rdf:about="https://www.parti-socialiste.fr/communiques/merci">
            <title>Merci aux volontaires de la Coopol</title>
            <link>https://www.parti-socialiste.fr/communiques/merci</link>
            <dc:date>2010-03-16T15:30:00+01:00</dc:date>
            <description>Le Parti socialiste remercie les milliers de volontaires mobilisés.</description>
          </item>
        </rdf:RDF>
        """);
    Article a = INGESTOR.read(f, root).get(0);
    assertEquals("Parti socialiste", a.source());
    assertEquals(ZonedDateTime.parse("2010-03-16T15:30+01:00"), a.published());
    assertEquals("Le Parti socialiste remercie les milliers de volontaires mobilisés.", a.text());
  }

  @Test
  void wordpressExportKeepsOnlyPublishedPostsWithoutComments() throws Exception {
    Path f = TestFiles.write(root, "droite-decomplexee/export.xml", """
        <?xml version="1.0" encoding="UTF-8" ?>
        <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/"
          xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
        <channel>
          <title>La Droite décomplexée</title>
          <wp:author><wp:author_id>1</wp:author_id><wp:author_login><![CDATA[gkervel]]></wp:author_login><wp:author_display_name><![CDATA[Guillaume de Kervel]]></wp:author_display_name></wp:author>
          <item>
            <title>Benjamin, on t'aime bien, mais…</title>
            <link>https://ladroitedecomplexee.example/2010/02/16/benjamin/</link>
            <pubDate>Tue, 16 Feb 2010 21:14:00 +0000</pubDate>
            <dc:creator><![CDATA[gkervel]]></dc:creator>
            <guid isPermaLink="false">https://ladroitedecomplexee.example/?p=312</guid>
            <content:encoded><![CDATA[Je défends l'UMP sur ce blog depuis trois ans.

        [caption id="attachment_9" align="alignright" width="300"]<img src="lancar.jpg" /> Benjamin Lancar en 2009[/caption]
        Vous le connaissez tous : Benjamin Lancar, président des <strong>Jeunes Pop</strong>.]]></content:encoded>
            <excerpt:encoded><![CDATA[]]></excerpt:encoded>
            <wp:post_id>312</wp:post_id>
            <wp:post_date><![CDATA[2010-02-16 22:14:00]]></wp:post_date>
            <wp:post_date_gmt><![CDATA[2010-02-16 21:14:00]]></wp:post_date_gmt>
            <wp:status><![CDATA[publish]]></wp:status>
            <wp:post_type><![CDATA[post]]></wp:post_type>
            <category domain="category" nicename="ump"><![CDATA[UMP]]></category>
            <category domain="post_tag" nicename="jeunes-pop"><![CDATA[Jeunes Pop]]></category>
            <category domain="post_format" nicename="post-format-aside"><![CDATA[Aside]]></category>
            <wp:postmeta><wp:meta_key><![CDATA[_edit_last]]></wp:meta_key><wp:meta_value><![CDATA[1]]></wp:meta_value></wp:postmeta>
            <wp:comment>
              <wp:comment_author><![CDATA[Jean-Michel]]></wp:comment_author>
              <wp:comment_content><![CDATA[Un commentaire de lecteur qui n'est pas le billet.]]></wp:comment_content>
              <wp:comment_approved><![CDATA[1]]></wp:comment_approved>
            </wp:comment>
          </item>
          <item><title>Brouillon sur la Coopol</title><content:encoded><![CDATA[Pas encore prêt.]]></content:encoded>
            <wp:status><![CDATA[draft]]></wp:status><wp:post_type><![CDATA[post]]></wp:post_type></item>
          <item><title>À propos</title><content:encoded><![CDATA[Ce blog est tenu par un militant.]]></content:encoded>
            <wp:status><![CDATA[publish]]></wp:status><wp:post_type><![CDATA[page]]></wp:post_type></item>
          <item><title>lancar.jpg</title><wp:status><![CDATA[inherit]]></wp:status><wp:post_type><![CDATA[attachment]]></wp:post_type></item>
        </channel></rss>
        """);
    List<Article> list = INGESTOR.read(f, root);
    assertEquals(1, list.size());
    Article a = list.get(0);
    assertEquals("Benjamin, on t'aime bien, mais…", a.title());
    assertEquals("Guillaume de Kervel", a.author());
    assertEquals("La Droite décomplexée", a.source());
    assertEquals(ZonedDateTime.parse("2010-02-16T22:14+01:00[Europe/Paris]"), a.published());
    assertEquals(List.of("UMP", "Jeunes Pop"), a.tags());
    assertEquals("Je défends l'UMP sur ce blog depuis trois ans.\n\n"
        + "Vous le connaissez tous : Benjamin Lancar, président des Jeunes Pop.", a.text());
    assertFalse(a.text().contains("commentaire"));
  }

  @Test
  void wxrWithOnlyDraftsIsReported() {
    Path f = TestFiles.write(root, "b/drafts.xml", """
        <rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>B</title>
        <item><title>Brouillon</title><wp:status>draft</wp:status><wp:post_type>post</wp:post_type></item>
        </channel></rss>""");
    IngestException e = assertThrows(IngestException.class, () -> INGESTOR.read(f, root));
    assertTrue(e.reason().startsWith("WordPress export without any published post"), e.getMessage());
  }

  @Test
  void externalEntityIsNeverResolved() throws IOException {
    Path secret = TestFiles.write(root.resolve("..").normalize(), "secret-" + root.getFileName() + ".txt", "MOT-DE-PASSE-SECRET");
    try {
      Path f = TestFiles.write(root, "x/xxe.xml", """
          <?xml version="1.0"?>
          <!DOCTYPE rss [ <!ENTITY xxe SYSTEM "%s"> ]>
          <rss version="2.0"><channel><title>T</title><item><title>&xxe;</title><description>&xxe;</description></item></channel></rss>
          """.formatted(secret.toUri()));
      TestFiles.Recorder rec = new TestFiles.Recorder();
      INGESTOR.ingest(root, rec);
      assertTrue(rec.articles.isEmpty());
      assertEquals(1, rec.skipped.size());
      assertTrue(rec.skipped.get(0).startsWith("xxe.xml: XML uses an entity that is never resolved"), rec.skipped.toString());
      assertFalse(rec.skipped.get(0).contains("MOT-DE-PASSE"));
      assertTrue(Files.exists(f));
    } finally {
      Files.deleteIfExists(secret);
    }
  }

  @Test
  void entityExpansionBombIsNeverExpanded() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE rss [ <!ENTITY lol \"lol\">");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
    }
    dtd.append("]>");
    Path f = TestFiles.write(root, "x/bomb.xml",
        "<?xml version=\"1.0\"?>" + dtd + "<rss version=\"2.0\"><channel><item><title>&lol9;</title></item></channel></rss>");
    IngestException e = assertThrows(IngestException.class, () -> INGESTOR.read(f, root));
    assertTrue(e.reason().contains("never resolved"), e.getMessage());
  }

  @Test
  void undeclaredEntityWithoutDoctypeIsReported() {
    Path f = TestFiles.write(root, "x/ent.xml",
        "<rss version=\"2.0\"><channel><item><title>&lol9;</title></item></channel></rss>");
    IngestException e = assertThrows(IngestException.class, () -> INGESTOR.read(f, root));
    assertTrue(e.reason().contains("entity"), e.getMessage());
  }

  @Test
  void truncatedFeedKeepsCompleteItemsAndReportsTheCut() throws IOException {
    TestFiles.write(root, "x/coupe.xml", """
        <rss version="2.0"><channel><title>Libération</title>
        <item><title>Le PS ouvre sa Coopol</title><description>Cinq jours après l'UMP, le PS a ouvert La Coopol.</description></item>
        <item><title>Haïti : les réseaux des partis</title><description>Neuf jours après le sé""");
    TestFiles.Recorder rec = new TestFiles.Recorder();
    INGESTOR.ingest(root, rec);
    assertEquals(List.of("Le PS ouvre sa Coopol"), rec.articles.stream().map(Article::title).toList());
    assertTrue(rec.skipped.get(0).startsWith("coupe.xml: partly read (1 article kept): truncated XML"), rec.skipped.toString());
  }

  /** Found by fuzzing: the JDK parser fails with a MissingResourceException on this DOCTYPE. */
  @Test
  void invalidCharacterInDoctypeIsOneBadFile() {
    Path f = TestFiles.write(root, "x/dtd.xml", "<?xml version=\"1.0\"?><!DOCTYPE rss [ <!ELEMENT rss ANY> \u0001 ]><rss><channel><item><title>A</title></item></channel></rss>");
    IngestException e = assertThrows(IngestException.class, () -> INGESTOR.read(f, root));
    assertTrue(e.reason().startsWith("malformed XML"), e.getMessage());
  }

  @Test
  void xmlThatIsNotAFeedIsReported() {
    Path f = TestFiles.write(root, "x/config.xml", "<?xml version=\"1.0\"?><configuration><a>1</a></configuration>");
    IngestException e = assertThrows(IngestException.class, () -> INGESTOR.read(f, root));
    assertEquals("XML file is not a feed (root element <configuration>, expected <rss>, <feed> or <rdf:RDF>)", e.reason());
  }

  @Test
  void malformedXmlIsReportedWithItsPosition() {
    Path f = TestFiles.write(root, "x/bad.xml", "<rss><channel><item><title>A</titre></item></channel></rss>");
    IngestException e = assertThrows(IngestException.class, () -> INGESTOR.read(f, root));
    assertTrue(e.reason().startsWith("malformed XML (line 1, column"), e.getMessage());
  }

  @Test
  void windows1252FeedDeclaredInItsProlog() throws Exception {
    byte[] head = "<?xml version=\"1.0\" encoding=\"windows-1252\"?><rss version=\"2.0\"><channel><title>Sud Ouest</title><item><title>".getBytes(StandardCharsets.US_ASCII);
    // « Les Créateurs coûtent 15 000 € » in Windows-1252 (no-break spaces inside the guillemets).
    byte[] title = TestFiles.hex("AB A0 4C 65 73 20 43 72 E9 61 74 65 75 72 73 20 63 6F FB 74 65 6E 74 20 31 35 20 30 30 30 20 80 A0 BB");
    byte[] tail = "</title><description>Le chiffre fait d\u0092abord sourire.</description></item></channel></rss>".getBytes(StandardCharsets.ISO_8859_1);
    Article a = INGESTOR.read(TestFiles.write(root, "x/cp1252.xml", TestFiles.concat(head, title, tail)), root).get(0);
    assertEquals("« Les Créateurs coûtent 15 000 € »", a.title());
    assertEquals("Le chiffre fait d’abord sourire.", a.text());
  }
}
