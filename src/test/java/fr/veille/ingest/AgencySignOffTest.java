package fr.veille.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgencySignOffTest {
  private static final Ingestor INGESTOR = Ingestor.defaults();
  @TempDir Path root;

  /** The end of a body (« \n » a line break, « ¶ » a blank line) and what is left of it. */
  @ParameterizedTest(name = "« {0} »")
  @CsvSource(
      delimiterString = "=>",
      quoteCharacter = '"',
      textBlock = """
          Le rassemblement vise les régionales.¶ljg/fa/mpm                 => Le rassemblement vise les régionales.
          Le rassemblement vise les régionales.¶pab-bur/sd                 => Le rassemblement vise les régionales.
          Le rassemblement vise les régionales.¶(AFP)                      => Le rassemblement vise les régionales.
          Le rassemblement vise les régionales.\\nbur/mpf/dch              => Le rassemblement vise les régionales.
          Le rassemblement vise les régionales.¶(AFP)¶pab-bur/sd           => Le rassemblement vise les régionales.
          Le rassemblement vise les régionales.¶bur-ljg/fa  jr/sd          => Le rassemblement vise les régionales.
          Le rassemblement vise les régionales.¶  ljg/fa/mpm  ¶¶           => Le rassemblement vise les régionales.
          Première phrase.\\nSeconde phrase.\\nljg/fa/mpm                  => Première phrase. Seconde phrase.
          Le rassemblement vise les régionales.¶ab/cd/ef/gh/ij             => Le rassemblement vise les régionales.
          Le rassemblement vise les régionales.                            => Le rassemblement vise les régionales.
          PARIS, 3 février 2010 (AFP) – Europe Écologie lance sa campagne. => PARIS, 3 février 2010 (AFP) – Europe Écologie lance sa campagne.
          ljg/fa/mpm¶Le rassemblement vise les régionales.                 => ljg/fa/mpm¶Le rassemblement vise les régionales.
          Le rassemblement vise les régionales.¶Mots-clés : ump/ps         => Le rassemblement vise les régionales.¶Mots-clés : ump/ps
          Le rassemblement vise les régionales.¶Avec l'AFP                 => Le rassemblement vise les régionales.¶Avec l'AFP
          Le rassemblement vise les régionales.¶(AFP) et Reuters           => Le rassemblement vise les régionales.¶(AFP) et Reuters
          Le rassemblement vise les régionales.¶LJG/FA/MPM                 => Le rassemblement vise les régionales.¶LJG/FA/MPM
          Le rassemblement vise les régionales.¶a/b/c                      => Le rassemblement vise les régionales.¶a/b/c
          Le rassemblement vise les régionales.¶abcde/fa                   => Le rassemblement vise les régionales.¶abcde/fa
          Le rassemblement vise les régionales.¶ab/cd/ef/gh/ij/kl          => Le rassemblement vise les régionales.¶ab/cd/ef/gh/ij/kl
          Le rassemblement vise les régionales.¶ljg/fa/mpm.                => Le rassemblement vise les régionales.¶ljg/fa/mpm.
          Il l'a dit et/ou écrit.¶cqfd                                     => Il l'a dit et/ou écrit.¶cqfd
          ljg/fa/mpm                                                       => ljg/fa/mpm
          """)
  void aFinalSignOffGoesAndNothingElse(String body, String expected) {
    String text = body.replace("¶", "\n\n").replace("\\n", "\n");
    assertEquals(expected.replace("¶", "\n\n"), Texts.cleanBody(text));
  }

  /** The same dispatch, sign-off last, in every format: the shared cleaning drops it for all. */
  @Test
  void everyFormatLosesTheSignOff() throws Exception {
    String last = "Europe Écologie revendique un usage intensif d'internet : vidéos, réseaux sociaux et chats hebdomadaires.";
    TestFiles.write(root, "afp/2010-02-03-europe-ecologie.md", """
        ---
        title: "Régionales : Europe Écologie lance sa campagne avec Daniel Cohn-Bendit"
        date: 2010-02-03T15:58:00+01:00
        source: AFP
        ---
        PARIS, 3 février 2010 (AFP) – Europe Écologie a lancé mercredi à Paris sa campagne pour les élections régionales.

        %s

        ljg/fa/mpm
        """.formatted(last));
    TestFiles.write(root, "afp/2010-04-15-jeunes-pop.md", """
        ---
        title: Les Jeunes Populaires réunis en convention à Paris
        ---
        PARIS, 15 avril 2010 (AFP) – Les Jeunes Populaires ont réuni jeudi à Paris environ 600 militants.
        %s
        bur/mpf/dch
        """.formatted(last));
    TestFiles.write(root, "afp/depeche.txt", "Europe Écologie lance sa campagne\n\nPARIS (AFP) – Europe Écologie a lancé sa campagne.\n"
        + last + "\npab-bur/sd\n");
    TestFiles.write(root, "afp/lignes.txt", "Europe Écologie lance sa campagne\nPARIS (AFP) – Europe Écologie a lancé sa campagne.\n"
        + last + "\n(AFP)\n");
    TestFiles.write(root, "afp/export.jsonl", "{\"title\": \"Europe Écologie lance sa campagne\", \"text\": \"PARIS (AFP) – Europe Écologie a lancé sa campagne.\\n\\n"
        + last + "\\n\\nljg/fa/mpm\"}\n");
    TestFiles.write(root, "afp/flux.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>AFP</title>
        <item><title>Europe Écologie lance sa campagne</title>
        <content:encoded><![CDATA[<p>PARIS (AFP) – Europe Écologie a lancé sa campagne.</p><p>%s<br>ljg/fa/mpm</p>]]></content:encoded></item>
        </channel></rss>
        """.formatted(last));
    TestFiles.write(root, "afp/page.html", """
        <html><head><title>Europe Écologie lance sa campagne</title></head><body><article>
        <h1>Europe Écologie lance sa campagne</h1>
        <p>PARIS (AFP) – Europe Écologie a lancé mercredi à Paris sa campagne pour les élections régionales des 14 et 21 mars.</p>
        <p>%s</p>
        <p>ljg/fa/mpm</p>
        </article></body></html>
        """.formatted(last));

    TestFiles.Recorder rec = new TestFiles.Recorder();
    INGESTOR.ingest(root, rec);
    Map<String, String> endings = new TreeMap<>();
    rec.articles.forEach(a -> endings.put(a.path(), tail(a.text())));
    Map<String, String> expected = new TreeMap<>();
    for (String file : new String[] {"afp/2010-02-03-europe-ecologie.md", "afp/2010-04-15-jeunes-pop.md", "afp/depeche.txt",
        "afp/lignes.txt", "afp/export.jsonl", "afp/flux.xml", "afp/page.html"}) {
      expected.put(file, tail(last));
    }
    assertEquals(expected, endings, rec.skipped.toString());
  }

  private static String tail(String text) {
    return text.substring(Math.max(0, text.length() - 40));
  }
}
