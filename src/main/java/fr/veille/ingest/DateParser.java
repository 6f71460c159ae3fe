package fr.veille.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the publication dates found in articles, feeds and web pages.
 *
 * <p>Accepted forms: ISO 8601 with or without time, seconds, fraction or offset
 * ({@code 2010-02-03}, {@code 2010-02-03T14:05:00+01:00}, {@code 2010-02-03 14:05}), RFC 822 / 1123
 * ({@code Wed, 03 Feb 2010 14:05:00 +0100}, named zones such as {@code GMT} or {@code CET}), French
 * written dates (« 3 février 2010 », « mercredi 3 février 2010 à 14h05 », « le 3 fév. 2010 »,
 * « 1er mars 2010 », « 03/02/2010 », « 03.02.2010 14:05 »), English written dates (« February 3,
 * 2010 ») and Unix time in seconds or milliseconds. A date without zone is taken in Europe/Paris, the
 * zone of the French press. Impossible dates (« 31 février 2010 ») are rejected.
 *
 * <p>{@link #parse} reads a string that is a date, possibly introduced by a few words (« Publié le »,
 * « Mis à jour : ») and followed by a short tail; {@link #find} looks for the first date anywhere in a
 * text. Stateless and thread-safe.
 */
public final class DateParser {

  /** The zone assumed when a date does not give one. */
  public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private static final int MIN_YEAR = 1900;
  private static final int MAX_YEAR = 2100;

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("janvier", 1), Map.entry("janv", 1), Map.entry("jan", 1), Map.entry("january", 1),
          Map.entry("fevrier", 2), Map.entry("fevr", 2), Map.entry("fev", 2), Map.entry("feb", 2),
          Map.entry("february", 2),
          Map.entry("mars", 3), Map.entry("mar", 3), Map.entry("march", 3),
          Map.entry("avril", 4), Map.entry("avr", 4), Map.entry("apr", 4), Map.entry("april", 4),
          Map.entry("mai", 5), Map.entry("may", 5),
          Map.entry("juin", 6), Map.entry("jun", 6), Map.entry("june", 6),
          Map.entry("juillet", 7), Map.entry("juil", 7), Map.entry("jul", 7), Map.entry("july", 7),
          Map.entry("aout", 8), Map.entry("aou", 8), Map.entry("aug", 8), Map.entry("august", 8),
          Map.entry("septembre", 9), Map.entry("sept", 9), Map.entry("sep", 9),
          Map.entry("september", 9),
          Map.entry("octobre", 10), Map.entry("oct", 10), Map.entry("october", 10),
          Map.entry("novembre", 11), Map.entry("nov", 11), Map.entry("november", 11),
          Map.entry("decembre", 12), Map.entry("dec", 12), Map.entry("december", 12));

  private static final Map<String, ZoneId> ZONE_NAMES =
      Map.ofEntries(
          Map.entry("Z", ZoneOffset.UTC), Map.entry("UT", ZoneOffset.UTC),
          Map.entry("UTC", ZoneOffset.UTC), Map.entry("GMT", ZoneOffset.UTC),
          Map.entry("EST", ZoneOffset.ofHours(-5)), Map.entry("EDT", ZoneOffset.ofHours(-4)),
          Map.entry("CST", ZoneOffset.ofHours(-6)), Map.entry("CDT", ZoneOffset.ofHours(-5)),
          Map.entry("MST", ZoneOffset.ofHours(-7)), Map.entry("MDT", ZoneOffset.ofHours(-6)),
          Map.entry("PST", ZoneOffset.ofHours(-8)), Map.entry("PDT", ZoneOffset.ofHours(-7)),
          Map.entry("CET", ZoneOffset.ofHours(1)), Map.entry("CEST", ZoneOffset.ofHours(2)),
          Map.entry("MET", ZoneOffset.ofHours(1)), Map.entry("MEST", ZoneOffset.ofHours(2)),
          Map.entry("BST", ZoneOffset.ofHours(1)), Map.entry("WET", ZoneOffset.UTC),
          Map.entry("WEST", ZoneOffset.ofHours(1)));

  // Time of day as written in French and English: 14h05, 14 h 05, 14H, 14:05, 14:05:33, 2:05 pm.
  private static final String TIME =
      "(?<hour>[01]?\\d|2[0-3])\\s?(?:[hH:]\\s?(?<minute>[0-5]\\d)?(?::(?<second>[0-5]\\d))?)"
          + "(?:\\s?(?<ampm>[ap]\\.?m\\.?))?";
  private static final String TIME_INTRO = "(?:\\s*(?:,|à|a|at|-|–|—|\\||/)?\\s*)";
  private static final String ZONE = "(?:\\s*(?<zone>[+-]\\d{2}:?\\d{2}|Z|[A-Z]{2,4}\\b))?";
  private static final String WEEKDAY =
      "(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun|mar|mer|jeu|ven|sam|dim"
          + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)"
          + "\\.?,?\\s+)?";
  private static final String MONTH_WORD = "(?<month>[a-z]{3,9})\\.?";

  /** « 3 février 2010 », « 1er mars 2010 à 14h05 », « 03 Feb 2010 14:05:00 +0100 » (RFC 822). */
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          WEEKDAY + "(?<day>[0-3]?\\d)(?:er|st|nd|rd|th)?\\s+" + MONTH_WORD + "\\s+(?<year>\\d{4}|\\d{2})\\b"
              + "(?:" + TIME_INTRO + TIME + ZONE + ")?",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** « February 3, 2010 », « Feb 3 2010 10:00 ». */
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          WEEKDAY + MONTH_WORD + "\\s+(?<day>[0-3]?\\d)(?:st|nd|rd|th)?,?\\s+(?<year>\\d{4})\\b"
              + "(?:" + TIME_INTRO + TIME + ZONE + ")?",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** « 03/02/2010 », « 3.2.2010 14:05 », « 03-02-10 » — day first, as in France. */
  private static final Pattern NUMERIC_DMY =
      Pattern.compile(
          "(?<![\\d/.-])(?<day>[0-3]?\\d)(?<sep>[/.-])(?<month>[01]?\\d)\\k<sep>(?<year>\\d{4}|\\d{2})(?![\\d/.-]\\d)"
              + "(?:" + TIME_INTRO + TIME + ZONE + ")?",
          Pattern.CASE_INSENSITIVE);

  /** ISO 8601: 2010-02-03, 2010-02-03T14:05, 2010-02-03 14:05:00.123+01:00, 20100203T140500Z. */
  private static final Pattern ISO =
      Pattern.compile(
          "(?<!\\d)(?<year>\\d{4})(?<sep>-?)(?<month>[01]\\d)\\k<sep>(?<day>[0-3]\\d)(?!\\d)"
              + "(?:[T\\s](?<hour>[01]\\d|2[0-3]):?(?<minute>[0-5]\\d)(?::?(?<second>[0-5]\\d|60)(?:[.,]\\d{1,9})?)?"
              + "\\s?(?<zone>Z|[+-]\\d{2}(?::?\\d{2})?)?)?(?![\\d:])",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern UNIX = Pattern.compile("\\s*(?<digits>\\d{9,10}|\\d{12,13})(?:\\.\\d+)?\\s*");

  /** Words that may introduce a date on its own line: « Publié le », « Mis à jour : », « Date : ». */
  private static final Pattern INTRO =
      Pattern.compile(
          // Matched on accent-folded text: « publié » is « publie » here.
          "^(?:(?:publiee?|mise? a jour|mise? en ligne|modifiee?|actualisee?|posted|published|updated|"
              + "ecrit|redige|date(?: de publication)?|le|on|du|en date du|par\\s+[^,]{1,40},?)\\s*[:,-]?\\s*)+",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private DateParser() {}

  /**
   * Reads a string that is a date: the whole string (after introductory words such as « Publié le »)
   * must be a date, except for a short tail (« | Mis à jour le ... », an author name). Returns empty
   * when the text is not a date, or is an impossible one.
   */
  public static Optional<ZonedDateTime> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String s = normalize(text).strip();
    if (s.isEmpty() || s.length() > 200) {
      return Optional.empty();
    }
    Matcher unix = UNIX.matcher(s);
    if (unix.matches()) {
      return fromUnix(unix.group("digits"));
    }
    Matcher intro = INTRO.matcher(s);
    if (intro.find()) {
      s = s.substring(intro.end());
    }
    for (Pattern p : new Pattern[] {ISO, DAY_MONTH_YEAR, MONTH_DAY_YEAR, NUMERIC_DMY}) {
      Matcher m = p.matcher(s);
      if (m.lookingAt()) {
        Optional<ZonedDateTime> d = build(p, m);
        // The tail must be short: the date is the point of the string, not one detail of a sentence.
        if (d.isPresent() && s.length() - m.end() <= 60) {
          return d;
        }
      }
    }
    return Optional.empty();
  }

  /** The first date written anywhere in {@code text} (« ... publié le 3 février 2010 à 14h05 ... »). */
  public static Optional<ZonedDateTime> find(String text) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    String s = normalize(text);
    ZonedDateTime best = null;
    int bestStart = Integer.MAX_VALUE;
    for (Pattern p : new Pattern[] {ISO, DAY_MONTH_YEAR, MONTH_DAY_YEAR, NUMERIC_DMY}) {
      Matcher m = p.matcher(s);
      while (m.find() && m.start() < bestStart) {
        if (m.start() > 0 && Character.isLetterOrDigit(s.charAt(m.start() - 1))) {
          continue;
        }
        Optional<ZonedDateTime> d = build(p, m);
        if (d.isPresent()) {
          best = d.get();
          bestStart = m.start();
          break;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** Lower-cases nothing, but folds accents and typographic spaces so that one pattern fits all. */
  private static String normalize(String text) {
    String s = text.replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2009', ' ');
    // Fold accents (février -> fevrier, à -> a) without changing the length of ASCII text.
    s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return s;
  }

  private static Optional<ZonedDateTime> fromUnix(String digits) {
    try {
      long v = Long.parseLong(digits);
      Instant instant = digits.length() >= 12 ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v);
      ZonedDateTime z = instant.atZone(PARIS);
      return plausible(z.getYear()) ? Optional.of(z) : Optional.empty();
    } catch (NumberFormatException | DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<ZonedDateTime> build(Pattern p, Matcher m) {
    try {
      int year = Integer.parseInt(m.group("year"));
      if (m.group("year").length() == 2) {
        year += year < 50 ? 2000 : 1900;
      }
      int month;
      if (p == DAY_MONTH_YEAR || p == MONTH_DAY_YEAR) {
        Integer mo = month(m.group("month"));
        if (mo == null) {
          return Optional.empty();
        }
        month = mo;
      } else {
        month = Integer.parseInt(m.group("month"));
      }
      int day = Integer.parseInt(m.group("day"));
      if (!plausible(year)) {
        return Optional.empty();
      }
      LocalDate date = LocalDate.of(year, month, day);
      LocalTime time = LocalTime.MIDNIGHT;
      String hour = group(m, "hour");
      if (hour != null) {
        int h = Integer.parseInt(hour);
        String minute = group(m, "minute");
        String second = group(m, "second");
        String ampm = group(m, "ampm");
        if (minute == null && ampm == null && p != ISO && !hasHourMark(m)) {
          // A bare number after a date (« 3 février 2010 12 ») is not a time.
          h = -1;
        }
        if (h >= 0) {
          if (ampm != null) {
            if (h > 12) {
              return Optional.empty();
            }
            boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
            h = (h % 12) + (pm ? 12 : 0);
          }
          int sec = second == null ? 0 : Math.min(59, Integer.parseInt(second));
          time = LocalTime.of(h, minute == null ? 0 : Integer.parseInt(minute), sec);
        }
      }
      ZoneId zone = zone(group(m, "zone"));
      LocalDateTime local = LocalDateTime.of(date, time);
      if (zone instanceof ZoneOffset offset) {
        return Optional.of(OffsetDateTime.of(local, offset).toZonedDateTime());
      }
      return Optional.of(ZonedDateTime.of(local, zone));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static boolean hasHourMark(Matcher m) {
    int end = m.end("hour");
    String s = m.group();
    int rel = end - m.start();
    return rel < s.length() && "hH:".indexOf(s.charAt(rel)) >= 0
        || rel + 1 < s.length() && s.charAt(rel) == ' ' && "hH".indexOf(s.charAt(rel + 1)) >= 0;
  }

  private static String group(Matcher m, String name) {
    try {
      return m.group(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Integer month(String word) {
    return MONTHS.get(word.toLowerCase(Locale.ROOT));
  }

  private static ZoneId zone(String zone) {
    if (zone == null || zone.isEmpty()) {
      return PARIS;
    }
    ZoneId named = ZONE_NAMES.get(zone.toUpperCase(Locale.ROOT));
    if (named != null) {
      return named;
    }
    if (zone.charAt(0) == '+' || zone.charAt(0) == '-') {
      String digits = zone.substring(1).replace(":", "");
      int hours = Integer.parseInt(digits.substring(0, 2));
      int minutes = digits.length() >= 4 ? Integer.parseInt(digits.substring(2, 4)) : 0;
      int sign = zone.charAt(0) == '-' ? -1 : 1;
      return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }
    // An unknown abbreviation: the French default is a better guess than failing.
    return PARIS;
  }

  private static boolean plausible(int year) {
    return year >= MIN_YEAR && year <= MAX_YEAR;
  }
}
