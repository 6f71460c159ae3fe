package fr.veille.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DateParserTest {

  /** Each accepted form, and the instant it means, as ISO with offset (and zone when Paris). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          2010-02-03                          | 2010-02-03T00:00+01:00[Europe/Paris]
          2010-02-03T14:05                    | 2010-02-03T14:05+01:00[Europe/Paris]
          2010-02-03T14:05:30                 | 2010-02-03T14:05:30+01:00[Europe/Paris]
          2010-02-03 14:05:30                 | 2010-02-03T14:05:30+01:00[Europe/Paris]
          2010-02-03T14:05:00+01:00           | 2010-02-03T14:05+01:00
          2010-02-03T13:05:00Z                | 2010-02-03T13:05Z
          2010-02-03T14:05:00.000+0100        | 2010-02-03T14:05+01:00
          2010-07-03T14:05:00-04:00           | 2010-07-03T14:05-04:00
          20100203T140500Z                    | 2010-02-03T14:05Z
          'Wed, 03 Feb 2010 14:05:00 +0100'   | 2010-02-03T14:05+01:00
          'Wed, 3 Feb 2010 13:05:00 GMT'      | 2010-02-03T13:05Z
          'Wed, 03 Feb 2010 08:05:00 EST'     | 2010-02-03T08:05-05:00
          '03 Feb 2010 14:05 CET'             | 2010-02-03T14:05+01:00
          '3 Feb 10 14:05:00 +0100'           | 2010-02-03T14:05+01:00
          3 février 2010                      | 2010-02-03T00:00+01:00[Europe/Paris]
          mercredi 3 février 2010 à 14h05     | 2010-02-03T14:05+01:00[Europe/Paris]
          Mercredi 3 Février 2010 à 14 h 05   | 2010-02-03T14:05+01:00[Europe/Paris]
          le 3 fév. 2010                      | 2010-02-03T00:00+01:00[Europe/Paris]
          Publié le 3 févr. 2010 à 9h         | 2010-02-03T09:00+01:00[Europe/Paris]
          Publié le samedi 9 janvier 2010 à 10h47 | 2010-01-09T10:47+01:00[Europe/Paris]
          1er mars 2010                       | 2010-03-01T00:00+01:00[Europe/Paris]
          15 août 2010 14:05                  | 2010-08-15T14:05+02:00[Europe/Paris]
          15 aout 2010                        | 2010-08-15T00:00+02:00[Europe/Paris]
          Mis à jour le 12 déc. 2010 à 18h30  | 2010-12-12T18:30+01:00[Europe/Paris]
          03/02/2010                          | 2010-02-03T00:00+01:00[Europe/Paris]
          3/2/2010                            | 2010-02-03T00:00+01:00[Europe/Paris]
          03/02/2010 14:05                    | 2010-02-03T14:05+01:00[Europe/Paris]
          03/02/2010 à 14h05                  | 2010-02-03T14:05+01:00[Europe/Paris]
          03.02.2010                          | 2010-02-03T00:00+01:00[Europe/Paris]
          03-02-2010                          | 2010-02-03T00:00+01:00[Europe/Paris]
          '03/02/10'                          | 2010-02-03T00:00+01:00[Europe/Paris]
          'February 3, 2010'                  | 2010-02-03T00:00+01:00[Europe/Paris]
          'Feb 3, 2010 2:05 pm'               | 2010-02-03T14:05+01:00[Europe/Paris]
          1265202300                          | 2010-02-03T14:05+01:00[Europe/Paris]
          1265202300000                       | 2010-02-03T14:05+01:00[Europe/Paris]
          """)
  void parsesEveryForm(String text, String expected) {
    ZonedDateTime d = DateParser.parse(text).orElseThrow(() -> new AssertionError("not parsed: " + text));
    assertEquals(ZonedDateTime.parse(expected, DateTimeFormatter.ISO_ZONED_DATE_TIME), d);
    assertEquals(expected, d.toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "   ", "Benjamin Lancar", "31 février 2010", "2010-13-01", "2010-02-30T10:00",
        "32/01/2010", "12 brumaire 2010", "UMP", "42", "3 février",
        "Le courriel de Benjamin Lancar, président des Jeunes Populaires, a été révélé le 9 février 2010 par plusieurs sites d'information qui l'ont publié in extenso"
      })
  void rejectsWhatIsNotADate(String text) {
    assertTrue(DateParser.parse(text).isEmpty(), () -> "parsed: " + text + " -> " + DateParser.parse(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          Par Hélène Barthès, publié le 10 février 2010 à 12h48, mis à jour le 11 février | 2010-02-10T12:48+01:00[Europe/Paris]
          Article – 10/02/2010 – UMP                                                    | 2010-02-10T00:00+01:00[Europe/Paris]
          Paris, le mercredi 10 février 2010. Le PS réagit.                               | 2010-02-10T00:00+01:00[Europe/Paris]
          mis en ligne 2010-02-10T12:48:00+01:00                                          | 2010-02-10T12:48+01:00
          """)
  void findsADateInText(String text, String expected) {
    assertEquals(expected, DateParser.find(text).map(ZonedDateTime::toString).orElse("none"));
  }

  @Test
  void findsNothingInTextWithoutDate() {
    assertTrue(DateParser.find("La Coopol revendique 20 000 inscrits, selon Solférino.").isEmpty());
  }

  /** Random instants written in several forms come back as the same local time in Paris. */
  @Test
  void roundTripsRandomDates() {
    Random random = new Random(20100209);
    ZoneId paris = ZoneId.of("Europe/Paris");
    String[] months = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"};
    for (int i = 0; i < 500; i++) {
      ZonedDateTime t = ZonedDateTime.of(1995 + random.nextInt(30), 1 + random.nextInt(12),
          1 + random.nextInt(28), random.nextInt(24), random.nextInt(60), 0, 0, paris);
      String french = t.getDayOfMonth() + " " + months[t.getMonthValue() - 1] + " " + t.getYear()
          + " à " + t.getHour() + "h" + String.format("%02d", t.getMinute());
      assertEquals(t, DateParser.parse(french).orElseThrow(), french);
      String numeric = String.format("%02d/%02d/%d %02d:%02d", t.getDayOfMonth(), t.getMonthValue(),
          t.getYear(), t.getHour(), t.getMinute());
      assertEquals(t, DateParser.parse(numeric).orElseThrow(), numeric);
      String rfc = DateTimeFormatter.RFC_1123_DATE_TIME.format(t);
      assertEquals(t.toInstant(), DateParser.parse(rfc).orElseThrow().toInstant(), rfc);
      String iso = t.toOffsetDateTime().toString();
      assertEquals(t.toInstant(), DateParser.parse(iso).orElseThrow().toInstant(), iso);
    }
  }
}
