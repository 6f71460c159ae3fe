package fr.veille.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FrenchTokenizerTest {
  private final FrenchTokenizer tokenizer = new FrenchTokenizer();

  /** Input text, then the expected tokens separated by " | ". */
  static Stream<Arguments> cases() {
    return Stream.of(
        // Elisions, with both apostrophes.
        c("L'UMP a perdu l'élection.", "L' | UMP | a | perdu | l' | élection | ."),
        c("L’UMP a perdu l’élection.", "L’ | UMP | a | perdu | l’ | élection | ."),
        c("d'abord j'ai dit qu'il m'a vu", "d' | abord | j' | ai | dit | qu' | il | m' | a | vu"),
        c("s'il n'est pas là, c'est qu'on t'a menti", "s' | il | n' | est | pas | là | , | c' | est | qu' | on | t' | a | menti"),
        c("jusqu'à Lorient, lorsqu'elle vint, puisqu'il fallait", "jusqu' | à | Lorient | , | lorsqu' | elle | vint | , | puisqu' | il | fallait"),
        c("QU'IL VIENNE", "QU' | IL | VIENNE"),
        c("aujourd'hui et aujourd’hui", "aujourd'hui | et | aujourd’hui"),
        c("si l'on veut", "si | l'on | veut"),
        c("quelqu'un d'autre", "quelqu'un | d' | autre"),
        c("Sainte-Anne-d'Auray", "Sainte-Anne-d'Auray"),
        // Clitic inversions and imperatives.
        c("Que dit-elle ?", "Que | dit | -elle | ?"),
        c("Benjamin Lancar a-t-il démissionné ?", "Benjamin | Lancar | a | -t-il | démissionné | ?"),
        c("Va-t-on voter ? Donne-le-moi.", "Va | -t-on | voter | ? | Donne | -le | -moi | ."),
        c("Est-ce que David Assouline viendra ?", "Est | -ce | que | David | Assouline | viendra | ?"),
        c("Allez-y, rendez-vous demain", "Allez | -y | , | rendez-vous | demain"),
        c("celui-ci et ceux-là, ce jour-là", "celui-ci | et | ceux-là | , | ce | jour | -là"),
        // Compounds.
        c("Le porte-parole de l'UMP à Saint-Étienne", "Le | porte-parole | de | l' | UMP | à | Saint-Étienne"),
        c("c'est-à-dire la Seine-Saint-Denis", "c'est-à-dire | la | Seine-Saint-Denis"),
        c("C’est-à-dire peut-être", "C’est-à-dire | peut-être"),
        // Contractions are one surface token (UD multiword tokens).
        c("du PS au gouvernement, aux élus des régions", "du | PS | au | gouvernement | , | aux | élus | des | régions"),
        // Numbers.
        c("7.002 adhérents et 100 000 militants", "7.002 | adhérents | et | 100 000 | militants"),
        c("1 234 567,89 euros", "1 234 567,89 | euros"),
        c("une hausse de 3,5 % en 2010", "une | hausse | de | 3,5 | % | en | 2010"),
        c("En 2010 300 personnes", "En | 2010 | 300 | personnes"),
        c("de -0,8 % à +14 %", "de | -0,8 | % | à | +14 | %"),
        c("le 1er mars, la 2e place, le XXe siècle", "le | 1er | mars | , | la | 2e | place | , | le | XXe | siècle"),
        c("160km en 2h", "160 | km | en | 2 | h"),
        c("10€ et 5 $", "10 | € | et | 5 | $"),
        c("n° 3 et 20 °C", "n° | 3 | et | 20 | °C"),
        c("score 4-0 en 2007-2008", "score | 4-0 | en | 2007-2008"),
        // Dates and times.
        c("le 12/03/2010 à 14h05", "le | 12/03/2010 | à | 14 | h | 05"),
        c("rendez-vous à 14:05 le 2010-03-12", "rendez-vous | à | 14:05 | le | 2010-03-12"),
        c("de 20h30 à 23h", "de | 20 | h | 30 | à | 23 | h"),
        // Web.
        c("Voir http://www.lacoopol.fr/adherer?id=3.", "Voir | http://www.lacoopol.fr/adherer?id=3 | ."),
        c("(https://fr.wikipedia.org/wiki/Union_pour_un_mouvement_populaire)",
            "( | https://fr.wikipedia.org/wiki/Union_pour_un_mouvement_populaire | )"),
        c("sur www.u-m-p.org, écrivez à contact@lacoopol.fr.", "sur | www.u-m-p.org | , | écrivez | à | contact@lacoopol.fr | ."),
        c("@blancar retweete #Créateursdepossibles !", "@blancar | retweete | #Créateursdepossibles | !"),
        c("le blog iPhoneAddict.fr", "le | blog | iPhoneAddict.fr"),
        // Quotes, ellipses, punctuation.
        c("« Créateurs de possibles »", "« | Créateurs | de | possibles | »"),
        c("«La Coopol»", "« | La | Coopol | »"),
        c("Et alors... Enfin… Quoi ?!", "Et | alors | ... | Enfin | … | Quoi | ? | !"),
        c("le logiciel--sous licence GPL--et", "le | logiciel | -- | sous | licence | GPL | -- | et"),
        c("(UMP) [PS] \"Verts\"", "( | UMP | ) | [ | PS | ] | \" | Verts | \""),
        // Abbreviations and initials.
        c("M. Copé et Mme Aubry", "M. | Copé | et | Mme | Aubry"),
        c("MM. Fillon et Sarkozy", "MM. | Fillon | et | Sarkozy"),
        c("le Dr. House, le Pr Raoult", "le | Dr. | House | , | le | Pr | Raoult"),
        c("des villes, etc. Puis", "des | villes | , | etc. | Puis"),
        c("p. ex. en 52 av. J.-C.", "p. | ex. | en | 52 | av. | J.-C."),
        c("J. Chirac et R.E.M. jouent", "J. | Chirac | et | R.E.M. | jouent"),
        c("Dagobert I.", "Dagobert | I | ."),
        c("il y a.", "il | y | a | ."),
        c("AUTRE(S) élu(e)s", "AUTRE(S) | élu(e)s"),
        // Whitespace of all kinds.
        c("  UMP\u00A0:\u202FPS\t\n", "UMP | : | PS"),
        c("", ""),
        c("   ", ""));
  }

  private static Arguments c(String input, String expected) {
    return Arguments.of(input, expected);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("cases")
  void tokenizesFrenchPressText(String input, String expected) {
    List<String> want = expected.isEmpty() ? List.of() : Arrays.asList(expected.split(" \\| "));
    List<Token> tokens = tokenizer.tokenize(input);
    assertEquals(want, tokens.stream().map(Token::text).toList());
    assertOffsetsConsistent(input, tokens);
  }

  @Test
  void offsetsPointIntoTheOriginalText() {
    String text = "« L'UMP », a-t-il dit.";
    List<Token> tokens = tokenizer.tokenize(text);
    assertEquals(new Token("L'", 2, 4), tokens.get(1));
    assertEquals(new Token("-t-il", 12, 17), tokens.get(6));
  }

  @Test
  void rejectsNull() {
    assertThrows(NullPointerException.class, () -> tokenizer.tokenize(null));
  }

  /** Random mixes of French fragments, symbols and odd characters keep the offset contract. */
  @Test
  void randomTextKeepsOffsetsConsistent() {
    String[] pieces = {
      "l'", "L’", "UMP", "a-t-il", "-", "--", "'", "’", "100", " 000", ",5", ".", "...", "…", "«", "»",
      " ", "\u00A0", "\u202F", "\n", "M.", "J.-C.", "http://", "www.", "x.fr", "@", "#", "é", "e\u0301",
      "😀", "\uD83D", "\uDE00", "\u200D", "\uFE0F", "°", "n", "h", "14h05", "(s)", "(", ")", "/", ":", "&",
      "aujourd'hui", "c'est-à-dire", "Saint-Étienne", "\u00AD", "\u0000", "qu", "jusqu", "etc", "+", "−"
    };
    Random random = new Random(20100315);
    for (int round = 0; round < 5000; round++) {
      StringBuilder sb = new StringBuilder();
      int parts = random.nextInt(12);
      for (int k = 0; k < parts; k++) {
        if (random.nextInt(5) == 0) {
          sb.append((char) random.nextInt(0x3000));
        } else {
          sb.append(pieces[random.nextInt(pieces.length)]);
        }
      }
      String text = sb.toString();
      assertOffsetsConsistent(text, tokenizer.tokenize(text));
    }
  }

  /** The contract every tokenization must satisfy; shared with the fuzz test. */
  static void assertOffsetsConsistent(String text, List<Token> tokens) {
    int previousEnd = 0;
    for (Token t : tokens) {
      assertTrue(t.start() >= previousEnd, () -> "overlap or disorder at " + t + " in " + text);
      assertTrue(t.end() > t.start(), () -> "empty token " + t);
      assertEquals(text.substring(t.start(), t.end()), t.text(), "token text must be the original text");
      assertFalse(t.text().chars().allMatch(ch -> FrenchTokenizer.isSpace((char) ch)), () -> "whitespace token " + t);
      previousEnd = t.end();
    }
    // Every non-space character is covered by some token: the tokenizer drops nothing.
    int covered = tokens.stream().mapToInt(t -> t.end() - t.start()).sum();
    long visible = text.chars().filter(ch -> !FrenchTokenizer.isSpace((char) ch)).count();
    assertTrue(covered >= visible, () -> "characters dropped in " + text);
  }
}
