package fr.veille.nlp;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * UD French lemma conventions that a general dictionary does not follow, and guesses for unknown
 * words. UD (GSD) lemmatizes personal pronouns to their stressed form (il, le, elle → lui; ils,
 * les → eux; je, me → moi; se → soi), possessive determiners to « son », indefinite « des », « de »
 * to « un »; proper nouns, numbers and symbols are their own lemma. Stateless; thread-safe.
 */
final class LemmaRules {
  private LemmaRules() {}

  private static final Map<String, String> PRONOUNS = new HashMap<>();
  private static final Map<String, String> DETERMINERS = new HashMap<>();
  private static final Map<String, String> ELIDED = new HashMap<>();
  private static final Map<String, String> ADJECTIVES = new HashMap<>();
  private static final Map<String, String> VERBS = new HashMap<>();
  /** Abbreviated titles (case-sensitive: « Me » is a title, « me » a pronoun). */
  private static final Map<String, String> TITLES = new HashMap<>();

  static {
    put(PRONOUNS, "lui", "il", "elle", "le", "la", "l'", "lui");
    put(PRONOUNS, "eux", "ils", "elles", "les", "leur", "eux");
    put(PRONOUNS, "moi", "je", "j'", "me", "m'", "moi");
    put(PRONOUNS, "toi", "tu", "te", "t'", "toi");
    put(PRONOUNS, "soi", "se", "s'", "soi");
    put(PRONOUNS, "on", "on", "l'on");
    put(PRONOUNS, "ce", "ce", "c'");
    put(PRONOUNS, "que", "que", "qu'");
    put(PRONOUNS, "celui", "celui", "celle", "ceux", "celles");
    put(PRONOUNS, "celui-ci", "celui-ci", "celle-ci", "ceux-ci", "celles-ci");
    put(PRONOUNS, "celui-là", "celui-là", "celle-là", "ceux-là", "celles-là");
    put(PRONOUNS, "lequel", "lequel", "laquelle", "lesquels", "lesquelles");
    put(PRONOUNS, "ça", "ça");
    put(PRONOUNS, "lui-même", "lui-même", "elle-même");
    put(PRONOUNS, "eux-mêmes", "eux-mêmes", "elles-mêmes");
    put(DETERMINERS, "son", "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "notre", "nos", "votre",
        "vos", "leur", "leurs");
    put(DETERMINERS, "le", "le", "la", "les", "l'");
    put(DETERMINERS, "un", "un", "une", "des", "de", "d'");
    put(DETERMINERS, "ce", "ce", "cet", "cette", "ces");
    put(ELIDED, "le", "l'");
    put(ELIDED, "de", "d'");
    put(ELIDED, "que", "qu'");
    put(ELIDED, "ne", "n'");
    put(ELIDED, "si", "s'");
    put(ELIDED, "jusque", "jusqu'");
    put(ELIDED, "lorsque", "lorsqu'");
    put(ELIDED, "puisque", "puisqu'");
    put(ELIDED, "quoique", "quoiqu'");
    put(ADJECTIVES, "nouveau", "nouvel");
    put(ADJECTIVES, "beau", "bel");
    put(ADJECTIVES, "vieux", "vieil");
    put(ADJECTIVES, "fou", "fol");
    put(ADJECTIVES, "mou", "mol");
    put(VERBS, "falloir", "faut");
    put(TITLES, "monsieur", "M.", "M", "Mr", "Mr.");
    put(TITLES, "messieurs", "MM.", "MM");
    put(TITLES, "madame", "Mme", "Mme.");
    put(TITLES, "mesdames", "Mmes", "Mmes.");
    put(TITLES, "mademoiselle", "Mlle", "Mlle.");
    put(TITLES, "docteur", "Dr", "Dr.");
    put(TITLES, "professeur", "Pr", "Pr.");
    put(TITLES, "maître", "Me", "Me.");
    put(TITLES, "monseigneur", "Mgr", "Mgr.");
  }

  private static void put(Map<String, String> map, String lemma, String... forms) {
    for (String f : forms) {
      map.put(f, lemma);
    }
  }

  /** Unifies apostrophes and removes the hyphen of inverted clitics (-t-il → il, -là → là). */
  static String normalize(String word, Upos pos) {
    String w = word.indexOf('’') >= 0 || word.indexOf('ʼ') >= 0 ? word.replace('’', '\'').replace('ʼ', '\'') : word;
    if (pos == Upos.PRON && w.length() > 1 && w.charAt(0) == '-' && Character.isLetter(w.charAt(1))) {
      w = w.substring(1);
      if (w.length() > 2 && (w.charAt(0) == 't' || w.charAt(0) == 'T') && w.charAt(1) == '-') {
        w = w.substring(2);
      }
    }
    return w;
  }

