package fr.veille.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small folder of French articles in the formats of the foundation: Markdown with front matter and plain text. */
final class IndexFixtures {
  private IndexFixtures() {}

  static final String LANCAR_MD =
      """
      ---
      title: "Le courriel de Benjamin Lancar fait scandale"
      date: 2010-02-09T14:05:00+01:00
      source: Le Monde
      url: https://www.lemonde.fr/politique/2010/02/09/courriel-lancar.html
      author: Claire Dubois
      tags: [UMP, Jeunes Populaires]
      ---
      Le président des Jeunes Populaires, Benjamin Lancar, a menacé de limogeage les responsables
      départementaux du mouvement qui ne s'inscriraient pas sur le réseau social de l'UMP, les
      « Créateurs de possibles ». Le courriel, révélé mardi, a provoqué un tollé à gauche.

      « C'était une blague », s'est défendu M. Lancar. David Assouline, secrétaire national du PS
      à la communication, dénonce « des méthodes d'un autre âge ».
      """;

  static final String COOPOL_MD =
      """
      ---
      title: "Le PS lance la Coopol, son réseau social"
      date: 2010-01-12T10:30:00+01:00
      source: Libération
      url: https://www.liberation.fr/politiques/2010/01/12/coopol.html
      author: Marc Lefort
      ---
      Le Parti socialiste a ouvert mardi la Coopol, une coopérative politique en ligne. Martine Aubry
      veut faire du réseau un outil de mobilisation des militants socialistes avant les élections
      régionales de mars.
      """;

  static final String CREATEURS_TXT =
      """
      L'UMP ouvre les Créateurs de possibles
      Publié le jeudi 7 janvier 2010 à 09h15

      Le parti présidentiel inaugure ce jeudi son propre réseau social. Les sympathisants pourront y
      proposer des initiatives locales et échanger avec les élus. Xavier Bertrand, secrétaire général
      de l'UMP, promet « un réseau ouvert à tous ».
      """;

  static Path write(Path folder, String relative, String content) throws IOException {
    Path file = folder.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  static Path corpus(Path folder) throws IOException {
    write(folder, "lemonde/2010-02-09-courriel-lancar.md", LANCAR_MD);
    write(folder, "liberation/2010-01-12-coopol.md", COOPOL_MD);
    write(folder, "ladepeche/2010-01-07-createurs.txt", CREATEURS_TXT);
    return folder;
  }
}
