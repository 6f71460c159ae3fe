package fr.veille.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The « done when » of the issue: a folder mixing every format and every kind of bad file. */
class MixedFolderTest {
  @TempDir Path root;

  @Test
  void everyGoodFileIsReadAndEveryBadOneReported() throws IOException {
    TestFiles.write(root, "chroniques/createurs.txt",
        "Créateurs de quoi, au juste ?\nPublié le samedi 9 janvier 2010 à 10h47\n\nJe me suis inscrit sur le réseau social de l’UMP.\n");
    TestFiles.write(root, "afp/ump.md",
        "---\ntitle: L’UMP lance « Les Créateurs de possibles »\ndate: 2010-01-07T12:17:00+01:00\nsource: AFP\n---\nPARIS, 7 janvier 2010 (AFP) – L’UMP a lancé jeudi son réseau social.\n");
    TestFiles.write(root, "ouest/page.html", "<html><head><meta charset=\"windows-1252\"><meta property=\"og:site_name\" content=\"Ouest-France\"></head><body>"
        + "<nav><a href=\"/\">Accueil</a> <a href=\"/bretagne\">Bretagne</a></nav><article><h1>Rennes : l'UMP forme ses militants</h1>"
        + "<time datetime=\"2010-02-08T19:30:00+01:00\">8 février</time><p>Une trentaine d'adhérents ont suivi samedi une formation aux réseaux sociaux, à la permanence.</p>"
        + "</article><div id=\"comments\"><p>Un commentaire de lecteur assez long pour ressembler à un paragraphe.</p></div></body></html>",
        Charset.forName("windows-1252"));
    TestFiles.write(root, "lexpress/export.jsonl",
        "{\"id\": \"lx1\", \"title\": \"Les groupes anti-Lancar font un tabac\", \"date\": \"15/02/2010\", \"source\": \"L'Express\", \"text\": \"Ils sont plus de 25 000.\"}\n");
    TestFiles.write(root, "lemonde/flux.xml", "<rss version=\"2.0\"><channel><title>Le Monde</title><item><title>La Coopol revendique 20 000 inscrits</title>"
        + "<pubDate>Tue, 12 Jan 2010 18:30:00 +0100</pubDate><description>Le PS a présenté mardi son réseau social.</description></item></channel></rss>");
    TestFiles.write(root, "blog/export-wxr.xml", "<rss version=\"2.0\" xmlns:wp=\"http://wordpress.org/export/1.2/\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
        + "<channel><title>La Droite décomplexée</title><item><title>Benjamin, on t'aime bien</title><content:encoded>Je défends l'UMP depuis trois ans.</content:encoded>"
        + "<wp:post_date_gmt>2010-02-16 21:14:00</wp:post_date_gmt><wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item></channel></rss>");
    TestFiles.write(root, "notes/sans-date.md", "# Idées pour la section\n\nOrganiser une réunion sur La Coopol avec les militants.\n");
    // Bad ones.
    TestFiles.write(root, "bad/binaire.txt", TestFiles.hex("00 01 02 03"));
    TestFiles.write(root, "bad/vide.json", new byte[0]);
    TestFiles.write(root, "bad/coupe.json", "{\"title\": \"coupé\", \"text\": \"La fin");
    TestFiles.write(root, "bad/xxe.xml", "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss><channel><item><title>&x;</title></item></channel></rss>");
    Files.createSymbolicLink(root.resolve("bad/boucle"), root);

    TestFiles.Recorder rec = new TestFiles.Recorder();
    IngestSummary s = Ingestor.defaults().ingest(root, rec);

    assertEquals(7, s.filesRead());
    assertEquals(7, s.articles());
    assertEquals(11, s.filesSeen());
    assertEquals(1, s.undated());
    assertEquals(Map.of("fra", 7), s.byLanguage());
    assertEquals(List.of(
        "binaire.txt: binary content (NUL bytes) in a .txt file",
        "boucle: symbolic link loop (points back to the indexed folder)",
        "coupe.json: malformed JSON: truncated (the file ends in the middle of a value)",
        "vide.json: empty file",
        "xxe.xml: XML uses an entity that is never resolved (DTD and external entities are disabled): The entity \"x\" was referenced, but not declared."),
        rec.skipped);

    Article txt = rec.byPath("chroniques/createurs.txt");
    assertEquals("chroniques", txt.source());
    assertEquals(ZonedDateTime.parse("2010-01-09T10:47+01:00[Europe/Paris]"), txt.published());
    Article md = rec.byPath("afp/ump.md");
    assertEquals("AFP", md.source());
    assertEquals("L’UMP lance « Les Créateurs de possibles »", md.title());
    Article html = rec.byPath("ouest/page.html");
    assertEquals("Rennes : l'UMP forme ses militants", html.title());
    assertEquals("Ouest-France", html.source());
    assertEquals(ZonedDateTime.parse("2010-02-08T19:30+01:00"), html.published());
    assertEquals("Une trentaine d'adhérents ont suivi samedi une formation aux réseaux sociaux, à la permanence.", html.text());
    assertEquals("L'Express", rec.byPath("lexpress/export.jsonl").source());
    assertEquals("Le Monde", rec.byPath("lemonde/flux.xml").source());
    Article wxr = rec.byPath("blog/export-wxr.xml");
    assertEquals(ZonedDateTime.parse("2010-02-16T22:14+01:00[Europe/Paris]"), wxr.published());
    assertNull(rec.byPath("notes/sans-date.md").published());
    assertTrue(s.elapsed().toNanos() > 0);
    assertTrue(Files.exists(root.resolve("bad/boucle")));
  }
}