  /** A lemma decided without the dictionary, or null. */
  static String beforeLookup(String form, Upos pos) {
    switch (pos) {
      case PUNCT, SYM, PROPN, X:
        return form;
      case NUM:
        if (hasDigit(form)) {
          return form;
        }
        break;
      case PRON: {
        String l = PRONOUNS.get(form.toLowerCase(Locale.ROOT));
        if (l != null) {
          return l;
        }
        break;
      }
      case ADJ: {
        String l = ADJECTIVES.get(form.toLowerCase(Locale.ROOT));
        if (l != null) {
          return l;
        }
        break;
      }
      case VERB, AUX: {
        String l = VERBS.get(form.toLowerCase(Locale.ROOT));
        if (l != null) {
          return l;
        }
        break;
      }
      case NOUN: {
        String l = TITLES.get(form);
        if (l != null) {
          return l;
        }
        break;
      }
      case ADP:
        if (form.equals("A") || form.equals("a")) {
          return "à"; // « A » for « À » in capitals, or a missing accent
        }
        break;
      case DET: {
        String l = DETERMINERS.get(form.toLowerCase(Locale.ROOT));
        if (l != null) {
          return l;
        }
        break;
      }
      default:
        break;
    }
    if (form.endsWith("'")) {
      String l = ELIDED.get(form.toLowerCase(Locale.ROOT));
      if (l != null) {
        return l;
      }
    }
    return null;
  }

  /**
   * Adjusts a dictionary lemma to UD conventions. {@code tag} is the LanguageTool tag of the chosen
   * reading, {@code form} the form looked up (possibly lower-cased), {@code participle} whether the
   * reading is an adjective whose lemma is a verb with a participle reading of this form.
   */
  static String afterLookup(String lemma, String tag, String form, boolean participle, Upos pos) {
    if (pos == Upos.NOUN) {
      // Units: french-pos-dict gives mg, kg, km the lemma g, g, m; UD keeps the unit.
      if (form.length() <= 3 && lemma.length() < form.length() && form.endsWith(lemma)) {
        return form;
      }
      // UD lemmatizes a feminine noun to its feminine singular (actrice, commune), not to the
      // masculine that french-pos-dict gives.
      if (tag.startsWith("N f") && !lemma.equals(form)) {
        return tag.startsWith("N f s") ? form : singular(form);
      }
    }
    if (pos == Upos.ADJ && participle) {
      // A participle used as an adjective: UD's lemma is its masculine singular (connues → connu),
      // french-pos-dict's is the verb (connaître).
      return masculineSingular(form, tag);
    }
    return lemma;
  }

  /** The masculine singular of a regular participle form, from the gender/number of its tag. */
  private static String masculineSingular(String form, String tag) {
    boolean feminine = tag.contains(" f ");
    boolean plural = tag.endsWith(" p");
    String w = form;
    if (plural && (w.endsWith("s") || w.endsWith("x")) && w.length() > 2) {
      w = w.substring(0, w.length() - 1);
    }
    if (feminine && w.endsWith("e") && w.length() > 2) {
      w = w.substring(0, w.length() - 1);
    }
    return w;
  }

  private static String singular(String form) {
    return (form.endsWith("s") || form.endsWith("x")) && form.length() > 2 ? form.substring(0, form.length() - 1) : form;
  }

  /** Guesses the lemma of a word the dictionary does not know with this tag. */
  static String unknown(String form, Upos pos, Function<String, String> lookup) {
    if (hasDigit(form) || isAcronym(form)) {
      return form; // 1er, A380; SNCF, ICP
    }
    String lower = form.toLowerCase(Locale.ROOT);
    if (pos == Upos.NOUN || pos == Upos.ADJ) {
      // Regular plurals: -aux → -al, -s / -x dropped, if the singular is known or looks regular.
      if (lower.endsWith("aux") && lower.length() > 4) {
        String al = lower.substring(0, lower.length() - 3) + "al";
        if (lookup.apply(al) != null) {
          return al;
        }
      }
      if ((lower.endsWith("s") || lower.endsWith("x")) && lower.length() > 3 && !lower.endsWith("ss")) {
        String singular = lower.substring(0, lower.length() - 1);
        String known = lookup.apply(singular);
        return known != null ? known : singular;
      }
    }
    return lower;
  }

  /** Two or more capitals and no lower-case letter: an acronym or a Roman numeral (SNCF, XIV). */
  private static boolean isAcronym(String s) {
    int upper = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isUpperCase(c)) {
        upper++;
      }
    }
    return upper >= 2 || (upper == 1 && s.length() == 1);
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
