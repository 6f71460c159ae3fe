package fr.veille.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class DomainNamesTest {
  private static final DomainNames NAMES = DomainNames.defaults();

  @Test
  void findsListedNamesIgnoringCaseAndAccents() {
    assertEquals(new DomainNames.Name("UMP", EntityType.ORG), NAMES.find("ump"));
    assertEquals(new DomainNames.Name("La Coopol", EntityType.MISC), NAMES.find(TextUnits.key("la coopol")));
    assertEquals("Les Échos", NAMES.find(TextUnits.key("Les Echos")).canonical());
    assertEquals("20 Minutes", NAMES.find(TextUnits.key("20 minutes")).canonical());
    assertEquals("Front de gauche", NAMES.find(TextUnits.key("Front de Gauche")).canonical());
    assertNull(NAMES.find("monde"));
  }

  @Test
  void aNameWithItsArticleIsFoundWithoutIt() {
    assertEquals("Le Monde", NAMES.findWithoutArticle("monde").canonical());
    assertEquals("L'Express", NAMES.findWithoutArticle("express").canonical());
    assertNull(NAMES.findWithoutArticle("ump"));
  }

  @Test
  void aNameListedAlsoWithoutItsArticleIsTheFullTitle() {
    // « Figaro » and « Le Figaro » are both listed: the press calls it « Le Figaro »
    assertEquals("Le Figaro", NAMES.find("figaro").canonical());
  }

  @Test
  void theShippedListIsLargeAndTyped() {
    assertTrue(NAMES.names().size() > 400, "names: " + NAMES.names().size());
  }

  @Test
  void badLinesNameTheLine() {
    IOException e = assertThrows(IOException.class,
        () -> DomainNames.read(new BufferedReader(new StringReader("# media\nORG\tLe Monde\nPARTY\tPS\n")), "list.tsv"));
    assertTrue(e.getMessage().contains("list.tsv:3:"), e.getMessage());
    IOException noTab = assertThrows(IOException.class,
        () -> DomainNames.read(new BufferedReader(new StringReader("ORG Le Monde\n")), "list.tsv"));
    assertTrue(noTab.getMessage().contains(":1:"), noTab.getMessage());
  }
}
