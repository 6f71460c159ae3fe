package fr.veille.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrenchLemmatizerTest {
  private static FrenchLemmatizer lemmatizer;

  @BeforeAll
  static void load() throws IOException {
    lemmatizer = FrenchLemmatizer.fromClasspath();
  }

  @ParameterizedTest(name = "{0}/{1} -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      # The POS tag chooses between readings.
      est          | AUX   | être
      est          | NOUN  | est
      a            | AUX   | avoir
      a            | ADP   | à
      A            | ADP   | à
      été          | AUX   | être
      été          | NOUN  | été
      fait         | VERB  | faire
      fait         | NOUN  | fait
      suis         | AUX   | être
      # Verbs: participles, traditional spelling, frequent ambiguities.
      lancé        | VERB  | lancer
      démissionné  | VERB  | démissionner
      prises       | VERB  | prendre
      né           | VERB  | naître
      connue       | VERB  | connaître
      faut         | VERB  | falloir
      permis       | VERB  | permettre
      # Nouns and adjectives: feminine nouns keep their gender, participles as adjectives.
      militants    | NOUN  | militant
      élections    | NOUN  | élection
      Facultés     | NOUN  | faculté
      actrice      | NOUN  | actrice
      communes     | NOUN  | commune
      Centre       | NOUN  | centre
      kg           | NOUN  | kg
      généraux     | ADJ   | général
      populaires   | ADJ   | populaire
      connues      | ADJ   | connu
      première     | ADJ   | premier
      nouvel       | ADJ   | nouveau
      # Abbreviated titles.
      M.           | NOUN  | monsieur
      Mme          | NOUN  | madame
      Dr           | NOUN  | docteur
      # Pronouns and determiners follow UD French (stressed pronoun, « son » for possessives).
      il           | PRON  | lui
      -t-il        | PRON  | lui
      -elle        | PRON  | lui
      elles        | PRON  | eux
      j'           | PRON  | moi
      s’           | PRON  | soi
      l'on         | PRON  | on
      leurs        | DET   | son
      nos          | DET   | son
      L'           | DET   | le
      des          | DET   | un
      d'           | ADP   | de
      qu'          | SCONJ | que
      jusqu’       | ADP   | jusque
      # Own lemma: proper nouns, numbers, punctuation, acronyms.
      Lancar       | PROPN | Lancar
      UMP          | PROPN | UMP
      SNCF         | NOUN  | SNCF
      100 000      | NUM   | 100 000
      2010         | NUM   | 2010
      deux         | NUM   | deux
      «            | PUNCT | «
      # Unknown words: regular plural, lower case.
      blogueuses   | NOUN  | blogueuse
      tweets       | NOUN  | tweet
      Coopol       | X     | Coopol
      """)
  void lemmatizesWordsWithTheirTag(String word, String upos, String lemma) {
    assertEquals(lemma, lemmatizer.lemma(word, upos));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      # Ordinary words, whatever their case: a capital on them makes a name.
      Monde       | true
      point       | true
      Jeunes      | true
      Libération  | true
      # Function words, proper nouns and words the dictionary does not know are not.
      La          | false
      de          | false
      Coopol      | false
      Lancar      | false
      UMP         | false
      France      | false
      """)
  void tellsOrdinaryWordsFromOthers(String word, boolean common) {
    assertEquals(common, lemmatizer.isCommonWord(word));
  }

  @Test
  void contractionsGetTheLemmasOfTheirWords() {
    String[] tokens = {"Le", "président", "du", "MJS", "parle", "aux", "militants", "auxquels", "il", "répond"};
    String[] tags = {"DET", "NOUN", "ADP+DET", "PROPN", "VERB", "ADP+DET", "NOUN", "ADP+PRON", "PRON", "VERB"};
    assertArrayEquals(
        new String[] {"le", "président", "de+le", "MJS", "parler", "à+le", "militant", "à+lequel", "lui", "répondre"},
        lemmatizer.lemmatize(tokens, tags));
  }

  @Test
  void desIsAnArticleOrAContraction() {
    assertArrayEquals(new String[] {"un", "de+le"},
        lemmatizer.lemmatize(new String[] {"des", "des"}, new String[] {"DET", "ADP+DET"}));
  }

  @Test
  void unknownOrMissingTagsStillGiveALemma() {
    assertArrayEquals(new String[] {"Hollande", "PS"},
        lemmatizer.lemmatize(new String[] {"Hollande", "PS"}, new String[] {null, "???"}));
  }

  @Test
  void arraysMustHaveTheSameLength() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> lemmatizer.lemmatize(new String[] {"UMP"}, new String[0]));
    assertEquals("tokens and posTags differ in length: 1 vs 0", e.getMessage());
  }
}
