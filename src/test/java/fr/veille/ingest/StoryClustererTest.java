package fr.veille.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StoryClustererTest {

  private static final String AFP = """
      PARIS, 9 février 2010 (AFP) - Le président des Jeunes Populaires, Benjamin Lancar, a menacé de démettre \
      les responsables départementaux du mouvement qui n'inscriraient pas leurs adhérents sur « Les Créateurs de \
      possibles », le réseau social lancé en janvier par l'UMP, selon un courriel dont l'AFP a obtenu copie.
      « Tout responsable départemental qui n'aura pas inscrit ses adhérents sur les Créateurs de possibles avant \
      le 15 février sera remplacé. Je ne plaisante pas », écrit M. Lancar dans ce message daté de vendredi.
      Le message, largement diffusé mardi sur internet, a suscité une vague de moqueries sur les blogs et sur Twitter.
      Interrogé, M. Lancar a assuré qu'il s'agissait d'« une blague », « un message au second degré entre responsables ».
      Au siège de l'UMP, on évoquait mardi soir « un excès de zèle » d'un responsable « très investi ».
      Le Parti socialiste n'a pas tardé à réagir. « À l'UMP, on ne s'inscrit pas, on est réquisitionné », a ironisé \
      David Assouline, secrétaire national du PS chargé des médias.""";

  /** The same dispatch as a regional site republishes it: new lead, credit changed, one sentence cut. */
  private static final String ECHO = """
      Le président des Jeunes Pop a menacé de remplacer les responsables qui ne s'inscriraient pas sur le réseau de l'UMP.
      Le président des Jeunes Populaires, Benjamin Lancar, a menacé de démettre les responsables départementaux du \
      mouvement qui n'inscriraient pas leurs adhérents sur « Les Créateurs de possibles », le réseau social lancé en \
      janvier par l'UMP, selon un courriel dont l'AFP a obtenu copie.
      « Tout responsable départemental qui n'aura pas inscrit ses adhérents sur les Créateurs de possibles avant le \
      15 février sera remplacé. Je ne plaisante pas », écrit M. Lancar dans ce message daté de vendredi.
      Le message, largement diffusé mardi sur internet, a suscité une vague de moqueries sur les blogs et sur Twitter.
      Interrogé, M. Lancar a assuré qu'il s'agissait d'« une blague », « un message au second degré entre responsables ».
      Le Parti socialiste n'a pas tardé à réagir. « À l'UMP, on ne s'inscrit pas, on est réquisitionné », a ironisé \
      David Assouline, secrétaire national du PS chargé des médias. (avec AFP)""";

  /** Another article on the same subject, written independently. */
  private static final String OTHER = """
      Il aura suffi de quatre mots. « Je ne plaisante pas » : la conclusion du courriel envoyé par Benjamin Lancar \
      aux responsables des Jeunes Populaires fait le tour du Web depuis mardi. Sur Twitter, on ne compte plus les \
      variations, et plusieurs groupes Facebook moquent déjà le président du mouvement de jeunesse de l'UMP. \
      Joint par téléphone, l'intéressé maintient sa ligne de défense : c'était de l'humour, du second degré. \
      Côté socialiste, on savoure, et David Assouline a posté sur son blog une fausse lettre de licenciement.""";

  @Test
  void exactKeyIgnoresCaseAccentsPunctuationAndSpacing() {
    assertEquals(StoryClusterer.exactKey("Le PS lance La Coopol."), StoryClusterer.exactKey("le ps  lance\nla COOPOL !"));
    assertEquals(StoryClusterer.exactKey("Réseau social"), StoryClusterer.exactKey("reseau social"));
    assertNotEquals(StoryClusterer.exactKey("Le PS lance La Coopol."), StoryClusterer.exactKey("L'UMP lance La Coopol."));
    assertEquals(32, StoryClusterer.exactKey("x").length());
  }

  @Test
  void republishedDispatchJoinsTheStoryOfTheOriginal() {
    StoryClusterer c = new StoryClusterer();
    assertEquals("afp", c.assign("afp", c.signature(AFP)));
    assertEquals("afp", c.assign("sudouest", c.signature(ECHO)));
    assertEquals("rue89", c.assign("rue89", c.signature(OTHER)));
    assertTrue(StoryClusterer.similarity(c.signature(AFP), c.signature(ECHO)) >= 0.6);
    assertTrue(StoryClusterer.similarity(c.signature(AFP), c.signature(OTHER)) < 0.1);
    assertEquals("afp", c.assign("sudouest", c.signature(OTHER)), "an id keeps its story");
    assertEquals(3, c.size());
  }

  @Test
  void rememberedSignaturesSeedTheNextRun() {
    StoryClusterer first = new StoryClusterer();
    long[] sig = first.signature(AFP);
    StoryClusterer next = new StoryClusterer();
    next.remember("afp", "afp", sig);
    assertEquals("afp", next.assign("leparisien", next.signature(ECHO)));
    assertEquals("afp", next.storyOf("leparisien"));
  }

  @Test
  void signaturesAreDeterministic() {
    assertArrayEquals(new StoryClusterer().signature(AFP), new StoryClusterer().signature(AFP));
    assertEquals(StoryClusterer.SIGNATURE_LENGTH, new StoryClusterer().signature("").length);
    assertEquals(StoryClusterer.SIGNATURE_LENGTH, new StoryClusterer().signature("UMP").length);
  }

  @Test
  void badArguments() {
    StoryClusterer c = new StoryClusterer();
    assertThrows(IllegalArgumentException.class, () -> c.assign("a", new long[3]));
    assertThrows(IllegalArgumentException.class, () -> new StoryClusterer(0));
    assertThrows(NullPointerException.class, () -> c.assign(null, c.signature("x")));
  }

  /**
   * Random texts from a French vocabulary: lightly edited copies (a few words replaced, the last
   * sentence dropped) join their original; independent texts never merge.
   */
  @Test
  void randomizedNearDuplicates() {
    Random random = new Random(20100316);
    String[] vocab = ("le la les un une des du de et à en pour sur dans avec par réseau social militants "
        + "parti UMP PS Coopol campagne régionales élus volontaires Lancar Bertrand Assouline courriel "
        + "blague mobilisation internet site initiative section fédération vote électeurs premier second tour "
        + "jeudi mardi janvier février mars Paris Bordeaux Rennes Toulouse succès critique débat").split(" ");
    StoryClusterer c = new StoryClusterer();
    List<String> originals = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      StringBuilder sb = new StringBuilder();
      for (int w = 0; w < 120; w++) {
        sb.append(vocab[random.nextInt(vocab.length)]).append(w % 15 == 14 ? ". " : " ");
      }
      String text = sb.toString();
      originals.add(text);
      assertEquals("o" + i, c.assign("o" + i, c.signature(text)), "independent texts stay apart");
    }
    for (int i = 0; i < originals.size(); i++) {
      String[] words = originals.get(i).split(" ");
      for (int k = 0; k < 4; k++) {
        words[random.nextInt(words.length)] = "AFP";
      }
      String edited = String.join(" ", java.util.Arrays.copyOf(words, words.length - 15));
      assertEquals("o" + i, c.assign("e" + i, c.signature(edited)));
    }
  }
}
