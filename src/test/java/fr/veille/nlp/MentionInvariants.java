package fr.veille.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

/** What must hold for any input: used by the randomized and fuzz tests. */
final class MentionInvariants {

  private static final String[] FRAGMENTS = {
      "Benjamin Lancar", "Lancar", "M. Lancar", "LANCAR", "lancar", "le responsable des Jeunes Pop", "Jeunes Pop",
      "David Assouline", "d'Assouline", "d’Assouline", "Mme Aubry", "Martine Aubry", "Xavier Bertrand", "Bertrand",
      "Olivier Bertrand", "l'UMP", "l’UMP", "UMP", "ump", "PS", "ps", "PSG", "Parti socialiste", "le Parti socialiste",
      "Union pour un mouvement populaire", "(UMP)", "(PS)", "Confédération générale du travail", "(CGT)", "CGT",
      "Mouvement démocrate", "(MoDem)", "Créateurs de possibles", "« Créateurs de possibles »", "La Coopol", "coopol",
      "lacoopol.fr", "Haïti", "Haiti", "HAÏTI", "Port-au-Prince", "Facebook", "Twitter", "France Inter",
      "le sénateur", "le ministre", "le président", "le président de la République", "Mlle", "M.", "Mme", "MM.",
      "a", "écrit", "aux", "responsables", "départementaux", "une", "blague", "excès", "de", "zèle", "le", "la",
      "les", "des", "du", "d'", "l'", "qu'", "réseau", "social", "lancé", "janvier", "2010", "7 000", "membres",
      ",", ".", ";", ":", "!", "?", "…", "«", "»", "(", ")", "[", "]", "\"", "'", "’", "-", "–", "—", "/", "\n",
      "\n\n", "\u00A0", "\u202F", "\u00AD", "\u200B", "e\u0301", "\u0301", "😀", "Œuvre", "ŒUVRE", "ß", "İ", "ﬁ", "\t",
      "x", "Y", "Z'", "'s", "…»", "(XYZ)", "(", "JP", "MJS", "Mouvement des jeunes socialistes", "jeunes", "socialistes"};

  private MentionInvariants() {}

  /** A random French-like article of up to {@code maxFragments} fragments. */
  static String randomText(Random random, int maxFragments) {
    StringBuilder sb = new StringBuilder();
    int n = random.nextInt(maxFragments + 1);
    for (int i = 0; i < n; i++) {
      if (random.nextInt(20) == 0) {
        sb.appendCodePoint(random.nextInt(0x3000));
      } else {
        sb.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
      }
      int gap = random.nextInt(6);
      sb.append(gap < 4 ? " " : gap == 4 ? "" : "  ");
    }
    return sb.toString();
  }

  /** Model entities over random token ranges of random types. */
  static List<ModelEntity> randomEntities(Random random, List<Token> tokens) {
    java.util.ArrayList<ModelEntity> out = new java.util.ArrayList<>();
    if (tokens.isEmpty()) {
      return out;
    }
    int n = random.nextInt(Math.min(8, tokens.size()) + 1);
    for (int i = 0; i < n; i++) {
      int from = random.nextInt(tokens.size());
      int to = Math.min(tokens.size(), from + 1 + random.nextInt(4));
      out.add(new ModelEntity(tokens.get(from).start(), tokens.get(to - 1).end(),
          EntityType.values()[random.nextInt(EntityType.values().length)], random.nextDouble()));
    }
    return out;
  }

  /** Mentions lie within the text, match it, are sorted, do not overlap, and are named. */
  static void check(String text, List<Mention> mentions, Watchlist watchlist) {
    int previousEnd = 0;
    for (Mention m : mentions) {
      assertTrue(0 <= m.start() && m.start() < m.end() && m.end() <= text.length(), () -> "out of bounds: " + m);
      assertTrue(m.start() >= previousEnd, () -> "overlapping or unsorted: " + m + " in " + mentions);
      assertEquals(text.substring(m.start(), m.end()), m.text());
      assertFalse(m.canonical().isBlank(), () -> "blank canonical: " + m);
      if (m.watched()) {
        WatchlistEntry entry = watchlist.entry(m.canonical()).orElseThrow(() -> new AssertionError("not watched: " + m));
        assertEquals(entry.type(), m.type(), () -> "watched type: " + m);
      }
      previousEnd = m.end();
    }
    int total = EntityResolver.count(mentions).stream().mapToInt(EntityCount::mentions).sum();
    assertEquals(mentions.size(), total);
  }
}
