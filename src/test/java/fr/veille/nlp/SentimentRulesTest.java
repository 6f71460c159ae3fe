package fr.veille.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The French rules of the sentiment scorer, one table per rule. Each case names a word or an
 * expression, the sign it must end with after the rules, and the rule the explanation must show.
 * The shipped lexicon is used, through the rules alone, so that every point is explained.
 */
class SentimentRulesTest {

  private static final FrenchSentiment RULES = FrenchSentiment.defaults().rulesOnly();

  private static Optional<SentimentEvidence> evidence(Sentiment s, String text) {
    return s.explanation().stream().filter(e -> e.text().equalsIgnoreCase(text)).findFirst();
  }

  private static SentimentEvidence require(String sentence, String word) {
    Sentiment s = RULES.score(sentence);
    return evidence(s, word).orElseThrow(() -> new AssertionError(
        "no evidence '" + word + "' in « " + sentence + " »: " + s.explanation()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Le bilan du gouvernement n'est pas bon.                          | bon          | -1 | negated
      La Coopol n'est plus attractive depuis les régionales.           | attractive   | -1 | negated
      Ce réseau ne sera jamais efficace.                               | efficace     | -1 | negated
      Le site n'a guère convaincu les militants.                       | convaincu    | -1 | negated
      Le projet ne présente aucun intérêt pour les adhérents.          | intérêt      | -1 | negated
      Un lancement sans succès pour l'UMP.                             | succès       | -1 | negated
      Ce n'est pas une mauvaise idée, cette plateforme.                | mauvaise     |  1 | litotes
      Ni efficace ni utile, estime le sénateur.                        | efficace     | -1 | negated
      Rien de bon ne sortira de cette réunion.                         | bon          | -1 | negated
      """)
  void negationScopeFlipsTheWord(String sentence, String word, int sign, String rule) {
    SentimentEvidence e = require(sentence, word);
    assertEquals(sign, (int) Math.signum(e.contribution()), e.toString());
    assertTrue(e.rule().contains(rule), e.rule());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Benjamin Lancar ne cache pas sa fierté devant ce succès.         | fierté       |  1
      Le sénateur ne dissimule pas sa colère contre la direction.      | colère       | -1
      Sans cacher son enthousiasme, la militante présente La Coopol.   | enthousiasme |  1
      Elle ne masque pas sa déception après le lancement.              | déception    | -1
      """)
  void notHidingAFeelingShowsIt(String sentence, String word, int sign) {
    SentimentEvidence e = require(sentence, word);
    assertEquals(sign, (int) Math.signum(e.contribution()), e.toString());
    assertTrue(!e.rule().contains("negated") && !e.rule().contains("litotes"), e.rule());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      On le disait fini, mais le député ne manque pas d'atouts.        | atouts       |  1
      La tête de liste ne manque pas de talent.                        | talent       |  1
      Le candidat ne manquera pas d'humour pendant le débat.           | humour       |  1
      """)
  void notLackingAQualityIsHavingIt(String sentence, String word, int sign) {
    SentimentEvidence e = require(sentence, word);
    assertEquals(sign, (int) Math.signum(e.contribution()), e.toString());
    assertTrue(!e.rule().contains("negated") && !e.rule().contains("litotes"), e.rule());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Les syndicats dénoncent un manque de courage du gouvernement.   | courage      | -1
      Cette campagne manque d'enthousiasme, selon les militants.      | enthousiasme | -1
      La plateforme manque cruellement de clarté.                     | clarté       | -1
      """)
  void lackingAQualityIsItsOpposite(String sentence, String word, int sign) {
    SentimentEvidence e = require(sentence, word);
    assertEquals(sign, (int) Math.signum(e.contribution()), e.toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Franchement, un 4/10 généreux pour cette saison.                 | 4/10         | -1
      Mise en scène splendide, 16/20 sans hésiter.                     | 16/20        |  1
      Je mets 5 étoiles à La Coopol, bravo aux développeurs.           | 5 étoiles    |  1
      Allez, une étoile pour l'effort, pas plus.                       | une étoile   | -1
      Un petit 3,5/5 pour ce premier épisode.                          | 3,5/5        |  1
      Le site ne vaut pas plus de deux étoiles.                        | deux étoiles | -1
      """)
  void ratingsAreTheWritersOpinion(String sentence, String rating, int sign) {
    SentimentEvidence e = require(sentence, rating);
    assertEquals(sign, (int) Math.signum(e.contribution()), e.toString());
    assertTrue(e.rule().startsWith("rating"), e.rule());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Le sommet se tiendra dans un hôtel cinq étoiles de Deauville.    | cinq étoiles
      Le casting cinq étoiles n'y change rien.                         | cinq étoiles
      La réunion a eu lieu le 5/10/2010 au siège de l'UMP.             | 5/10
      """)
  void starsOfAClassAndDatesAreNotRatings(String sentence, String words) {
    Sentiment s = RULES.score(sentence);
    assertTrue(s.explanation().stream().noneMatch(e -> e.rule().startsWith("rating") || e.text().equals(words)),
        s.explanation().toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Ce réseau social, j'aime pas du tout.                            | aime         | -1
      Ils l'apprécient pas, ce nouveau site.                           | apprécient   | -1
      On adore pas les réunions du lundi.                              | adore        | -1
      """)
  void spokenFrenchDeniesTheVerbBeforePas(String sentence, String word, int sign) {
    SentimentEvidence e = require(sentence, word);
    assertEquals(sign, (int) Math.signum(e.contribution()), e.toString());
    assertTrue(e.rule().contains("negated"), e.rule());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Les Rafale français ont sans doute évité un massacre à Benghazi. | massacre     |  1
      Le maire a réuni les élus pour éviter le pire.                   | pire         |  1
      En évitant la faillite, le groupe sauve 2 000 emplois.           | faillite     |  1
      La majorité a évité une défaite au Sénat.                        | défaite      |  1
      """)
  void avoidingABadThingIsGood(String sentence, String word, int sign) {
    SentimentEvidence e = require(sentence, word);
    assertEquals(sign, (int) Math.signum(e.contribution()), e.toString());
    Sentiment s = RULES.score(sentence);
    assertTrue(s.explanation().stream().noneMatch(x -> x.text().startsWith("évit")), s.explanation().toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      La lutte contre la fraude figure parmi les priorités du budget. | fraude
      Les centres de vaccination contre la grippe ouvrent lundi.      | grippe
      Le plan contre le décrochage scolaire sera présenté mardi.      | décrochage
      Un rassemblement contre le racisme aura lieu samedi à Lyon.     | racisme
      """)
  void whatIsFoughtIsATopicNotATone(String sentence, String word) {
    Sentiment s = RULES.score(sentence);
    assertTrue(evidence(s, word).isEmpty(), s.explanation().toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Les syndicats manifestent contre une réforme injuste.            | injuste
      Les accusations du sénateur contre Lancar sont graves.           | graves
      """)
  void anOpinionAfterWhatIsFoughtStays(String sentence, String word) {
    require(sentence, word);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Trois heures de retard à Montparnasse… Merci pour ce voyage inoubliable :-(   | inoubliable
      Troisième TER supprimé cette semaine. Bravo la SNCF, vraiment génial :(         | génial
      """)
  void praiseEndingOnAFrownIsIrony(String sentence, String word) {
    SentimentEvidence e = require(sentence, word);
    assertTrue(e.contribution() < 0 && e.rule().contains("irony"), e.toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Des pélicans englués, des plages noires de pétrole, et BP qui promet un impact « très, très modeste ». Magnifique. | Magnifique
      Encore une défaite humiliante et un vestiaire en guerre ouverte. Bravo les artistes... | Bravo
      """)
  void praiseClosingANegativeTextIsIrony(String sentence, String word) {
    SentimentEvidence e = require(sentence, word);
    assertTrue(e.contribution() < 0 && e.rule().contains("irony (closing praise)"), e.toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Le premier tome était lent et confus. Mais quel final ! Magnifique.  | Magnifique
      La Coopol a connu des débuts difficiles. Aujourd'hui elle réunit des milliers de militants enthousiastes. | enthousiastes
      La campagne fut rude et décevante. Belle victoire.                  | victoire
      """)
  void praiseThatTurnsTheTextOrSaysMoreIsNoIrony(String sentence, String word) {
    SentimentEvidence e = require(sentence, word);
    assertTrue(e.contribution() > 0, e.toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Des meetings hors de prix et des fausses factures à la pelle ;-) | ;-)
      Encore un TER supprimé et trois heures de retard :D             | :D
      """)
  void aSmileClosingNegativeWordsIsSarcasm(String sentence, String symbol) {
    SentimentEvidence e = require(sentence, symbol);
    assertTrue(e.contribution() < 0 && e.rule().contains("irony (final smile)"), e.toString());
  }

  @org.junit.jupiter.api.Test
  void aSmileClosingPraiseIsJoy() {
    SentimentEvidence e = require("Belle soirée avec les militants de la Coopol :-)", ":-)");
    assertTrue(e.contribution() > 0, e.toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Ma femme ne me voit plus depuis que j'ai la tablette :-) | :-)
      Je ne sais pas encore si je vais voter 😀                  | 😀
      """)
  void emoticonsAreNeverNegated(String sentence, String symbol) {
    SentimentEvidence e = require(sentence, symbol);
    assertTrue(e.contribution() > 0 && !e.rule().contains("negated") && !e.rule().contains("irony"), e.toString());
  }

  @org.junit.jupiter.api.Test
  void aFrownInsideTheTextIsNoIrony() {
    SentimentEvidence e = require("La Coopol est une belle réussite :( mais le site rame encore.", "belle");
    assertTrue(e.contribution() > 0, e.toString());
  }

  @org.junit.jupiter.api.Test
  void parContreIsAContrastNotAnOpposition() {
    Sentiment s = RULES.score("La droite a gagné, par contre la défaite est lourde pour le MoDem.");
    assertTrue(evidence(s, "défaite").isPresent(), s.explanation().toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Un parcours sans faute pour la tête de liste socialiste.         | sans faute   |  1
      Ce n'est pas un sans faute pour la tête de liste.                | sans faute   | -1
      """)
  void anExpressionsOwnNegatorIsPartOfItsMeaning(String sentence, String expression, int sign) {
    SentimentEvidence e = require(sentence, expression);
    assertEquals(sign, (int) Math.signum(e.contribution()), e.toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Lancar, lui, a choisi de ne pas répondre aux moqueries.          | moqueries    | -1 | lexicon
      Le ministre ne répond pas aux critiques de l'opposition.         | critiques    | -1 | lexicon
      L'affaire n'a pas créé le problème, elle l'a rendu visible.      | problème     | -1 | lexicon
      Ce n'est pas la bonne méthode pour les militants.                | bonne        | -1 | negated
      Ce réseau ne mérite pas ce succès.                               | succès       | -1 | negated
      Ce n'est pas une simple maladresse, c'est une faute.             | maladresse   | -1 | lexicon
      """)
  void aNegatedVerbLeavesItsDefiniteObjectAlone(String sentence, String word, int sign, String rule) {
    SentimentEvidence e = require(sentence, word);
    assertEquals(sign, (int) Math.signum(e.contribution()), e.toString());
    assertEquals(rule.equals("negated"), e.rule().contains("negated"), e.rule());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Il ne parle que de succès depuis lundi.              | succès
      Ce n'est pas que le bilan soit bon, dit-il.          | quelque-chose-absent
      Le maire reste sans doute le plus efficace.          | efficace
      """)
  void restrictionsAreNotNegations(String sentence, String word) {
    Sentiment s = RULES.score(sentence);
    evidence(s, word).ifPresent(e -> {
      assertTrue(e.contribution() > 0, e.toString());
      assertTrue(!e.rule().contains("negated"), e.rule());
    });
    if (!word.equals("quelque-chose-absent")) {
      assertTrue(evidence(s, word).isPresent(), s.explanation().toString());
    }
  }

  @ParameterizedTest(name = "{0} vs {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Un bilan très bon pour la majorité.      | Un bilan bon pour la majorité.     | bon       | 1.5  | intensified x1.5
      Une campagne vraiment réussie.           | Une campagne réussie.              | réussie   | 1.5  | intensified x1.5
      Un discours trop ennuyeux.               | Un discours ennuyeux.              | ennuyeux  | 1.5  | intensified x1.5
      Un bilan assez bon pour la majorité.     | Un bilan bon pour la majorité.     | bon       | 0.7  | attenuated x0.7
      Une réforme peu convaincante.            | Une réforme convaincante.          | convaincante | -0.5 | minimized x-0.5
      Un candidat à peine crédible.            | Un candidat crédible.              | crédible  | -0.5 | minimized x-0.5
      """)
  void intensifiersAndAttenuatorsScaleTheWord(String modified, String plain, String word, double factor, String rule) {
    SentimentEvidence m = require(modified, word);
    SentimentEvidence p = require(plain, word);
    assertEquals(p.contribution() * factor, m.contribution(), 0.002, m.toString());
    assertTrue(m.rule().contains(rule), m.rule());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Le début de campagne était bon, mais le résultat est décevant.       | bon | décevant
      La plateforme est efficace, pourtant les militants restent déçus.    | efficace | déçus
      Le lancement fut brillant ; cependant le bilan reste médiocre.       | brillant | médiocre
      """)
  void theClauseAfterAContrastWeighsMore(String sentence, String before, String after) {
    Sentiment s = RULES.score(sentence);
    SentimentEvidence b = evidence(s, before).orElseThrow();
    SentimentEvidence a = evidence(s, after).orElseThrow();
    assertTrue(b.rule().contains("before contrast x0.5"), b.rule());
    assertTrue(a.rule().contains("after contrast x1.5"), a.rule());
    assertTrue(s.score() < 0, "the negative clause after the contrast wins: " + s);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Le meeting de Martine Aubry ? Pas mal du tout.                    | mal
      Le bilan n'est pas si mal pour une première campagne.             | mal
      Un débat pas inintéressant entre les deux candidats.              | inintéressant
      Une idée qui n'est pas désagréable aux militants.                 | désagréable
      """)
  void litotesArePositive(String sentence, String word) {
    SentimentEvidence e = require(sentence, word);
    assertTrue(e.contribution() > 0, e.toString());
    assertTrue(e.rule().contains("litotes") || e.rule().contains("negated intensifier"), e.rule());
  }

  @org.junit.jupiter.api.Test
  void pasMalDeIsAQuantityNotAJudgement() {
    Sentiment s = RULES.score("Il y avait pas mal de monde au meeting de l'UMP.");
    assertTrue(evidence(s, "mal").isEmpty(), s.explanation().toString());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      Le courriel de Benjamin Lancar tourne au bad buzz.                        | bad buzz                          | -1
      La lettre a provoqué un tollé chez les Jeunes Populaires.                 | tollé                             | -1
      Cette bévue coûte cher au secrétaire général.                             | bévue                             | -1
      La mobilisation en ligne du PS est un coup de maître.                     | coup de maître                    |  1
      La Coopol a fait un tabac pendant la campagne.                            | fait un tabac                     |  1
      Le site de l'UMP a fait un flop.                                          | fait un flop                      | -1
      La majorité a pris une veste aux régionales.                              | pris une veste                    | -1
      Avec ce courriel, il s'est tiré une balle dans le pied.                   | tiré une balle dans le pied       | -1
      Le ministre se tire une balle dans le pied.                               | tire une balle dans le pied       | -1
      L'ancienne garde des Sceaux en a pris pour son grade.                     | en a pris pour son grade          | -1
      Hervé Morin quitte le ministère par la petite porte.                      | par la petite porte               | -1
      Le plan n'est qu'un simple effet d'annonce, selon les syndicats.          | effet d'annonce                   | -1
      Franchement, chapeau bas : elle a mis tout le monde d'accord.             | chapeau bas                       |  1
      Alain Juppé fait un retour en force au gouvernement.                      | retour en force                   |  1
      Que reste-t-il de l'influence du ministre au Quai d'Orsay ?               | que reste-t-il                    | -1
      """)
  void pressExpressionsAreOneEvidence(String sentence, String expression, int sign) {
    SentimentEvidence e = require(sentence, expression);
    assertEquals(sign, (int) Math.signum(e.contribution()));
    assertTrue(e.rule().startsWith(expression.contains(" ") ? "expression" : "lexicon"), e.rule());
    assertEquals(expression, sentence.substring(e.start(), e.end()).toLowerCase(java.util.Locale.ROOT));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Benjamin Lancar a été vivement critiqué par David Assouline.    | critiqué
      Le PS dénonce les menaces du patron des Jeunes Populaires.       | dénonce
      Plusieurs élus fustigent un excès de zèle.                       | fustigent
      """)
  void reportedCriticismIsNegativeAndMarked(String sentence, String verb) {
    SentimentEvidence e = require(sentence, verb);
    assertTrue(e.contribution() < 0);
    assertTrue(e.rule().contains("reported criticism"), e.rule());
  }

  @org.junit.jupiter.api.Test
  void questionsHalvePraiseAndRhetoricalOpenersAreDoubt() {
    SentimentEvidence asserted = require("Ce réseau social est un succès.", "succès");
    SentimentEvidence asked = require("Ce réseau social est-il un succès ?", "succès");
    assertEquals(asserted.contribution() * 0.5, asked.contribution(), 1e-3);
    assertTrue(asked.rule().contains("question x0.5"), asked.rule());
    Sentiment rhetorical = RULES.score("Comment peut-on croire à ces chiffres ?");
    assertTrue(rhetorical.score() < 0, rhetorical.toString());
  }

  @org.junit.jupiter.api.Test
  void exclamationsAndCapitalsAmplify() {
    SentimentEvidence plain = require("Quel fiasco pour la majorité.", "fiasco");
    SentimentEvidence exclaimed = require("Quel fiasco pour la majorité !", "fiasco");
    assertEquals(plain.contribution() * 1.2, exclaimed.contribution(), 1e-3);
    assertTrue(exclaimed.rule().contains("exclamation x1.2"));
    SentimentEvidence shouted = require("Quel FIASCO pour la majorité.", "fiasco");
    assertEquals(plain.contribution() * 1.25, shouted.contribution(), 1e-3);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Bravo à La Coopol :)                      | :)  |  1 | emoticon
      Encore un couac à l'UMP :(                | :(  | -1 | emoticon
      Le courriel de Lancar 😡                   | 😡  | -1 | emoji
      Belle mobilisation des militants 👍        | 👍  |  1 | emoji
      Merci aux bénévoles ❤️                     | ❤️  |  1 | emoji
      """)
  void emoticonsAndEmojiCount(String sentence, String symbol, int sign, String rule) {
    SentimentEvidence e = require(sentence, symbol);
    assertEquals(sign, (int) Math.signum(e.contribution()));
    assertTrue(e.rule().startsWith(rule), e.rule());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      UMP : le président des Jeunes Pop s'explique
      Régionales : sur La Coopol, les volontaires se mobilisent
      Le parti (UMP) publiera ses chiffres vendredi.
      """)
  void lonePunctuationIsNotAnEmoticon(String sentence) {
    assertEquals(List.of(), RULES.score(sentence).explanation());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      La fédération UMP de la Gironde désignera ses candidats le 12 juin.            | Gironde |
      Selon Mme Belle, adjointe au maire, la liste sera déposée lundi.                | Belle   |
      « Belle réussite », a réagi le porte-parole du parti.                           | Belle   | 1
      Une Belle Victoire Pour Le Parti Socialiste                                     | Belle   | 1
      """)
  void aCapitalInsideASentenceMakesAName(String sentence, String word, Integer sign) {
    java.util.Optional<SentimentEvidence> e = evidence(RULES.score(sentence), word);
    if (sign == null) {
      assertTrue(e.isEmpty(), () -> e.get().toString());
    } else {
      assertEquals(sign, (int) Math.signum(e.orElseThrow().contribution()));
    }
  }

  @org.junit.jupiter.api.Test
  void namesAndNewsWordsAreNotOpinions() {
    Sentiment s = RULES.score("Ségolène Royal, présidente de région, a réuni les responsables du parti sur le site.");
    assertEquals(List.of(), s.explanation());
    assertEquals(SentimentLabel.NEU, s.label());
  }

  @org.junit.jupiter.api.Test
  void gdeltComponentsAreShares() {
    Sentiment s = RULES.score("Un succès pour le PS, un échec cuisant pour l'UMP.");
    assertTrue(s.positive() > 0 && s.negative() > 0);
    assertTrue(s.polarity() > 0 && s.polarity() <= 1);
    assertEquals(2, s.explanation().stream().filter(e -> e.text().equals("succès") || e.text().equals("échec")).count());
  }
}
