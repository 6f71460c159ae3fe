package fr.veille.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a folder of many small French political articles (Markdown with front matter, some plain
 * text), deterministic for a seed: enough files for indexing runs that last seconds, so that they
 * can be interrupted and queried while they run. Some articles are undated (left out of time
 * series) and some files repeat another file's text word for word (exact duplicates, not indexed
 * twice).
 */
final class GeneratedCorpus {
  private GeneratedCorpus() {}

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private static final List<String> SOURCES =
      List.of("Le Monde", "Libération", "Le Figaro", "20 Minutes", "Le Parisien", "L'Express", "AFP", "La Dépêche", "Rue89");

  private static final List<String> TITLES =
      List.of(
          "Benjamin Lancar dans la tourmente après son courriel",
          "L'UMP lance les « Créateurs de possibles »",
          "La Coopol, le réseau social du PS, séduit les militants",
          "David Assouline dénonce les méthodes des Jeunes Populaires",
          "Régionales : les candidats misent sur le web",
          "Xavier Bertrand réunit les secrétaires départementaux",
          "Martine Aubry veut mobiliser les militants socialistes",
          "Le porte-à-porte numérique des partis avant les régionales",
          "Les Jeunes Populaires sommés de s'inscrire sur le réseau de l'UMP",
          "Après les régionales, le bureau politique de l'UMP s'interroge",
          "Haïti : les partis mobilisent leurs réseaux",
          "Conventions thématiques : l'UMP prépare 2012");

  private static final List<String> SENTENCES =
      List.of(
          "Le président des Jeunes Populaires, Benjamin Lancar, a menacé de limogeage les responsables départementaux qui ne s'inscriraient pas sur le réseau social de l'UMP.",
          "Le courriel, révélé mardi, a provoqué un tollé à gauche comme à droite.",
          "« C'était une blague », s'est défendu M. Lancar devant la presse.",
          "David Assouline, secrétaire national du PS à la communication, dénonce « des méthodes d'un autre âge ».",
          "Le Parti socialiste a ouvert la Coopol, une coopérative politique en ligne destinée à ses militants.",
          "Martine Aubry veut faire du réseau un outil de mobilisation avant les élections régionales de mars.",
          "L'UMP inaugure son propre réseau social, baptisé « Créateurs de possibles ».",
          "Les sympathisants pourront y proposer des initiatives locales et échanger avec les élus.",
          "Xavier Bertrand, secrétaire général de l'UMP, promet « un réseau ouvert à tous ».",
          "Les candidats aux régionales multiplient les vidéos, les blogs et les pages Facebook.",
          "À gauche, on raille un site « vide » où les militants s'ennuient.",
          "Le phoning et le porte-à-porte restent pourtant les armes favorites des équipes de campagne.",
          "Au soir du premier tour, la gauche arrive largement en tête dans la plupart des régions.",
          "Le bureau politique de l'UMP s'est réuni mardi pour tirer les leçons de la défaite.",
          "Plusieurs élus de la majorité réclament un changement de ligne avant 2012.",
          "Les militants restent fidèles à Facebook, plus qu'aux réseaux maison des partis.",
          "Un conseiller de Jean-François Copé juge l'initiative « maladroite mais sincère ».",
          "Le secrétaire départemental reconnaît que l'inscription n'avait rien d'obligatoire.",
          "Les responsables socialistes revendiquent plus de cinquante mille inscrits sur la Coopol.",
          "La polémique a largement circulé sur Twitter et dans les blogs politiques.",
          "Le mouvement des jeunes de l'UMP compte environ quarante mille adhérents selon la direction.",
          "Les conventions thématiques doivent nourrir le projet présidentiel de 2012.",
          "La collecte de dons pour Haïti mobilise les fédérations de tous les partis.",
          "Dans l'entourage de Nicolas Sarkozy, on minimise l'affaire du courriel.");

