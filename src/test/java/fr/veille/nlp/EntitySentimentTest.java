package fr.veille.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tone towards entities: who is criticized, who criticizes, who wins, who is merely mentioned. */
class EntitySentimentTest {

  private static final FrenchSentiment SENTIMENT = FrenchSentiment.defaults();

  private static Sentiment towards(String sentence, String name) {
    int at = sentence.indexOf(name);
    assertTrue(at >= 0, name + " not in " + sentence);
    return SENTIMENT.scoreTowards(sentence, at, at + name.length());
  }

  @ParameterizedTest(name = "{1} in « {0} »")
  @CsvSource(delimiter = '|', textBlock = """
      Benjamin Lancar a été vivement critiqué par David Assouline pour son courriel.  | Benjamin Lancar | neg
      Benjamin Lancar a été vivement critiqué par David Assouline pour son courriel.  | David Assouline | neu
      David Assouline critique sévèrement Benjamin Lancar.                           | Benjamin Lancar | neg
      David Assouline critique sévèrement Benjamin Lancar.                           | David Assouline | neu
      David Assouline s'est moqué de Benjamin Lancar et de ses menaces.              | Benjamin Lancar | neg
      David Assouline s'est moqué de Benjamin Lancar et de ses menaces.              | David Assouline | neu
      Martine Aubry a été félicitée par les militants pour la campagne.              | Martine Aubry   | pos
      Xavier Bertrand salue le travail de Benjamin Lancar.                           | Benjamin Lancar | pos
      Xavier Bertrand salue le travail de Benjamin Lancar.                           | Xavier Bertrand | neu
      Ségolène Royal, présidente de Poitou-Charentes, a jugé le propos « honteux ».  | Ségolène Royal  | neu
      Ségolène Royal, présidente de Poitou-Charentes, a jugé le propos « honteux ».  | Poitou-Charentes | neu
      Martine Aubry déplore une réforme injuste et brutale.                          | Martine Aubry   | neu
      Frédéric Mitterrand a fait une intervention télévisée jugée sincère et convaincante. | Frédéric Mitterrand | pos
      « À l'UMP, on est réquisitionné », a ironisé le porte-parole du PS.             | PS              | neu
      « À l'UMP, on est réquisitionné », a ironisé Benoît Hamon.                      | Benoît Hamon    | neu
      Le président des Jeunes Populaires, Benjamin Lancar, a menacé de démettre les responsables de l'UMP. | Benjamin Lancar | neg
      Benjamin Lancar, a menacé de démettre les responsables de l'UMP.               | Benjamin Lancar | neg
      Martine Aubry juge la réforme injuste, mais elle sort affaiblie du débat.       | Martine Aubry   | neg
      Benoît Hamon qualifie de « fiasco » le réseau des Créateurs de possibles.      | Benoît Hamon    | neu
      Frédéric Lefebvre a été jugé indigne de sa fonction par les élus de gauche.    | Frédéric Lefebvre | neg
      Le juge d'instruction a estimé qu'Éric Woerth avait commis une faute grave.   | Éric Woerth     | neg
      Le rapport de l'Inspection générale des finances blanchit Éric Woerth.         | Éric Woerth     | pos
      Le rapport de l'Inspection générale des finances blanchit Éric Woerth.         | Inspection générale des finances | neu
      Pour Jean-Luc Mélenchon, le directeur du FMI incarne « la politique qui affame les peuples ». | Jean-Luc Mélenchon | neu
      Pour l'UMP, l'affaire du courriel est un camouflet.                            | UMP             | neg
      Les premiers courriels d'avertissement de la Hadopi seront envoyés à l'automne. | Hadopi         | neu
      Dominique de Villepin a été relaxé jeudi par le tribunal correctionnel de Paris. | Dominique de Villepin | pos
      François Fillon a été mis en examen mardi 14 mars.                             | François Fillon | neg
      """)
  void judgementsGoToTheirTargetNotTheirSource(String sentence, String name, String label) {
    assertEquals(SentimentLabel.parse(label), towards(sentence, name).label(), () -> towards(sentence, name).toString());
  }

