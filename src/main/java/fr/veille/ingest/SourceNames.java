package fr.veille.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Outlet names as pages and feeds give them, made comparable with the names users write: a page's
 * {@code og:site_name} says « Le Monde.fr » and a feed's channel « Libération - Politiques » where
 * front matter says « Le Monde » and « Libération ». Stateless.
 */
final class SourceNames {
  /**
   * A section after a separator with spaces on both sides: « Libération - Politiques »,
   * « Le Figaro : Politique », « Rue89 | Politique ». A hyphen inside a name (« Ouest-France ») has
   * no spaces round it and is never a separator.
   */
  private static final Pattern SECTION = Pattern.compile("\\s[-–—:|·•]\\s");

  /** A web suffix after a name: « Le Monde.fr », « Bakchich.info ». */
  private static final Pattern WEB_SUFFIX = Pattern.compile("(?i)^(.*[^.\\s])\\.(?:fr|com|net|org|info|eu)$");

  /**
   * What remains is a name when its first letter is a capital, it holds no dot or slash (« www.lemonde »)
   * and no lower-case letter runs into a capital: « LeMonde » or « leJDD » are domains without
   * their spaces, which no rule can put back.
   */
  private static final Pattern NOT_A_NAME = Pattern.compile("[./]|\\p{Ll}\\p{Lu}");
  private static final Pattern FIRST_LETTER = Pattern.compile("\\p{L}");

  private SourceNames() {}

  /** The outlet's name in a site or feed title: its section and web suffix dropped, as far as they can be told. */
  static String fromMetadata(String raw) {
    String name = Texts.cleanLine(raw);
    Matcher section = SECTION.matcher(name);
    if (section.find() && hasLetterOrDigit(name.substring(0, section.start()))) {
      name = name.substring(0, section.start()).strip();
    }
    Matcher suffix = WEB_SUFFIX.matcher(name);
    if (suffix.matches() && isName(suffix.group(1))) {
      name = suffix.group(1);
    }
    return name;
  }

  private static boolean isName(String s) {
    Matcher letter = FIRST_LETTER.matcher(s);
    return letter.find() && Character.isUpperCase(s.codePointAt(letter.start())) && !NOT_A_NAME.matcher(s).find();
  }

  private static boolean hasLetterOrDigit(String s) {
    return s.codePoints().anyMatch(Character::isLetterOrDigit);
  }
}