  /** Relative paths of the files written, in the order the ingestor walks them. */
  static List<String> write(Path folder, int articles, long seed) throws IOException {
    Random random = new Random(seed);
    List<String> written = new ArrayList<>(articles);
    List<String> bodies = new ArrayList<>();
    ZonedDateTime start = ZonedDateTime.of(2010, 1, 4, 7, 0, 0, 0, PARIS);
    for (int i = 0; i < articles; i++) {
      String source = SOURCES.get(random.nextInt(SOURCES.size()));
      String folderName =
          Normalizer.normalize(source, Normalizer.Form.NFD)
              .replaceAll("\\p{M}", "")
              .toLowerCase(Locale.ROOT)
              .replaceAll("[^a-z0-9]+", "-")
              .replaceAll("^-|-$", "");
      ZonedDateTime published = start.plusMinutes(random.nextInt(120 * 24 * 60));
      String title = TITLES.get(random.nextInt(TITLES.size())) + " (" + (i + 1) + ")";
      String body;
      if (!bodies.isEmpty() && random.nextInt(50) == 0) {
        body = bodies.get(random.nextInt(bodies.size())); // an exact duplicate of an earlier article
      } else {
        body = body(random, i);
        bodies.add(body);
      }
      String name = String.format(Locale.ROOT, "%s/%s-%05d", folderName, published.toLocalDate(), i);
      String relative;
      String content;
      if (random.nextInt(10) == 0) {
        // Plain text: title line, then the body; dated in the text half of the time.
        relative = name + ".txt";
        boolean dated = random.nextBoolean();
        content = title + "\n" + (dated ? "Publié le " + published.toLocalDate() + "\n" : "") + "\n" + body + "\n";
      } else {
        relative = name + ".md";
        boolean dated = random.nextInt(20) != 0;
        content =
            "---\n"
                + "title: \"" + title.replace("\"", "'") + "\"\n"
                + (dated ? "date: " + published.toOffsetDateTime() + "\n" : "")
                + "source: " + source + "\n"
                + "url: https://www.example.fr/" + name + ".html\n"
                + "tags: [politique, " + (random.nextBoolean() ? "UMP" : "PS") + "]\n"
                + "---\n"
                + body
                + "\n";
      }
      Path file = folder.resolve(relative);
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
      written.add(relative);
    }
    return written;
  }

  /** A JSON Lines export of {@code articles} dated articles: one file, several articles. */
  static void writeJsonLines(Path file, int articles, long seed) throws IOException {
    Random random = new Random(seed);
    StringBuilder lines = new StringBuilder();
    ZonedDateTime start = ZonedDateTime.of(2010, 1, 4, 7, 0, 0, 0, PARIS);
    for (int i = 0; i < articles; i++) {
      String title = TITLES.get(random.nextInt(TITLES.size())) + " (export " + seed + "-" + (i + 1) + ")";
      String text = body(random, (int) (seed % 100_000) * 100 + i + 100_000);
      lines.append("{\"id\": \"export-").append(seed).append('-').append(i + 1)
          .append("\", \"title\": \"").append(json(title))
          .append("\", \"date\": \"").append(start.plusHours(7L * i).toOffsetDateTime())
          .append("\", \"source\": \"20 Minutes\", \"text\": \"").append(json(text)).append("\"}\n");
    }
    Files.createDirectories(file.getParent());
    Files.writeString(file, lines, StandardCharsets.UTF_8);
  }

  private static String json(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }

  private static String body(Random random, int n) {
    StringBuilder text = new StringBuilder();
    int paragraphs = 1 + random.nextInt(3);
    for (int p = 0; p < paragraphs; p++) {
      if (p > 0) {
        text.append("\n\n");
      }
      int sentences = 2 + random.nextInt(3);
      for (int s = 0; s < sentences; s++) {
        if (s > 0) {
          text.append(' ');
        }
        text.append(SENTENCES.get(random.nextInt(SENTENCES.size())));
      }
    }
    // A dispatch number makes each text distinct unless it is meant to be a duplicate.
    return text.append("\n\nDépêche n° ").append(n + 1).append('.').toString();
  }
}