  @ParameterizedTest(name = "{1} in « {0} »")
  @CsvSource(delimiter = '|', textBlock = """
      Dominique de Villepin a été relaxé jeudi par le tribunal correctionnel de Paris. | tribunal correctionnel de Paris | neu
      Condamné par le tribunal correctionnel de Poitiers, l'ancien maire a été déclaré inéligible. | tribunal correctionnel de Poitiers | neu
      David Assouline dénonce une manœuvre honteuse dans un entretien au Journal du dimanche. | Journal du dimanche | neu
      Le scandale du courriel, révélé par Rue89, embarrasse l'UMP.                   | Rue89           | neu
      Laurent Wauquiez remporte la région face au sortant Jean-Jack Queyranne.       | Jean-Jack Queyranne | neg
      Laurent Wauquiez remporte la région face au sortant Jean-Jack Queyranne.       | Laurent Wauquiez | pos
      Le socialiste Nicolas Mayer-Rossignol s'incline devant Hervé Morin.            | Hervé Morin     | pos
      Le socialiste Nicolas Mayer-Rossignol s'incline devant Hervé Morin.            | Nicolas Mayer-Rossignol | neg
      Benjamin Lancar est réélu à la tête des Jeunes Populaires.                     | Benjamin Lancar | pos
      Au premier tour, Jean-Luc Moudenc bat Pierre Cohen.                            | Pierre Cohen    | neg
      Au premier tour, Jean-Luc Moudenc bat Pierre Cohen.                            | Jean-Luc Moudenc | pos
      Au premier tour, Martine Aubry devance largement Ségolène Royal.               | Ségolène Royal  | neg
      Au premier tour, Martine Aubry devance largement Ségolène Royal.               | Martine Aubry   | pos
      La Coopol est tournée en dérision par les Jeunes Populaires.                   | La Coopol       | neg
      La Coopol est tournée en dérision par les Jeunes Populaires.                   | Jeunes Populaires | neu
      Valérie Pécresse ravit l'Île-de-France à la gauche en battant Claude Bartolone. | Île-de-France  | neu
      Valérie Pécresse ravit l'Île-de-France à la gauche en battant Claude Bartolone. | Claude Bartolone | neg
      L'UMP ravit Tourcoing au Parti socialiste.                                     | Tourcoing       | neu
      L'UMP ravit Tourcoing au Parti socialiste.                                     | Parti socialiste | neg
      L'UMP ravit Tourcoing au Parti socialiste.                                     | UMP             | pos
      """)
  void courtsMediaAndOpponentsAreToldApart(String sentence, String name, String label) {
    assertEquals(SentimentLabel.parse(label), towards(sentence, name).label(), () -> towards(sentence, name).toString());
  }

  @ParameterizedTest(name = "{1} in « {0} »")
  @CsvSource(delimiter = '|', textBlock = """
      Au plus bas dans les sondages, François Hollande annonce qu'il ne se représentera pas. | François Hollande | neg
      Salué à droite comme à gauche, Michel Rocard quitte la vie politique.          | Michel Rocard   | pos
      Critiqué jusque dans son camp, Benjamin Lancar présente ses excuses.           | Benjamin Lancar | neg
      Après la lourde défaite de la gauche, Martine Aubry réunit le bureau national. | Martine Aubry   | neu
      Longtemps favori des sondages, Alain Juppé réunit ses soutiens à Bordeaux.     | Alain Juppé     | neu
      """)
  void anOpeningPhraseDescribesTheNameAfterItsCommaButACircumstanceDoesNot(String sentence, String name, String label) {
    assertEquals(SentimentLabel.parse(label), towards(sentence, name).label(), () -> towards(sentence, name).toString());
  }

  @ParameterizedTest(name = "{1} in « {0} »")
  @CsvSource(delimiter = '|', textBlock = """
      « François Hollande, c'est un capitaine de pédalo dans la tempête », raille Jean-Luc Mélenchon. | François Hollande | neg
      « François Hollande, c'est un capitaine de pédalo dans la tempête », raille Jean-Luc Mélenchon. | Jean-Luc Mélenchon | neu
      « Benjamin Lancar a menacé nos militants », a dénoncé David Assouline.         | Benjamin Lancar | neg
      « Benjamin Lancar a menacé nos militants », a dénoncé David Assouline.         | David Assouline | neu
      """)
  void aJudgementVerbAfterAQuoteJudgesWhomTheQuoteNames(String sentence, String name, String label) {
    assertEquals(SentimentLabel.parse(label), towards(sentence, name).label(), () -> towards(sentence, name).toString());
  }

