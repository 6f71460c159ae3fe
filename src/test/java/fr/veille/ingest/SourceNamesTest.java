package fr.veille.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceNamesTest {
  private static final Ingestor INGESTOR = Ingestor.defaults();
  @TempDir Path root;

  /** Site and feed titles as French outlets gave them in 2010, and the outlet's name. */
  @ParameterizedTest(name = "« {0} » → « {1} »")
  @CsvSource(
      delimiterString = "=>",
      quoteCharacter = '"',
      textBlock = """
          Le Monde.fr                                  => Le Monde
          LE MONDE.FR                                  => LE MONDE
          L'Express.fr                                 => L'Express
          Rue89.com                                    => Rue89
          Bakchich.info                                => Bakchich
          20 Minutes.fr                                => 20 Minutes
          Libération - Politiques                      => Libération
          Le Figaro : Politique                        => Le Figaro
          Le Figaro\u00a0: Politique                   => Le Figaro
          Rue89 | Politique                            => Rue89
          Le Point – Politique                         => Le Point
          Le Monde.fr - Actualité à la Une             => Le Monde
          "  Sud Ouest  "                              => Sud Ouest
          Ouest-France                                 => Ouest-France
          Sud-Ouest                                    => Sud-Ouest
          Midi Libre                                   => Midi Libre
          Ouest-France.fr                              => Ouest-France
          Politique 2.0                                => Politique 2.0
          LeMonde.fr                                   => LeMonde.fr
          lemonde.fr                                   => lemonde.fr
          20minutes.fr                                 => 20minutes.fr
          www.Liberation.fr                            => www.Liberation.fr
          Le Monde.france                              => Le Monde.france
          - Politiques                                 => - Politiques
          ""                                           => ""
          """)
  void siteAndFeedTitlesGiveTheOutletsName(String title, String expected) {
    assertEquals(expected, SourceNames.fromMetadata(title));
  }

  /** One outlet, one name, whatever the format it was collected in; names the user wrote stay as written. */
  @Test
  void theSameOutletHasOneNameAcrossFormats() throws Exception {
    TestFiles.write(root, "lemonde/2010-01-21-lefebvre.html", """
        <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
        <title>Frédéric Lefebvre, le porte-parole qui ne dort jamais - LeMonde.fr</title>
        <meta property="og:site_name" content="Le Monde.fr">
        </head><body><div id="contenu"><h1>Frédéric Lefebvre, le porte-parole qui ne dort jamais</h1>
        <p>Il tweete avant l'aube, répond aux journalistes à minuit et ne manque jamais une matinale : le porte-parole de l'UMP est partout.</p>
        <p>À l'Élysée, on apprécie le soldat ; au groupe UMP de l'Assemblée, on s'agace parfois de ses sorties.</p>
        </div></body></html>""");
    TestFiles.write(root, "lemonde/2010-03-05-petition.md", """
        ---
        title: "Une pétition réclame la démission de Frédéric Lefebvre"
        source: Le Monde
        ---
        Lancée jeudi sur Internet, une pétition demandant la démission du porte-parole de l'UMP a recueilli plusieurs milliers de signatures.
        """);
    TestFiles.write(root, "liberation/flux-politiques-2010.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel>
          <title>Libération - Politiques</title>
          <link>https://www.liberation.fr/politiques</link>
          <item>
            <title>La Coopol, le réseau du PS, ouvre ses portes</title>
            <guid>https://www.liberation.fr/politiques/0101613877-la-coopol-le-reseau-du-ps-ouvre-ses-portes</guid>
            <description>Six jours après l'UMP, le Parti socialiste a lancé mardi soir La Coopol, sa « coopérative politique » en ligne.</description>
          </item>
        </channel></rss>
        """);
    TestFiles.write(root, "liberation/lefebvre-le-tweet-de-trop.html", """
        <html><head><title>Lefebvre, le tweet de trop - Libération</title>
        <script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"Lefebvre, le tweet de trop",
        "publisher":{"@type":"Organization","name":"Libération.fr"}}</script></head>
        <body><article><p>Le porte-parole de l'UMP a accusé les régions socialistes d'avoir négligé les digues, trois jours après la tempête Xynthia.</p></article></body></html>
        """);
    TestFiles.write(root, "blogs/politique20.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.0/">
        <channel>
          <title>Politique 2.0 | Internet, réseaux sociaux et vie politique</title>
          <item>
            <title>Cent jours de réseaux partisans : le bilan</title>
            <content:encoded><![CDATA[Cent jours après le lancement des Créateurs de possibles, l'heure est au bilan.]]></content:encoded>
            <wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
          </item>
        </channel></rss>
        """);
    TestFiles.write(root, "revue/2010-03-04.md", "---\ntitle: Le tweet de trop\nsource: \" Le Monde.fr \"\n---\n"
        + "Frédéric Lefebvre a supprimé son message dans la soirée.\n");
    TestFiles.write(root, "revue/export.jsonl",
        "{\"title\": \"Xynthia : le tweet qui indigne\", \"source\": \"Libération - Politiques\", \"text\": \"La colère ne retombe pas en Vendée.\"}\n");
    TestFiles.write(root, "revue/note.txt", "Le tweet de trop\nSource : Rue89 | Politique\n\nLe porte-parole s'est excusé.\n");

    TestFiles.Recorder rec = new TestFiles.Recorder();
    INGESTOR.ingest(root, rec);
    Map<String, String> sources = new TreeMap<>();
    rec.articles.forEach(a -> sources.put(a.path(), a.source()));
    assertEquals(
        Map.of(
            "lemonde/2010-01-21-lefebvre.html", "Le Monde",
            "lemonde/2010-03-05-petition.md", "Le Monde",
            "liberation/flux-politiques-2010.xml", "Libération",
            "liberation/lefebvre-le-tweet-de-trop.html", "Libération",
            "blogs/politique20.xml", "Politique 2.0",
            "revue/2010-03-04.md", "Le Monde.fr",
            "revue/export.jsonl", "Libération - Politiques",
            "revue/note.txt", "Rue89 | Politique"),
        sources,
        rec.skipped.toString());
  }
}
