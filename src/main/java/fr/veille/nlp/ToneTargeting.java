package fr.veille.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Attributes the opinion words of one sentence to the entities it mentions. Rules, in order:
 * a judgement verb ({@link ToneRole#DIRECTED}: critiquer, saluer...) goes to its target, not its
 * source (the active subject, or the agent after « par » in the passive); a contest verb
 * ({@link ToneRole#VICTORY}) gives its valence to the loser and the opposite to the winner; any other
 * word goes to the nearest mention of its clause (others in that clause share it at a lower weight),
 * or, when its clause names nobody, to the nearest mention of the sentence at half weight, unless that
 * mention's own clause has a verb of its own (then it is a separate statement). A source introduced
 * by « selon » / « d'après » gets nothing from other clauses. A medium cited as where something was
 * said or revealed and a court get nothing (a court can still be judged); the one faced (« face à X »,
 * « devant X ») gets the opposite of its clause's words. A subject's clause takes in the apposition
 * after it (« X, président de…, a menacé ») and a verbless opening phrase before it (« Au plus bas
 * dans les sondages, X… »), not a circumstance (« Après dix finales perdues, X… »). A judgement verb
 * right after a quote (« « … », raille Y ») judges whom the quote names. What is taken from someone
 * (« ravit l'Île-de-France à la gauche ») is a prize and gets nothing; the one it is taken from (« à
 * Y ») fares the other way. Stateless.
 */
final class ToneTargeting {

  static final double SHARED = 0.4;
  static final double OTHER_CLAUSE = 0.5;
  static final double OTHER_CLAUSE_SHARED = 0.2;

  private static final Set<String> EXTRA_BREAKS =
      Set.of("que", "qu'", "tandis", "quand", "lorsque", "lorsqu'", "car", "puisque", "puisqu'", "où", "dont",
          "alors");
  private static final Set<String> PASSIVE_AUX =
      Set.of("été", "est", "sont", "fut", "furent", "sera", "seront", "était", "étaient", "soit", "soient",
          "être", "serait", "seraient");
  private static final Set<String> REFLEXIVE = Set.of("s'", "se", "me", "m'", "te", "t'");
  /** Auxiliaries and frequent verbs: a clause holding one is a statement of its own. */
  private static final Set<String> FINITE =
      Set.of("a", "ont", "avait", "avaient", "aura", "auront", "est", "sont", "était", "étaient", "sera", "seront",
          "fut", "va", "vont", "doit", "doivent", "fait", "font", "dit", "reste", "restent", "dirige", "présente",
          "conduit", "réunit", "annonce", "déclare", "veut", "peut",
          // verbs of fortune that open the predicate after an apposition (« La SNCF, qui…, tire son
          // épingle du jeu ; Air France, elle, accumule les pertes »)
          "tire", "accumule", "inflige", "obtient", "perd", "gagne", "remporte", "subit", "essuie",
          "enchaîne", "multiplie", "surnage", "cède", "devient", "semble", "paraît", "incarne", "réussit",
          "échoue", "prend", "reçoit", "confirme", "domine");
  private static final Set<String> DETERMINERS = Set.of("le", "la", "l'", "les", "son", "sa", "ses", "leur", "leurs");
  private static final Set<String> REPORTING = Set.of("selon", "d'après");
  /** Participles that make the medium after « par » or « à » the one who reports. */
  private static final Set<String> TOLD = Set.of("sollicité", "sollicitée", "sollicités", "sollicitées", "interrogé",
      "interrogée", "interrogés", "interrogées", "contacté", "contactée", "contactés", "contactées", "joint", "jointe",
      "joints", "interviewé", "interviewée", "confié", "déclaré", "indiqué", "expliqué", "affirmé", "assuré", "raconté",
      "précisé");

  private ToneTargeting() {}

  /** A mention over tokens [start, end) of the analysed sentence. */
  record MentionTokens(int start, int end) {}

  /** An item with the weight it has for the target, and why. */
  record Attributed(SentimentRules.Item item, double weight, String why) {}

  /** Clause ids with extra breaks at subordinators (« Y estime que X ... »). */
  static int[] targetingClauses(SentimentRules.Analysis a) {
    int n = a.norm.length;
    int[] clause = new int[n];
    int c = 0;
    for (int i = 0; i < n; i++) {
      if (i > 0 && a.clauseOf[i] != a.clauseOf[i - 1]) {
        c++;
      } else if (EXTRA_BREAKS.contains(a.norm[i])) {
        c++;
      }
      clause[i] = c;
    }
    return clause;
  }

  /**
   * « Benjamin Lancar, président des Jeunes Populaires, a menacé de démettre les responsables du
   * mouvement de l'UMP »: the commas cut the subject from its verb, and the verb's clause named only
   * the UMP, which took the threat. A clause that opens on a verb after a comma gets the clause of the
   * name before the comma, with the apposition between them: the subject, its verb and their words
   * are one clause again.
   */
  static void joinSubjects(SentimentRules.Analysis a, int[] clause, List<MentionTokens> all) {
    int n = a.norm.length;
    for (int s = 2; s < n; s++) {
      if (!a.norm[s - 1].equals(",") || clause[s] == clause[s - 2] || !opensOnVerb(a, s)) {
        continue;
      }
      MentionTokens subject = null;
      for (MentionTokens m : all) {
        if (m.end() < s && m.end() < n && a.norm[m.end()].equals(",") && a.sentenceOf[m.start()] == a.sentenceOf[s]
            && (subject == null || m.start() > subject.start()) && startsAClause(a, clause, m)) {
          subject = m;
        }
      }
      if (subject == null) {
        continue;
      }
      int to = s;
      while (to < n && clause[to] == clause[s]) {
        to++;
      }
      for (int k = subject.start(); k < to; k++) {
        clause[k] = clause[subject.start()];
      }
    }
  }

  /**
   * « Au plus bas dans les sondages, François Hollande annonce… », « Salué à droite comme à gauche,
   * Michel Rocard… »: a sentence that opens on a verbless phrase naming nobody, then a comma and a
   * name that opens its clause, describes that name. The phrase joins the name's clause.
   */
  static void joinFrontedAppositions(SentimentRules.Analysis a, int[] clause, List<MentionTokens> all) {
    int n = a.norm.length;
    int start = 0;
    while (start < n) {
      int comma = start;
      while (comma < n && a.sentenceOf[comma] == a.sentenceOf[start] && !a.norm[comma].equals(",")) {
        comma++;
      }
      if (comma < n && comma > start && a.sentenceOf[comma] == a.sentenceOf[start] && verblessAndNameless(a, all, start, comma)) {
        for (MentionTokens m : all) {
          int k = m.start() - 1;
          if (k > comma && DETERMINERS.contains(a.norm[k])) {
            k--;
          }
          if (k == comma) {
            for (int i = start; i <= comma; i++) {
              clause[i] = clause[m.start()];
            }
            break;
          }
        }
      }
      int next = start;
      while (next < n && a.sentenceOf[next] == a.sentenceOf[start]) {
        next++;
      }
      start = next;
    }
  }

  /**
   * Openings of a circumstance rather than a description (« Après dix finales perdues, X a enfin… »,
   * « Malgré ce rappel, X… »; « au » too, but for « au plus bas »), and « longtemps », whose past
   * the sentence usually turns.
   */
  private static final Set<String> CIRCUMSTANCE = Set.of("après", "malgré", "avant", "depuis", "pendant", "lors",
      "dès", "faute", "face", "en", "dans", "sur", "par", "pour", "avec", "sans", "contre", "durant", "entre", "vers",
      "grâce", "d'", "de", "du", "des", "à", "aux", "longtemps", "hier", "aujourd'hui");

  private static boolean verblessAndNameless(SentimentRules.Analysis a, List<MentionTokens> all, int from, int to) {
    if (CIRCUMSTANCE.contains(a.norm[from]) || a.norm[from].equals("au") && !(from + 1 < to && a.norm[from + 1].equals("plus"))) {
      return false;
    }
    for (int k = to; k < a.norm.length && a.sentenceOf[k] == a.sentenceOf[from]; k++) {
      if (a.norm[k].equals("enfin")) {
        return false; // a turn of fortune: the opening tells what came before
      }
    }
    for (MentionTokens m : all) {
      if (m.start() < to && m.end() > from) {
        return false;
      }
    }
    for (int k = from; k < to; k++) {
      if (FINITE.contains(a.norm[k]) || REPORTING.contains(a.norm[k]) || a.norm[k].equals("«")) {
        return false;
      }
    }
    return true;
  }

  /** The clause holding {@code s} opens on a verb: an auxiliary or finite verb, maybe after « ne ». */
  private static boolean opensOnVerb(SentimentRules.Analysis a, int s) {
    int k = s;
    if (k < a.norm.length && (a.norm[k].equals("ne") || a.norm[k].equals("n'"))) {
      k++;
    }
    return k < a.norm.length && (AUXILIARIES.contains(a.norm[k]) || FINITE.contains(a.norm[k]));
  }

  /** The mention opens its clause, or follows a determiner there: a subject, not a complement. */
  private static boolean startsAClause(SentimentRules.Analysis a, int[] clause, MentionTokens m) {
    int k = m.start() - 1;
    if (k >= 0 && DETERMINERS.contains(a.norm[k])) {
      k--;
    }
    return k < 0 || a.norm[k].equals(",") || a.norm[k].equals(";") || a.norm[k].equals(":")
        || clause[k] != clause[m.start()] || a.sentenceOf[k] != a.sentenceOf[m.start()];
  }

  /**
   * The items of the analysis attributed to the target mentions (all mentions of one entity), given
   * every mention in the sentence (targets included).
   */
  static List<Attributed> attribute(SentimentRules.Analysis a, List<MentionTokens> all, List<MentionTokens> targets) {
    int[] clause = targetingClauses(a);
    joinSubjects(a, clause, all);
    joinFrontedAppositions(a, clause, all);
    List<Attributed> out = new ArrayList<>();
    List<SentimentRules.Item> items = a.items;
    // Sources of judgement verbs: a mention that judges gets nothing from the rest of its clause.
    boolean[] sourceOfJudgement = new boolean[all.size()];
    int[] judgementAt = new int[all.size()];
    for (SentimentRules.Item it : items) {
      if (it.role() == ToneRole.DIRECTED) {
        for (int m = 0; m < all.size(); m++) {
          if (role(a, clause, it, all, all.get(m)) == Side.SOURCE && !sourceOfJudgement[m]) {
            sourceOfJudgement[m] = true;
            judgementAt[m] = it.startToken();
          }
        }
      }
    }
    int[] holderAt = holderVerbs(a);
    for (SentimentRules.Item it : items) {
      if (overlapsAny(it, all)) {
        continue; // an opinion word inside a name (« Les Verts ») says nothing about it
      }
      double best = 0;
      String why = null;
      for (MentionTokens t : targets) {
        double w;
        String reason;
        if (isCitedMedium(a, t)) {
          // « dans un entretien au Journal du dimanche », « révélé par Rue89 »: the medium that reports
          // is not what the news is about, nor the target of the verbs it reports.
          w = 0;
          reason = "reporter x0";
        } else if (isPrize(a, t)) {
          // « Valérie Pécresse ravit l'Île-de-France à la gauche en battant Claude Bartolone »: what is
          // won or taken is the prize, not a party to the fight.
          w = 0;
          reason = "prize x0";
        } else if (it.role() == ToneRole.DIRECTED && insideQuoteBefore(a, it, t)) {
          // « « François Hollande, c'est un capitaine de pédalo », raille Jean-Luc Mélenchon »: the
          // verb after a quote judges whom the quote names; its speaker comes after the verb.
          w = 1;
          reason = "quoted target";
        } else if ((it.role() == ToneRole.DIRECTED || it.role() == ToneRole.VICTORY) && clause[t.start()] == clause[it.startToken()]) {
          Side side = role(a, clause, it, all, t);
          if (side == Side.SOURCE) {
            w = it.role() == ToneRole.VICTORY ? -1 : 0;
            reason = it.role() == ToneRole.VICTORY ? "winner x-1" : "source x0";
          } else {
            w = 1;
            reason = "target";
          }
        } else {
          int ti = all.indexOf(t);
          if (ti >= 0 && sourceOfJudgement[ti] && clause[t.start()] == clause[it.startToken()]
              && it.startToken() > judgementAt[ti]) {
            w = 0;
            reason = "source x0";
          } else if (clause[t.start()] == clause[it.startToken()] && isOpponent(a, t)) {
            // « Laurent Wauquiez remporte la région face au sortant Jean-Jack Queyranne »: the one
            // faced fares the other way.
            w = -1;
            reason = "opponent x-1";
          } else if (BENCH.contains(a.norm[t.start()])) {
            // « relaxé par le tribunal correctionnel »: the court that rules is not what the news is
            // about (it can still be the target of a judgement, above).
            w = 0;
            reason = "court x0";
          } else if (holderAt[it.startToken()] >= 0 && t.end() <= holderAt[it.startToken()]) {
            // « Ségolène Royal a jugé le propos « honteux » » says nothing bad of Royal: what
            // follows the verb is her opinion of something else.
            w = 0;
            reason = "holder x0";
          } else {
            double[] wr = proximity(a, clause, it, all, t);
            w = wr[0];
            reason = wr[1] == 0 ? "nearest" : wr[1] == 1 ? "shared x" + SentimentRules.fmt(SHARED)
                : wr[1] == 2 ? "other clause x" + SentimentRules.fmt(OTHER_CLAUSE)
                : wr[1] == 3 ? "other clause x" + SentimentRules.fmt(OTHER_CLAUSE_SHARED) : "reporter x0";
          }
        }
        if (why == null || Math.abs(w) > Math.abs(best)) {
          best = w;
          why = reason;
        }
      }
      if (why != null && best != 0) {
        out.add(new Attributed(it, best, why));
      }
    }
    return out;
  }

  /**
   * The judgement verb opens the clause right after a closing quote (« », raille », « », a ironisé »)
   * and the target is named inside that quote.
   */
  private static boolean insideQuoteBefore(SentimentRules.Analysis a, SentimentRules.Item it, MentionTokens t) {
    int k = it.startToken() - 1;
    if (k >= 0 && AUXILIARIES.contains(a.norm[k])) {
      k--;
    } else if (k >= 1 && a.norm[k].equals("est") && a.norm[k - 1].equals("s'")) {
      k -= 2; // « », s'est moqué »
    }
    if (k < 1 || !a.norm[k].equals(",") || !a.norm[k - 1].equals("»") || t.end() > k - 1) {
      return false;
    }
    for (int q = k - 2; q >= 0 && a.sentenceOf[q] == a.sentenceOf[k]; q--) {
      if (a.norm[q].equals("«")) {
        return t.start() > q;
      }
      if (a.norm[q].equals("»")) {
        return false;
      }
    }
    return false;
  }

  /**
   * For each token, the last opinion-holder verb before it in its sentence with no contrast or
   * semicolon between them (« Aubry juge la réforme injuste » ; « …, mais elle… » ends it), or -1.
   */
  static int[] holderVerbs(SentimentRules.Analysis a) {
    int n = a.norm.length;
    int[] at = new int[n];
    int current = -1;
    for (int i = 0; i < n; i++) {
      if (i > 0 && a.sentenceOf[i] != a.sentenceOf[i - 1] || HOLDER_ENDS.contains(a.norm[i])) {
        current = -1;
      }
      if (isHolderVerb(a, i)) {
        current = i;
      }
      at[i] = current;
    }
    return at;
  }

  private static final Set<String> HOLDER_ENDS = Set.of(";", "mais", "pourtant", "cependant", "toutefois", "néanmoins");

  /**
   * Verbs whose subject holds an opinion about what follows (juger, qualifier, estimer, considérer,
   * déplorer, regretter), in the active voice: « le projet a été jugé inacceptable » judges its
   * subject.
   */
  static boolean isHolderVerb(SentimentRules.Analysis a, int v) {
    String t = a.norm[v];
    boolean holder = HOLDER_FORMS.contains(t) || t.startsWith("qualifi") && !t.startsWith("qualification")
        || t.startsWith("considér") || t.startsWith("considèr") || t.startsWith("déplor") || t.startsWith("regrett");
    if (!holder || v > 0 && NOUN_DETERMINERS.contains(a.norm[v - 1])) {
      return false; // « le juge d'instruction », « l'estime »
    }
    for (int k = v - 1; k >= Math.max(0, v - 2); k--) {
      if (PASSIVE_AUX.contains(a.norm[k])) {
        return k > 0 && REFLEXIVE.contains(a.norm[k - 1]); // « s'est estimé » is active
      }
      if (AUXILIARIES.contains(a.norm[k])) {
        return true; // « a jugé », « avait qualifié »
      }
    }
    // A participle with no auxiliary is a passive adjective: « une intervention jugée sincère »
    // judges what it follows.
    return !(t.endsWith("é") || t.endsWith("ée") || t.endsWith("és") || t.endsWith("ées"));
  }

  private static final Set<String> HOLDER_FORMS = Set.of("juge", "jugent", "jugé", "jugée", "jugés", "jugées",
      "jugeait", "jugeaient", "jugea", "juger", "jugeant", "jugera", "estime", "estiment", "estimé", "estimée",
      "estimait", "estimaient", "estima", "estimer", "estimant", "estimera");
  private static final Set<String> NOUN_DETERMINERS = Set.of("le", "la", "l'", "l’", "les", "un", "une", "du", "au",
      "aux", "des", "son", "sa", "ses", "ce", "cette", "leur");

  private static boolean overlapsAny(SentimentRules.Item it, List<MentionTokens> all) {
    for (MentionTokens m : all) {
      if (it.startToken() < m.end() && it.endToken() > m.start()) {
        return true;
      }
    }
    return false;
  }

  private enum Side { SOURCE, TARGET }

  private static Side role(SentimentRules.Analysis a, int[] clause, SentimentRules.Item it,
      List<MentionTokens> all, MentionTokens m) {
    int agent = passiveAgent(a, clause, it);
    boolean passive = agent >= 0 || passiveAux(a, clause, it);
    if (passive) {
      return agent >= 0 && m.start() <= agent && agent < m.end() ? Side.SOURCE : Side.TARGET;
    }
    if (afterQuote(a, it)) {
      // « « On est réquisitionné », a ironisé le secrétaire national du PS »: the subject follows.
      return m.start() >= it.endToken() ? Side.SOURCE : Side.TARGET;
    }
    return m.end() <= it.startToken() ? Side.SOURCE : Side.TARGET;
  }

  private static final Set<String> AUXILIARIES = Set.of("a", "ont", "avait", "avaient", "aura", "auront", "aurait");

  /** The verb comes right after a closing quote and a comma (« …», a ironisé X »): X is its subject. */
  private static boolean afterQuote(SentimentRules.Analysis a, SentimentRules.Item it) {
    int k = it.startToken() - 1;
    if (k >= 0 && AUXILIARIES.contains(a.norm[k])) {
      k--;
    }
    return k >= 1 && a.norm[k].equals(",") && (a.norm[k - 1].equals("»") || a.norm[k - 1].equals("\""));
  }

  /** The first token of the agent after « par » following the item in its clause, or -1. */
  private static int passiveAgent(SentimentRules.Analysis a, int[] clause, SentimentRules.Item it) {
    String[] norm = a.norm;
    for (int k = it.endToken(); k < Math.min(norm.length, it.endToken() + 4); k++) {
      if (clause[k] != clause[it.startToken()]) {
        return -1;
      }
      if (norm[k].equals("par")) {
        int j = k + 1;
        if (j < norm.length && DETERMINERS.contains(norm[j])) {
          j++;
        }
        return j < norm.length ? j : -1;
      }
    }
    return -1;
  }

  private static boolean passiveAux(SentimentRules.Analysis a, int[] clause, SentimentRules.Item it) {
    for (int k = it.startToken() - 1; k >= Math.max(0, it.startToken() - 3); k--) {
      if (clause[k] != clause[it.startToken()]) {
        return false;
      }
      if (PASSIVE_AUX.contains(a.norm[k])) {
        // « s'est moqué » is pronominal, not passive.
        return k == 0 || !REFLEXIVE.contains(a.norm[k - 1]);
      }
    }
    return false;
  }

  /** {weight, kind}: kind 0 nearest, 1 shared, 2 other clause nearest, 3 other clause shared, 4 reporter. */
  private static double[] proximity(SentimentRules.Analysis a, int[] clause, SentimentRules.Item it,
      List<MentionTokens> all, MentionTokens t) {
    int c = clause[it.startToken()];
    boolean anyInClause = false;
    for (MentionTokens m : all) {
      anyInClause |= clause[m.start()] == c;
    }
    boolean targetInClause = clause[t.start()] == c;
    if (anyInClause && !targetInClause) {
      return new double[] {0, 4};
    }
    if (!anyInClause && (isReporter(a, t) || hasFiniteVerb(a, clause, clause[t.start()]))) {
      // The mention's own clause is a statement about something else (« X a présenté le
      // calendrier, au lendemain du tollé »): what another clause says is not about X. A verbless
      // frame (« Pour l'UMP, c'est un camouflet ») still takes it.
      return new double[] {0, 4};
    }
    // « la défaite de l'UMP »: a noun followed by « de » + a name belongs to that name alone.
    MentionTokens owner = genitiveOwner(a, it, all);
    if (owner != null) {
      return owner.start() == t.start() ? new double[] {1, 0} : new double[] {0, 4};
    }
    int myDistance = distance(it, t);
    boolean nearest = true;
    for (MentionTokens m : all) {
      if (m != t && (!anyInClause || clause[m.start()] == c) && !(m.start() == t.start())
          && distance(it, m) < myDistance) {
        nearest = false;
      }
    }
    if (anyInClause) {
      return nearest ? new double[] {1, 0} : new double[] {SHARED, 1};
    }
    return nearest ? new double[] {OTHER_CLAUSE, 2} : new double[] {OTHER_CLAUSE_SHARED, 3};
  }

  private static final Set<String> OF = Set.of("de", "d'", "du", "des");

  private static MentionTokens genitiveOwner(SentimentRules.Analysis a, SentimentRules.Item it, List<MentionTokens> all) {
    int k = it.endToken();
    if (k >= a.norm.length || !OF.contains(a.norm[k])) {
      return null;
    }
    k++;
    if (k < a.norm.length && DETERMINERS.contains(a.norm[k])) {
      k++;
    }
    for (MentionTokens m : all) {
      if (m.start() == k) {
        return m;
      }
    }
    return null;
  }

  private static boolean hasFiniteVerb(SentimentRules.Analysis a, int[] clause, int c) {
    for (int k = 0; k < a.norm.length; k++) {
      if (clause[k] == c && FINITE.contains(a.norm[k])) {
        return true;
      }
    }
    return false;
  }

  private static boolean isReporter(SentimentRules.Analysis a, MentionTokens t) {
    for (int k = t.start() - 1; k >= Math.max(0, t.start() - 2); k--) {
      if (REPORTING.contains(a.norm[k]) || (a.norm[k].equals("après") && k > 0 && a.norm[k - 1].equals("d'"))) {
        return true;
      }
      if ((a.norm[k].equals("par") || a.norm[k].equals("à") || a.norm[k].equals("au")) && k > 0 && TOLD.contains(a.norm[k - 1])) {
        return true; // « Sollicité par Rue89, l'entourage… », « a confié au Monde »: the medium reports
      }
      if (a.norm[k].equals("pour") && k == t.start() - 1 && (k == 0 || a.sentenceOf[k - 1] != a.sentenceOf[k])
          && t.end() < a.norm.length && a.norm[t.end()].equals(",")) {
        // « Pour Jean-Luc Mélenchon, le FMI affame les peuples »: his view, not about him. With an
        // article, « Pour l'UMP, l'affaire est un camouflet », it is who the news is for.
        return true;
      }
    }
    return false;
  }

  /**
   * A medium named as where something was said or revealed (« entretien au Figaro », « sur le plateau
   * de BFMTV », « révélé par Der Spiegel »).
   */
  private static boolean isCitedMedium(SentimentRules.Analysis a, MentionTokens t) {
    int k = t.start() - 1;
    if (k >= 0 && DETERMINERS.contains(a.norm[k])) {
      k--;
    }
    if (k < 1) {
      return false;
    }
    String link = a.norm[k];
    String cue = a.norm[k - 1];
    return (link.equals("au") || link.equals("à") || link.equals("de") || link.equals("du") || link.equals("d'"))
        && MEDIUM_CUES.contains(cue)
        || link.equals("par") && REVEALED.contains(cue);
  }

  /** The mention is who someone is up against: « face à X », « devant X », « aux dépens de X ». */
  private static boolean isOpponent(SentimentRules.Analysis a, MentionTokens t) {
    int k = t.start() - 1;
    // « face au socialiste sortant Jean-Jack Queyranne »: a title of up to three words may come between.
    for (int skipped = 0; k >= 0 && skipped < 3 && isTitleWord(a.norm[k]); skipped++) {
      k--;
    }
    if (k >= 0 && DETERMINERS.contains(a.norm[k])) {
      k--;
    }
    if (k < 0) {
      return false;
    }
    String w = a.norm[k];
    if (w.equals("devant")) {
      return true;
    }
    if ((w.equals("à") || w.equals("au") || w.equals("aux")) && k > 0 && a.norm[k - 1].equals("face")) {
      return true;
    }
    if ((w.equals("à") || w.equals("au") || w.equals("aux")) && seizedBefore(a, k) >= 0) {
      return true; // « a repris Palmyre à l'État islamique »: the one it was taken from
    }
    return OF.contains(w) && k > 1 && (a.norm[k - 1].equals("dépens") || a.norm[k - 1].equals("détriment"));
  }

  /** Verbs of taking something from someone: « ravit X à Y », « arrache X à Y », « reprend X à Y ». */
  private static final Set<String> SEIZE = Set.of("ravit", "ravi", "ravissent", "arrache", "arraché", "arrachent",
      "enlève", "enlevé", "enlèvent", "reprend", "repris", "reprennent", "prend", "pris", "prennent", "rafle", "raflé",
      "raflent", "souffle", "soufflé", "soufflent", "chipe", "chipé");

  /**
   * Where the verb of taking is, when the « à » at {@code to} ends « SEIZE (the) X à »: the verb within
   * five tokens before it, in the same sentence, with no comma between; -1 otherwise.
   */
  private static int seizedBefore(SentimentRules.Analysis a, int to) {
    for (int k = to - 2; k >= 0 && k >= to - 6 && a.sentenceOf[k] == a.sentenceOf[to]; k--) {
      if (a.norm[k].equals(",")) {
        return -1;
      }
      if (SEIZE.contains(a.norm[k])) {
        return k;
      }
    }
    return -1;
  }

  /** The mention is the object right after a verb of taking, with « à » someone after it. */
  private static boolean isPrize(SentimentRules.Analysis a, MentionTokens t) {
    int k = t.start() - 1;
    if (k >= 0 && DETERMINERS.contains(a.norm[k])) {
      k--;
    }
    if (k < 0 || !SEIZE.contains(a.norm[k])) {
      return false;
    }
    int after = t.end();
    while (after < a.norm.length && after < t.end() + 3 && a.sentenceOf[after] == a.sentenceOf[t.start()]) {
      String w = a.norm[after];
      if (w.equals("à") || w.equals("au") || w.equals("aux")) {
        return true;
      }
      after++;
    }
    return false;
  }

  private static boolean isTitleWord(String w) {
    return w.length() > 2 && Character.isLowerCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter)
        && !OF.contains(w) && !DETERMINERS.contains(w) && !NOT_TITLE.contains(w);
  }

  private static final Set<String> NOT_TITLE = Set.of("devant", "face", "aux", "par", "pour", "sur", "avec", "contre",
      "dont", "qui", "que", "les", "des", "une");

  private static final Set<String> BENCH = Set.of("tribunal", "cour", "parquet", "juge", "juges", "procureur",
      "procureure", "prud'hommes");
  private static final Set<String> MEDIUM_CUES = Set.of("entretien", "interview", "plateau", "antenne", "micro",
      "colonnes", "révélations", "tribune", "journal", "une");
  private static final Set<String> REVEALED = Set.of("révélé", "révélée", "révélés", "révélées", "rapporté",
      "rapportée", "rapportés", "rapportées", "dévoilé", "dévoilée", "dévoilés", "dévoilées");

  private static int distance(SentimentRules.Item it, MentionTokens m) {
    if (m.end() <= it.startToken()) {
      return it.startToken() - m.end();
    }
    if (it.endToken() <= m.start()) {
      return m.start() - it.endToken();
    }
    return 0;
  }
}