  @ParameterizedTest(name = "{1} in « {0} »")
  @CsvSource(delimiter = '|', textBlock = """
      Le PS sort grandi de ces régionales, tandis que l'UMP subit une lourde défaite.  | PS  | pos
      Le PS sort grandi de ces régionales, tandis que l'UMP subit une lourde défaite.  | UMP | neg
      La Coopol fait un tabac tandis que Créateurs de possibles peine à convaincre.    | La Coopol | pos
      La Coopol fait un tabac tandis que Créateurs de possibles peine à convaincre.    | Créateurs de possibles | neg
      Le PS a battu l'UMP dans vingt et une régions.                                   | PS  | pos
      Le PS a battu l'UMP dans vingt et une régions.                                   | UMP | neg
      David Assouline a commenté la défaite de l'UMP sur France Info.                  | David Assouline | neu
      David Assouline a commenté la défaite de l'UMP sur France Info.                  | UMP | neg
      Réélu avec 54 % des voix, Georges Frêche inflige un camouflet à Martine Aubry.  | Georges Frêche | pos
      Réélu avec 54 % des voix, Georges Frêche inflige un camouflet à Martine Aubry.  | Martine Aubry  | neg
      La SNCF, qui a ajouté des dizaines de TGV en un temps record, tire son épingle du jeu. | SNCF | pos
      La SNCF tire son épingle du jeu ; Air France accumule les pertes.               | SNCF       | pos
      La SNCF tire son épingle du jeu ; Air France accumule les pertes.               | Air France | neg
      La SNCF tire son épingle du jeu ; Air France, elle, accumule les pertes.        | Air France | neg
      Contraint à la démission, Jean-François Copé sort laminé de l'affaire, quand François Fillon tient sa revanche. | Jean-François Copé | neg
      Contraint à la démission, Jean-François Copé sort laminé de l'affaire, quand François Fillon tient sa revanche. | François Fillon | pos
      """)
  void entitiesWithOppositeFortunesGetTheirOwnScore(String sentence, String name, String label) {
    assertEquals(SentimentLabel.parse(label), towards(sentence, name).label(), () -> towards(sentence, name).toString());
  }

  @Test
  void reportersAndBystandersStayNeutral() {
    String s = "Selon David Assouline, l'initiative de l'UMP est un fiasco complet.";
    assertEquals(SentimentLabel.NEU, towards(s, "David Assouline").label());
    assertEquals(SentimentLabel.NEG, towards(s, "UMP").label());
    String u = "Sollicité par Rue89, l'entourage du député dénonce « une polémique mal venue ».";
    assertEquals(SentimentLabel.NEU, towards(u, "Rue89").label(), () -> towards(u, "Rue89").toString());
    String v = "« C'est une erreur grave », a confié au Figaro un cadre de l'UMP.";
    assertEquals(SentimentLabel.NEU, towards(v, "Figaro").label(), () -> towards(v, "Figaro").toString());
    String t = "Xavier Bertrand a présenté lundi le calendrier, au lendemain du tollé provoqué par le courriel.";
    assertEquals(SentimentLabel.NEU, towards(t, "Xavier Bertrand").label(), () -> towards(t, "Xavier Bertrand").toString());
  }

  @Test
  void explanationsNameTheAttributionRule() {
    Sentiment s = towards("Benjamin Lancar a été vivement critiqué par David Assouline.", "Benjamin Lancar");
    SentimentEvidence e = s.explanation().get(0);
    assertEquals("critiqué", e.text());
    assertTrue(e.rule().contains("intensified x1.5") && e.rule().contains("target"), e.rule());
  }

  /** The tone toward the one mention of {@code name} in a one-sentence document. */
  private static EntitySentiment alone(String sentence, String name, EntityType type) {
    int at = sentence.indexOf(name);
    assertTrue(at >= 0, name + " not in " + sentence);
    return SENTIMENT.byEntity(sentence, List.of(new TextSpan(0, sentence.length())),
        List.of(new SentimentTarget(name, type, at, at + name.length()))).get(0);
  }

  @Test
  void aSiteOrMediumNamedAsWhereItWasSaidGetsNoTone() {
    for (EntityType type : new EntityType[] {EntityType.ORG, EntityType.MISC}) {
      EntitySentiment twitter = alone("Le message a suscité une vague de moqueries sur les blogs et sur Twitter.", "Twitter", type);
      assertEquals(SentimentLabel.NEU, twitter.label(), twitter::toString);
      assertEquals(List.of(), twitter.evidence());
    }
    // the same words about a person named after « sur » still count
    EntitySentiment person = alone("Une vague de moqueries s'abat sur Benjamin Lancar.", "Benjamin Lancar", EntityType.PER);
    assertEquals(SentimentLabel.NEG, person.label(), person::toString);
  }

  @Test
  void aPlaceNamedAsWhereItHappenedGetsNoTone() {
    EntitySentiment marseille = alone("Une fusillade a fait trois morts à Marseille dans la nuit de samedi.", "Marseille", EntityType.LOC);
    assertEquals(SentimentLabel.NEU, marseille.label(), marseille::toString);
    EntitySentiment vaucluse = alone("L'UMP subit une défaite cinglante dans le Vaucluse.", "Vaucluse", EntityType.LOC);
    assertEquals(SentimentLabel.NEU, vaucluse.label(), vaucluse::toString);
    // a place that is itself the subject, or whose defeat it is, still gets the tone
    EntitySentiment france = alone("La lourde défaite de la France face à l'Allemagne a déçu les supporters.", "France", EntityType.LOC);
    assertEquals(SentimentLabel.NEG, france.label(), france::toString);
  }

