package fr.veille.nlp;

import fr.veille.nlp.TextUnits.Unit;
import java.util.List;
import java.util.Set;

/**
 * French titles in front of a name: civilities (M., Mme, Mlle…) and roles with their article (le
 * ministre, la sénatrice, l'ancien président…). They are stripped from canonical forms so that
 * « M. Lancar » and « Lancar » are the same name. Stateless and thread-safe.
 */
final class Titles {

  /** Abbreviated civilities, compared as written (case matters: « Me » but not « me »). */
  private static final Set<String> ABBREVIATIONS =
      Set.of("M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Mr", "Dr", "Pr", "Me", "Mgr");

  /** Civilities written in full, compared without case or accents. */
  private static final Set<String> CIVILITIES =
      Set.of("monsieur", "madame", "mademoiselle", "maitre", "docteur", "professeur", "messieurs", "mesdames");

  /** Role words, compared without case or accents; several may follow each other (« ancien premier ministre »). */
  private static final Set<String> ROLES = Set.of(
      "ministre", "president", "presidente", "senateur", "senatrice", "depute", "deputee", "eurodepute",
      "eurodeputee", "maire", "secretaire", "porte", "parole", "chef", "patron", "patronne", "general",
      "generale", "premier", "premiere", "juge", "candidat", "candidate", "conseiller", "conseillere",
      "prefet", "prefete", "commissaire", "humoriste", "journaliste", "chroniqueur", "chroniqueuse",
      "avocat", "avocate", "militant", "militante", "responsable", "dirigeant", "dirigeante", "leader",
      "ambassadeur", "ambassadrice", "elu", "elue", "ancien", "ancienne", "ex", "nouveau", "nouvelle",
      "national", "nationale", "vice", "adjoint", "adjointe", "delegue", "deleguee", "fondateur",
      "fondatrice", "cofondateur", "cofondatrice", "directeur", "directrice", "professeur", "docteur");

  private static final Set<String> DETERMINERS = Set.of("le", "la", "les");

  private Titles() {}

  /**
   * Skips titles at the start of units [from, to). A title is skipped only when a capitalised word
   * follows it, so « le président de la République » is left whole.
   *
   * @param roles also skip role titles (le ministre…), not only civilities (M., Mme…)
   * @return the index of the first unit after the titles, {@code from} when there is none
   */
  static int skip(List<Unit> units, int from, int to, boolean roles) {
    int p = from;
    while (p < to) {
      int q = civility(units, p, to);
      if (q == p && roles) {
        q = role(units, p, to);
      }
      if (q == p || q >= to || !units.get(q).startsUpper()) {
        return p;
      }
      p = q;
    }
    return p;
  }

  private static int civility(List<Unit> units, int p, int to) {
    Unit u = units.get(p);
    if (!u.word()) {
      return p;
    }
    if (ABBREVIATIONS.contains(u.raw())) {
      return p + 1 < to && units.get(p + 1).fold().equals(".") ? p + 2 : p + 1;
    }
    return CIVILITIES.contains(u.fold()) ? p + 1 : p;
  }

  private static int role(List<Unit> units, int p, int to) {
    int q = p;
    if (DETERMINERS.contains(units.get(q).fold())) {
      q++;
    } else if (TextUnits.isElision(units, q, to) && units.get(q).fold().equals("l")) {
      q += 2;
    }
    int roleWords = 0;
    while (q < to) {
      Unit u = units.get(q);
      if (u.word() && ROLES.contains(u.fold())) {
        roleWords++;
        q++;
      } else if (!u.word() && u.fold().equals("-") && roleWords > 0) {
        q++; // porte-parole, vice-président, ex-ministre
      } else if (roleWords > 0 && u.fold().equals("d") && q + 2 < to && units.get(q + 1).fold().equals("'")
          && units.get(q + 2).fold().equals("etat")) {
        q += 3; // secrétaire d'État
      } else {
        break;
      }
    }
    return roleWords == 0 ? p : q;
  }
}
