package fr.veille.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Words used in the same contexts end up in the same branch of the cluster tree. */
class WordClustersTest {

  private static List<String[]> corpus() {
    String[] days = {"lundi", "mardi", "mercredi", "jeudi", "vendredi"};
    String[] cities = {"Paris", "Lyon", "Lille", "Marseille", "Bordeaux"};
    String[] people = {"Lancar", "Assouline", "Bertrand", "Aubry", "Hamon"};
    Random random = new Random(5);
    List<String[]> sentences = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      String day = days[random.nextInt(days.length)];
      String city = cities[random.nextInt(cities.length)];
      String who = people[random.nextInt(people.length)];
      sentences.add(switch (i % 3) {
        case 0 -> new String[] {"M.", who, "était", day, "à", city, "."};
        case 1 -> new String[] {"Le", "meeting", "de", "M.", who, "a", "eu", "lieu", "à", city, day, "soir", "."};
        default -> new String[] {"Selon", "M.", who, ",", "la", "réunion", "de", day, "à", city, "est", "annulée", "."};
      });
    }
    return sentences;
  }

  private static int commonPrefix(int a, int b) {
    int la = 31 - Integer.numberOfLeadingZeros(a);
    int lb = 31 - Integer.numberOfLeadingZeros(b);
    int n = 0;
    while (n < Math.min(la, lb) && ((a >>> (la - n - 1)) & 1) == ((b >>> (lb - n - 1)) & 1)) {
      n++;
    }
    return n;
  }

  @Test
  void wordsOfTheSameKindShareLongerPathsThanWordsOfDifferentKinds() {
    Map<String, Integer> paths = WordClusters.induce(corpus(), WordClusters.Options.defaults(), line -> {});
    int dayDay = commonPrefix(paths.get("lundi"), paths.get("jeudi"));
    int cityCity = commonPrefix(paths.get("Paris"), paths.get("Lille"));
    int personPerson = commonPrefix(paths.get("Lancar"), paths.get("Aubry"));
    int dayCity = commonPrefix(paths.get("lundi"), paths.get("Paris"));
    int cityPerson = commonPrefix(paths.get("Paris"), paths.get("Lancar"));
    assertTrue(dayDay > dayCity, dayDay + " vs " + dayCity);
    assertTrue(cityCity > dayCity && cityCity > cityPerson, cityCity + " vs " + dayCity + ", " + cityPerson);
    assertTrue(personPerson > cityPerson, personPerson + " vs " + cityPerson);
  }

  @Test
  void inductionIsDeterministic() {
    assertEquals(
        WordClusters.induce(corpus(), WordClusters.Options.defaults(), line -> {}),
        WordClusters.induce(corpus(), WordClusters.Options.defaults(), line -> {}));
  }
}
