package fr.veille.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the shipped scorer combines its rules and its classifier on press sentences. */
class FrenchSentimentTest {

  private static final FrenchSentiment SCORER = FrenchSentiment.defaults();

  @Test
  void aNeutralLabelComesWithAScoreInsideTheNeutralBand() throws IOException {
    // Documents average their sentences' scores: a neutral sentence scored -0.12 would make a page
    // of neutral reporting negative.
    int neutral = 0;
    for (String file : new String[] {"sentiment-press-2010.tsv", "sentiment-press-2010-fresh.tsv",
        "sentiment-press-2010-heldout.tsv", "sentiment-press-2010-heldout3.tsv", "sentiment-press-2011-heldout4.tsv",
        "sentiment-press-2010-heldout5.tsv", "sentiment-press-2012-heldout6.tsv", "sentiment-press-2016-heldout7.tsv",
        "sentiment-press-2020-heldout8.tsv", "sentiment-press-2024-heldout9.tsv"}) {
      for (SentimentEvaluator.Item item : SentimentEvaluator.read(Path.of("src/test/resources/fr/veille/nlp", file))) {
        Sentiment s = SCORER.score(item.text());
        if (s.label() == SentimentLabel.NEU) {
          neutral++;
          assertTrue(Math.abs(s.score()) < FrenchSentiment.NEUTRAL_BAND, item.text() + " -> " + s.score());
        }
      }
    }
    assertTrue(neutral >= 20, "the press files have neutral reporting: " + neutral);
  }

  @Test
  void theDescriptionNamesTheModelFilesSoThatRetrainedModelsAreSeen(@TempDir Path dir) throws IOException {
    // The pipeline's fingerprint includes it: an index analyses its articles again with new models.
    Path lexicon = Files.writeString(dir.resolve("a.tsv"), "succès\t0.6\tNONE\n");
    Path other = Files.writeString(dir.resolve("b.tsv"), "succès\t0.5\tNONE\n");
    String a = FrenchSentiment.load(lexicon, null).description();
    assertEquals(a, FrenchSentiment.load(lexicon, null).description());
    assertNotEquals(a, FrenchSentiment.load(other, null).description());
    assertTrue(SCORER.description().contains("classifier sha256:"), SCORER.description());
    assertNotEquals(SCORER.description(), SCORER.rulesOnly().description());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      L'UMP a lancé son réseau social le 8 février.                        | false
      Selon Benjamin Lancar, 7.002 militants se sont inscrits.             | false
      Je me suis inscrit sur La Coopol hier soir.                          | true
      @user la Coopol ouvre ce soir #PS                                    | true
      Le site des Créateurs de possibles est en ligne http://example.fr/   | true
      Inscrivez-vous avant lundi !                                         | true
      """)
  void theNeutralGateIsForReportingNotForPersonalTexts(String text, boolean personal) {
    assertEquals(personal, FrenchSentiment.speaksPersonally(SCORER.analyze(text)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Selon le PS, 7.002 militants se sont inscrits sur La Coopol.       | NEU
      L'UMP a lancé son réseau social le 8 février.                      | NEU
      Le courriel maladroit de Benjamin Lancar a provoqué un tollé.      | NEG
      Cette affaire est désastreuse pour l'UMP.                          | NEG
      Ce fut un vrai succès pour le Parti socialiste.                    | POS
      Les deux équipes ont fait match nul samedi à Lyon.                 | NEU
      Nul ne sait encore qui sera le candidat de l'UMP.                  | NEU
      Les premières mesures du gouvernement seront présentées mercredi.  | NEU
      """)
  void pressSentences(String sentence, SentimentLabel expected) {
    assertEquals(expected, SCORER.score(sentence).label(), () -> sentence + " -> " + SCORER.score(sentence));
  }

  /** The vocabulary of reviews: programmes, films and products are judged in the press and on blogs too. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Un navet de plus à la télévision, à fuir.                          | NEG
      La saison 2 est époustouflante, je recommande les yeux fermés.     | POS
      Un scénario cousu de fil blanc et des acteurs qui surjouent.       | NEG
      Franchement, c'est du lourd : ce documentaire m'a scotché.         | POS
      Ce n'est pas terrible, cette nouvelle émission politique.          | NEG
      """)
  void reviewsOfProgrammesAndProducts(String sentence, SentimentLabel expected) {
    assertEquals(expected, SCORER.score(sentence).label(), () -> sentence + " -> " + SCORER.score(sentence));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Toyota rappelle 2,3 millions de véhicules aux États-Unis en raison d'un défaut de pédale d'accélérateur. | neu
      Un salarié de France Télécom s'est donné la mort lundi à Annecy, selon les syndicats.                    | neu
      Les contrevenantes encourront une amende de 150 euros.                                                    | neu
      L'ancien dirigeant libyen Mouammar Kadhafi a été tué jeudi près de Syrte, a annoncé le Conseil national de transition. | neu
      Le parquet de Paris a ouvert mardi une information judiciaire pour blanchiment de fraude fiscale.         | neu
      Le Conseil constitutionnel a validé vendredi l'essentiel de la loi, promulguée dans la foulée.            | neu
      Un homme a été poignardé samedi soir à Marseille, selon la police.                                        | neu
      Le tribunal de commerce a prononcé la liquidation de l'entreprise, placée en faillite en mars.            | neu
      François Fillon a été mis en examen mardi 14 mars.                                                        | neu
      Un incendie a ravagé dans la nuit un entrepôt de Rungis, faisant deux blessés graves.                     | neu
      Le constructeur va supprimer 1 200 postes en France d'ici 2012, a annoncé la direction.                   | neu
      Trois randonneurs ont été emportés par une avalanche dans le massif du Mont-Blanc, où l'alerte rouge était en vigueur. | neu
      La société a été placée en redressement judiciaire, avec 350 salariés en chômage technique.               | neu
      Cette faillite est une honte et un gâchis pour toute la région.                                           | neg
      Ce rappel massif est un fiasco et une humiliation pour Toyota.                                            | neg
      """)
  void factsOfTheNewsAreReportedNotJudged(String text, String label) {
    assertEquals(SentimentLabel.parse(label), SCORER.score(text).label(), () -> SCORER.score(text).toString());
  }
}