  @Test
  void anEventNamedAsWhenItHappenedGetsNoTone() {
    EntitySentiment war = alone("Les Canadiens de Montréal ont battu les Maple Leafs de Toronto pendant la Seconde Guerre mondiale.",
        "Seconde Guerre mondiale", EntityType.MISC);
    assertEquals(SentimentLabel.NEU, war.label(), war::toString);
    // an event that is itself judged still gets the judgement
    EntitySentiment cup = alone("Le Mondial a été un fiasco pour les Bleus.", "Mondial", EntityType.MISC);
    assertEquals(SentimentLabel.NEG, cup.label(), cup::toString);
  }

  @Test
  void byEntityKeepsEvidenceSentencesAndLeavesNeutralMentionsNeutral() {
    String doc = "Le courriel de Benjamin Lancar a provoqué un tollé. "
        + "Benjamin Lancar a été vivement critiqué par David Assouline. "
        + "Xavier Bertrand a réuni les responsables départementaux lundi.";
    List<TextSpan> sentences = List.of(new TextSpan(0, 51), new TextSpan(52, 112), new TextSpan(113, doc.length()));
    List<SentimentTarget> mentions = new ArrayList<>();
    for (String[] m : new String[][] {{"Benjamin Lancar", "PER"}, {"David Assouline", "PER"}, {"Xavier Bertrand", "PER"}}) {
      int from = 0;
      int at;
      while ((at = doc.indexOf(m[0], from)) >= 0) {
        mentions.add(new SentimentTarget(m[0], EntityType.parse(m[1]), at, at + m[0].length()));
        from = at + 1;
      }
    }
    assertEquals("Le courriel de Benjamin Lancar a provoqué un tollé.", sentences.get(0).of(doc));
    List<EntitySentiment> result = SENTIMENT.byEntity(doc, sentences, mentions);
    assertEquals(List.of("Benjamin Lancar", "David Assouline", "Xavier Bertrand"),
        result.stream().map(EntitySentiment::entity).toList());
    EntitySentiment lancar = result.get(0);
    assertEquals(2, lancar.mentions());
    assertEquals(SentimentLabel.NEG, lancar.label());
    assertEquals(2, lancar.evidence().size());
    EntitySentiment.Evidence second = lancar.evidence().get(1);
    assertEquals(sentences.get(1).start(), second.start());
    SentimentEvidence critique = second.sentiment().explanation().get(0);
    assertEquals("critiqué", doc.substring(critique.start(), critique.end()), "evidence offsets are document offsets");
    assertEquals(SentimentLabel.NEU, result.get(1).label());
    EntitySentiment bertrand = result.get(2);
    assertEquals(SentimentLabel.NEU, bertrand.label());
    assertEquals(0.0, bertrand.score());
    assertEquals(List.of(), bertrand.evidence());
  }

  @Test
  void badSpansAreRejectedWithTheirOffsets() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SENTIMENT.scoreTowards("Le PS gagne.", 3, 40));
    assertTrue(e.getMessage().contains("3..40"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> SENTIMENT.byEntity("Le PS.", List.of(new TextSpan(0, 99)), List.of()));
    assertThrows(IllegalArgumentException.class, () -> SENTIMENT.byEntity("Le PS.", List.of(new TextSpan(0, 6)),
        List.of(new SentimentTarget("PS", EntityType.ORG, 3, 60))));
  }

  @Test
  void randomMentionsAlwaysGiveABoundedScore() {
    String[] sentences = {
      "Le courriel de Benjamin Lancar a provoqué un véritable tollé dans les rangs de la majorité.",
      "La Coopol a fait un tabac, mais l'UMP n'a pas dit son dernier mot !",
      "David Assouline ironise : « Créateurs de possibles, ou d'impossibles ? » 😂",
    };
    Random random = new Random(2010);
    for (int i = 0; i < 300; i++) {
      String s = sentences[random.nextInt(sentences.length)];
      int start = random.nextInt(s.length() - 1);
      int end = start + 1 + random.nextInt(s.length() - start);
      Sentiment t = SENTIMENT.scoreTowards(s, start, end);
      assertTrue(t.score() >= -1 && t.score() <= 1, t.toString());
      for (SentimentEvidence e : t.explanation()) {
        assertEquals(e.text(), s.substring(e.start(), e.end()));
      }
    }
  }
}
