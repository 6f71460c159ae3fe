package fr.veille.index;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a folder of hostile files mixed with good French articles, from a fixed seed (issue 8, item
 * 4). Every file written is listed with what a correct indexer must do with it, so a test can check
 * that none is lost and none is silently dropped.
 *
 * <p>Big files are cheap: the 200 MB one is sparse (never written, never read: over the size limit),
 * and the format-specific monsters (20 MB JSON line, 10,000-item feed) are written once by streaming.
 * Not thread-safe; one instance per folder.
 */
public final class HostileCorpus {

  /** What a correct run does with a file. */
  public enum Expect {
    /** Readable: it must be in the index. */
    INDEXED,
    /** Unreadable as an article: it must be in the report with a reason. */
    SKIPPED,
    /** Damaged but maybe readable: indexed, or reported with a reason; never lost, never a crash. */
    EITHER,
    /** Indexed when the test runs without the right to read it (root), else reported. */
    READABLE_IF_ROOT,
    /** Deleted by the test while the run walks the folder. */
    VANISHES
  }

  /** One hostile file (or link, or folder), relative to the root, '/' separators. */
  public record Hostile(String path, String kind, Expect expect) {}

  /** One good article and the fields the index must give back. */
  public record Good(String path, String title, String source, LocalDate day) {}

  /** Files known to hang or blow up today: kept out of the folder, written only on request. */
  public record Trigger(String path, String bug) {}

  private static final String[] MONTHS = {
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
    "novembre", "décembre"
  };
  private static final String[] SOURCES = {"Le Monde", "Libération", "Rue89", "Le Figaro", "Mediapart", "L'Express", "Le Point", "20 Minutes"};
  private static final String[] ACTORS = {
    "Benjamin Lancar", "David Assouline", "Xavier Bertrand", "Martine Aubry", "Nathalie Kosciusko-Morizet",
    "Frédéric Lefebvre", "Benoît Hamon", "Jean-François Copé", "Ségolène Royal", "Valérie Pécresse",
    "Nadine Morano", "Arnaud Montebourg"
  };
  private static final String[] PARTIES = {"l'UMP", "le PS", "les Jeunes Populaires", "le MoDem", "Europe Écologie", "le Front de gauche"};
  private static final String[] TOPICS = {
    "le réseau social « Créateurs de possibles »", "la plateforme militante « La Coopol »",
    "la campagne des régionales en Île-de-France", "la réforme des retraites", "le débat sur l'identité nationale",
    "la taxe carbone", "le vote électronique des militants", "les primaires socialistes",
    "la loi Hadopi", "le grand emprunt", "la réforme des collectivités territoriales", "le bouclier fiscal"
  };
  private static final String[] CITIES = {"Paris", "Lyon", "Marseille", "Lille", "Toulouse", "Bordeaux", "Nantes", "Rennes", "Strasbourg", "Montpellier"};
  private static final String[] VERBS = {"défend", "critique", "présente", "dénonce", "lance", "commente", "soutient", "remet en cause"};

  private final Path root;
  private final Random random;
  private final List<Good> good = new ArrayList<>();
  private final List<Hostile> hostile = new ArrayList<>();
  private int decoys;

  private HostileCorpus(Path root, long seed) {
    this.root = root;
    this.random = new Random(seed);
  }

  public List<Good> good() {
    return List.copyOf(good);
  }

  public List<Hostile> hostile() {
    return List.copyOf(hostile);
  }

  public Path root() {
    return root;
  }

  /**
   * The full folder: at least 50 good articles and 500 hostile files of every kind of issue 8.
   *
   * @param withFormatMonsters also the 20 MB JSON Lines line and the 10,000-item feed (formats the
   *     ingestor may not read yet: then they cost one stat each)
   */
  public static HostileCorpus full(Path root, long seed, boolean withFormatMonsters) throws IOException {
    HostileCorpus c = new HostileCorpus(root, seed);
    c.goodArticles(60);
    c.binaries();
    c.nulBytes();
    c.empties();
    c.truncated(45);
    c.encodings();
    c.hugeLines();
    c.deepNesting();
    c.hundredThousandDivs();
    c.xmlAttacks();
    c.invalidDates();
    c.frontMatters();
    c.links();
    c.unreadable();
    c.wrongExtensions();
    c.tooLarge();
    c.strangeNames();
    c.duplicates();
    c.vanishing();
    if (withFormatMonsters) {
      c.formatMonsters();
    }
    c.mutations(260);
    return c;
  }

  /**
   * The memory-hungry part of the full folder (huge lines, deep nesting, entity bombs, 200 MB file,
   * 20 MB JSON line, 10,000-item feed) with a few good articles: what a small-heap run must survive.
   */
  public static HostileCorpus heavy(Path root, long seed) throws IOException {
    HostileCorpus c = new HostileCorpus(root, seed);
    c.goodArticles(10);
    c.nulBytes();
    c.hugeLines();
    c.deepNesting();
    c.xmlAttacks();
    c.frontMatters();
    c.tooLarge();
    c.formatMonsters();
    return c;
  }

  /** A small folder for the slower NLP run: a few good articles and a few of each small hostile kind. */
  public static HostileCorpus small(Path root, long seed) throws IOException {
    HostileCorpus c = new HostileCorpus(root, seed);
    c.goodArticles(9);
    c.binaries();
    c.empties();
    c.xmlAttacks();
    c.links();
    c.mutations(10);
    return c;
  }

  /** The inputs that hang or stop the run today, written under {@code dir} (see the report of issue 8). */
  public static List<Trigger> knownBugTriggers(Path dir) throws IOException {
    List<Trigger> out = new ArrayList<>();
    HostileCorpus c = new HostileCorpus(dir, 8);
    c.write("crochets.md", ("# Crochets\n\n" + "[".repeat(200_000) + "\n").getBytes(StandardCharsets.UTF_8));
    out.add(new Trigger("crochets.md", "MarkdownReader.inline LINK regex: quadratic on a 200,000 '[' line (20,000 take ~17 s)"));
    c.write("gras.md", ("# Gras\n\n" + "**a ".repeat(50_000) + "\n").getBytes(StandardCharsets.UTF_8));
    out.add(new Trigger("gras.md", "MarkdownReader.inline STRONG regex: superlinear on '**a ' x 50,000 (10,000 already > 20 s)"));
    c.write("souligne.md", ("# Souligné\n\n" + "_a ".repeat(50_000) + "\n").getBytes(StandardCharsets.UTF_8));
    out.add(new Trigger("souligne.md", "MarkdownReader.inline EMPH regex: superlinear on '_a ' x 50,000 (10,000 already > 20 s)"));
    return out;
  }

  // ---------------------------------------------------------------- good articles

  private record Story(String title, String source, String author, LocalDate day, String lead, String body, String tail) {
    String text() {
      return lead + "\n\n" + body + "\n\n" + tail;
    }
  }

  /** A French political news story, unique through its number and the combination drawn. */
  private Story story(int n, String kind) {
    String actor = ACTORS[random.nextInt(ACTORS.length)];
    String other = ACTORS[random.nextInt(ACTORS.length)];
    String party = PARTIES[random.nextInt(PARTIES.length)];
    String topic = TOPICS[random.nextInt(TOPICS.length)];
    String city = CITIES[random.nextInt(CITIES.length)];
    String verb = VERBS[random.nextInt(VERBS.length)];
    LocalDate day = LocalDate.of(2010, 1 + random.nextInt(6), 1 + random.nextInt(28));
    int people = 40 + random.nextInt(900);
    String title = actor + " " + verb + " " + topic + " à " + city + " (" + kind + " n° " + n + ")";
    String lead = "Devant " + people + " militants réunis à " + city + ", " + actor + " " + verb + " " + topic
        + ". La réunion n° " + n + " de la semaine a été suivie de près par " + party + ".";
    String body = "« Nous devons parler aux Français de ce qui les inquiète vraiment », a déclaré " + actor
        + ", qui a répondu aux questions des journalistes pendant près d'une heure. " + other
        + " a jugé l'initiative « tardive et mal préparée », tout en reconnaissant que le sujet méritait un débat.";
    String tail = "Les responsables départementaux doivent rendre leurs propositions avant la fin du mois de "
        + MONTHS[day.getMonthValue() - 1] + ". Selon un proche du dossier, " + (people / 10)
        + " fédérations ont déjà répondu à l'appel.";
    return new Story(title, SOURCES[random.nextInt(SOURCES.length)], actor.equals(other) ? "Rédaction" : "Claire Martin",
        day, lead, body, tail);
  }

  private void goodArticles(int count) throws IOException {
    for (int i = 0; i < count; i++) {
      Story s = story(i, "bon");
      String folder = switch (i % 4) {
        case 0 -> "presse/";
        case 1 -> "blogs/";
        case 2 -> "";
        default -> "presse/archives/2010/";
      };
      String path;
      switch (i % 5) {
        case 0, 1 -> {
          path = folder + String.format("article-%03d.txt", i);
          write(path, txt(s).getBytes(StandardCharsets.UTF_8));
        }
        case 2 -> {
          path = folder + String.format("billet-%03d.md", i);
          write(path, markdown(s, s.day().toString()).getBytes(StandardCharsets.UTF_8));
        }
        case 3 -> {
          path = folder + String.format("page-%03d.html", i);
          write(path, html(s, "utf-8").getBytes(StandardCharsets.UTF_8));
        }
        default -> {
          // A legacy page in Windows-1252, declared as such: accents must survive.
          path = folder + String.format("ancienne-page-%03d.htm", i);
          write(path, html(s, "windows-1252").getBytes(Charset.forName("windows-1252")));
        }
      }
      good.add(new Good(path, s.title(), s.source(), s.day()));
    }
  }

  private static String frenchDay(LocalDate d) {
    return d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
  }

  private static String txt(Story s) {
    return s.title() + "\nPublié le " + frenchDay(s.day()) + "\nSource : " + s.source() + "\nPar " + s.author()
        + "\n\n" + s.text() + "\n";
  }

  private static String markdown(Story s, String date) {
    return "---\ntitle: \"" + s.title() + "\"\ndate: " + date + "\nsource: " + s.source() + "\nauthor: "
        + s.author() + "\ntags: [politique, régionales]\n---\n\n" + s.lead() + "\n\n**" + s.body() + "**\n\n"
        + s.tail() + "\n";
  }

  private static String html(Story s, String charset) {
    return "<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"" + charset + "\">\n<title>" + s.title() + " - "
        + s.source() + "</title>\n<meta property=\"og:title\" content=\"" + s.title().replace("\"", "&quot;")
        + "\">\n<meta property=\"og:site_name\" content=\"" + s.source() + "\">\n"
        + "<meta property=\"article:published_time\" content=\"" + s.day() + "T09:30:00+01:00\">\n"
        + "</head><body><header><nav><a href=\"/\">Accueil</a> | <a href=\"/politique\">Politique</a></nav></header>\n"
        + "<article><h1>" + s.title() + "</h1>\n<p class=\"auteur\">Par " + s.author() + "</p>\n<p>" + s.lead()
        + "</p>\n<p>" + s.body() + "</p>\n<p>" + s.tail() + "</p></article>\n"
        + "<footer>© 2010 " + s.source() + " — Tous droits réservés</footer></body></html>\n";
  }

  /** Text of a decoy: readable, never equal to a good article's text (no false duplicate). */
  private Story decoy() {
    return story(1000 + decoys++, "leurre");
  }

  // ---------------------------------------------------------------- hostile kinds

  private void binaries() throws IOException {
    String[] exts = {"txt", "md", "html", "htm"};
    for (int i = 0; i < 40; i++) {
      byte[] b = new byte[300 + random.nextInt(4000)];
      random.nextBytes(b);
      add("binaire/aleatoire-" + i + "." + exts[i % exts.length], b, "binary: random bytes", Expect.SKIPPED);
    }
    String[][] magics = {{"pdf", "%PDF-1.4\n"}, {"png", "\u0089PNG\r\n\u001a\n"}, {"zip", "PK\u0003\u0004"},
        {"gif", "GIF89a"}, {"jpeg", "\u00ff\u00d8\u00ff\u00e0"}, {"gzip", "\u001f\u008b\u0008"}};
    for (String[] m : magics) {
      for (String ext : exts) {
        byte[] head = m[1].getBytes(StandardCharsets.ISO_8859_1);
        byte[] tail = ("Texte caché après l'en-tête binaire. " + decoy().lead()).getBytes(StandardCharsets.UTF_8);
        add("binaire/" + m[0] + "-deguise." + ext, concat(head, tail), "binary: " + m[0] + " signature", Expect.SKIPPED);
      }
    }
  }

  private void nulBytes() throws IOException {
    for (int i = 0; i < 10; i++) {
      byte[] text = txt(decoy()).getBytes(StandardCharsets.UTF_8);
      int at = random.nextInt(Math.min(text.length, 4000));
      text[at] = 0;
      add("nul/nul-" + i + ".txt", text, "NUL byte in a .txt", Expect.SKIPPED);
    }
    for (int i = 0; i < 3; i++) {
      // A NUL after the first 8 KB: the binary sniffing does not see it; the text is still readable.
      String text = txt(decoy()) + "\n" + ("Suite du compte rendu de la séance " + i + ". ").repeat(300) + "\u0000fin\n";
      add("nul/nul-tardif-" + i + ".txt", text.getBytes(StandardCharsets.UTF_8), "NUL byte after 8 KB", Expect.EITHER);
    }
  }

  private void empties() throws IOException {
    for (String ext : new String[] {"txt", "text", "md", "markdown", "html", "htm", "xhtml"}) {
      add("vide/vide." + ext, new byte[0], "empty file", Expect.SKIPPED);
    }
    add("vide/espaces.txt", " \n\t\n   \r\n".getBytes(StandardCharsets.US_ASCII), "whitespace only", Expect.SKIPPED);
    add("vide/espaces.md", "\n\n\n    \n".getBytes(StandardCharsets.US_ASCII), "whitespace only", Expect.SKIPPED);
    add("vide/espaces-insecables.txt", "\u00a0\u202f\u2009\n".getBytes(StandardCharsets.UTF_8), "no-break spaces only", Expect.EITHER);
    add("vide/bom-seul.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "UTF-8 BOM only", Expect.SKIPPED);
    add("vide/bom-utf16-seul.txt", new byte[] {(byte) 0xFF, (byte) 0xFE}, "UTF-16 BOM only", Expect.SKIPPED);
    add("vide/balises-vides.html", "<html><head></head><body><div></div></body></html>".getBytes(StandardCharsets.US_ASCII),
        "HTML without text", Expect.SKIPPED);
    add("vide/front-matter-seul.md", "---\ntitle: \n---\n".getBytes(StandardCharsets.US_ASCII), "front matter only", Expect.EITHER);
  }

  private void truncated(int count) throws IOException {
    for (int i = 0; i < count; i++) {
      Story s = decoy();
      byte[] full = switch (i % 3) {
        case 0 -> txt(s).getBytes(StandardCharsets.UTF_8);
        case 1 -> markdown(s, s.day().toString()).getBytes(StandardCharsets.UTF_8);
        default -> html(s, "utf-8").getBytes(StandardCharsets.UTF_8);
      };
      int cut = 1 + random.nextInt(full.length - 1);
      String ext = switch (i % 3) {
        case 0 -> "txt";
        case 1 -> "md";
        default -> "html";
      };
      // Cuts land anywhere: inside a tag, the front matter, or a multi-byte character.
      add("tronque/tronque-" + i + "." + ext, java.util.Arrays.copyOf(full, cut), "truncated at byte " + cut, Expect.EITHER);
    }
  }

  private void encodings() throws IOException {
    String[] charsets = {"windows-1252", "ISO-8859-1", "ISO-8859-15", "x-MacRoman", "IBM850", "UTF-16LE", "UTF-16BE", "UTF-32"};
    for (String cs : charsets) {
      for (String ext : new String[] {"txt", "md"}) {
        Story s = decoy();
        String text = ext.equals("txt") ? txt(s) : markdown(s, s.day().toString());
        byte[] bytes = (text + " Prix : 15 € — cœur.").getBytes(Charset.forName(cs));
        // UTF-16 and UTF-32 without a byte-order mark put NUL bytes in ASCII text: reported as binary.
        Expect e = cs.startsWith("UTF-") ? Expect.SKIPPED : Expect.EITHER;
        add("encodages/" + cs.toLowerCase(java.util.Locale.ROOT) + "." + ext, bytes, "encoding " + cs + " without BOM", e);
      }
    }
    for (String cs : new String[] {"UTF-16LE", "UTF-16BE"}) {
      Story s = decoy();
      byte[] bom = cs.endsWith("LE") ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
      add("encodages/avec-bom-" + cs.toLowerCase(java.util.Locale.ROOT) + ".txt", concat(bom, txt(s).getBytes(Charset.forName(cs))),
          "UTF-16 with BOM", Expect.EITHER);
    }
    for (int i = 0; i < 10; i++) {
      // Invalid UTF-8: lone continuation bytes, overlong forms, surrogates, 0xFF.
      byte[] text = txt(decoy()).getBytes(StandardCharsets.UTF_8);
      byte[][] bad = {{(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF}, {(byte) 0xE9, 'e'}};
      byte[] b = bad[i % bad.length];
      int at = 20 + random.nextInt(text.length - 40);
      add("encodages/utf8-invalide-" + i + ".txt", concat(java.util.Arrays.copyOf(text, at), b, java.util.Arrays.copyOfRange(text, at, text.length)),
          "invalid UTF-8", Expect.EITHER);
    }
    String[] declared = {"utf-8", "bogus-charset", "x-user-defined", "utf-7", "iso-2022-jp", "ebcdic-cp-fr",
        "a".repeat(5000)};
    for (int i = 0; i < declared.length; i++) {
      Story s = decoy();
      // The page says one thing, its bytes another.
      byte[] bytes = html(s, declared[i]).getBytes(Charset.forName("windows-1252"));
      add("encodages/charset-menteur-" + i + ".html", bytes, "declared charset " + declared[i].substring(0, Math.min(20, declared[i].length())), Expect.EITHER);
    }
  }

  private void hugeLines() throws IOException {
    StringBuilder words = new StringBuilder("Une ligne interminable\n\n");
    while (words.length() < 1_000_000) {
      words.append(TOPICS[random.nextInt(TOPICS.length)]).append(' ').append(random.nextInt(100_000)).append(' ');
    }
    add("lignes/ligne-1-mo.txt", words.toString().getBytes(StandardCharsets.UTF_8), "1 MB body line", Expect.INDEXED);
    add("lignes/titre-1-mo.txt", ("é".repeat(500_000) + "\n\nLe texte après un titre démesuré.").getBytes(StandardCharsets.UTF_8),
        "1 MB title line without space", Expect.INDEXED);
    add("lignes/attribut-1-mo.html", ("<html><head><title>Attribut géant</title></head><body><p data-x=\"" + "x".repeat(1_000_000)
        + "\">Le PS et l'UMP s'affrontent.</p></body></html>").getBytes(StandardCharsets.UTF_8), "1 MB attribute", Expect.EITHER);
    add("lignes/source-40-ko.txt", ("Titre ordinaire\nSource : " + "Le Monde ".repeat(4_500) + "\n\n" + decoy().lead())
        .getBytes(StandardCharsets.UTF_8), "40 KB source line", Expect.INDEXED);
    add("lignes/retours-chariot.txt", ("Titre\r" + "\r".repeat(200_000) + decoy().lead()).getBytes(StandardCharsets.UTF_8),
        "200,000 carriage returns", Expect.EITHER);
    add("lignes/lignes-vides.md", ("# Titre\n" + "\n".repeat(300_000) + decoy().lead()).getBytes(StandardCharsets.UTF_8),
        "300,000 blank lines", Expect.EITHER);
  }

  private void deepNesting() throws IOException {
    add("profond/div-5000.html", ("<html><head><title>Div imbriqués</title></head><body>" + "<div>".repeat(5_000) + "<p>"
        + decoy().lead() + "</p>" + "</div>".repeat(5_000) + "</body></html>").getBytes(StandardCharsets.UTF_8),
        "5,000 nested div", Expect.EITHER);
    add("profond/tableaux-2000.html", ("<html><body>" + "<table><tr><td>".repeat(2_000) + decoy().lead() + "</body></html>")
        .getBytes(StandardCharsets.UTF_8), "2,000 unclosed nested tables", Expect.EITHER);
    add("profond/citations.md", ("# Citations\n\n" + "> ".repeat(20_000) + decoy().lead() + "\n").getBytes(StandardCharsets.UTF_8),
        "20,000 nested block quotes", Expect.EITHER);
    add("profond/listes.md", ("# Listes\n\n" + buildNestedList(3_000) + decoy().lead() + "\n").getBytes(StandardCharsets.UTF_8),
        "3,000 nested list items", Expect.EITHER);
    add("profond/tableau-10000.json", ("[".repeat(10_000) + "\"Le PS\"" + "]".repeat(10_000)).getBytes(StandardCharsets.US_ASCII),
        "JSON nested 10,000 deep", Expect.EITHER);
    add("profond/objet-10000.json", ("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)).getBytes(StandardCharsets.US_ASCII),
        "JSON objects nested 10,000 deep", Expect.EITHER);
    add("profond/lignes-10000.jsonl", ("{\"title\":\"x\",\"text\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}\n")
        .getBytes(StandardCharsets.US_ASCII), "JSON Lines nested 10,000 deep", Expect.EITHER);
    add("profond/xml-10000.xml", ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>" + "<x>".repeat(10_000) + "</x>".repeat(10_000)
        + "</channel></rss>").getBytes(StandardCharsets.US_ASCII), "XML nested 10,000 deep", Expect.EITHER);
  }

  /** Slow (about 10 s alone: 10,000 take 1.7 s) but finishes: in the full folder only. */
  private void hundredThousandDivs() throws IOException {
    add("profond/div-100000.html", ("<html><head><title>Cent mille div</title></head><body>" + "<div>".repeat(100_000) + "<p>"
        + decoy().lead() + "</p>" + "</div>".repeat(100_000) + "</body></html>").getBytes(StandardCharsets.UTF_8),
        "100,000 nested div", Expect.EITHER);
  }

  private static String buildNestedList(int depth) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      sb.append("  ".repeat(i)).append("- point ").append(i).append('\n');
    }
    return sb.toString();
  }

  private void xmlAttacks() throws IOException {
    String xxe = "<!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
    String rss = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + xxe + "\n<rss version=\"2.0\"><channel><title>Flux &xxe;</title>"
        + "<item><title>Le secret &xxe;</title><pubDate>Wed, 10 Feb 2010 10:00:00 +0100</pubDate><description>&xxe; "
        + decoy().lead() + "</description></item></channel></rss>\n";
    add("xml/xxe-passwd.xml", rss.getBytes(StandardCharsets.UTF_8), "XXE file:///etc/passwd (RSS)", Expect.EITHER);
    add("xml/xxe-passwd.rss", rss.getBytes(StandardCharsets.UTF_8), "XXE file:///etc/passwd (.rss)", Expect.EITHER);
    add("xml/xxe-parametre.xml", ("<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;]>\n"
        + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>Atom</title><content>" + decoy().lead()
        + "</content></entry></feed>\n").getBytes(StandardCharsets.UTF_8), "XXE parameter entity (Atom)", Expect.EITHER);
    add("xml/dtd-distante.xml", ("<?xml version=\"1.0\"?>\n<!DOCTYPE rss SYSTEM \"http://127.0.0.1:9/evil.dtd\">\n<rss><channel><item><title>DTD</title>"
        + "<description>" + decoy().lead() + "</description></item></channel></rss>\n").getBytes(StandardCharsets.UTF_8),
        "external DTD over HTTP", Expect.EITHER);
    add("xml/xxe-passwd.xhtml", ("<?xml version=\"1.0\"?>\n" + xxe + "\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>XHTML &xxe;</title></head><body><p>&xxe;</p><p>"
        + decoy().lead() + "</p></body></html>\n").getBytes(StandardCharsets.UTF_8), "XXE in XHTML", Expect.EITHER);
    add("xml/xxe-passwd.html", ("<!DOCTYPE html [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><html><body><p>&xxe;</p><p>" + decoy().lead()
        + "</p></body></html>\n").getBytes(StandardCharsets.UTF_8), "XXE in HTML", Expect.EITHER);
    StringBuilder lol = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      lol.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : String.valueOf(i - 1)) + ";").repeat(10)).append("\">\n");
    }
    lol.append("]>\n");
    String laughs = lol + "<rss version=\"2.0\"><channel><item><title>&lol9;</title><description>&lol9; " + decoy().lead()
        + "</description></item></channel></rss>\n";
    add("xml/milliard-de-rires.xml", laughs.getBytes(StandardCharsets.UTF_8), "billion laughs (RSS)", Expect.EITHER);
    add("xml/milliard-de-rires.rss", laughs.getBytes(StandardCharsets.UTF_8), "billion laughs (.rss)", Expect.EITHER);
    add("xml/milliard-de-rires.atom", (lol + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>&lol9;</title></entry></feed>\n")
        .getBytes(StandardCharsets.UTF_8), "billion laughs (Atom)", Expect.EITHER);
    add("xml/milliard-de-rires.xhtml", (lol + "<html><body><p>&lol9;</p><p>" + decoy().lead() + "</p></body></html>\n")
        .getBytes(StandardCharsets.UTF_8), "billion laughs (XHTML)", Expect.EITHER);
    add("xml/explosion-quadratique.xml", ("<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY a \"" + "a".repeat(50_000) + "\">]>\n<rss><channel><item><title>q</title><description>"
        + "&a;".repeat(5_000) + "</description></item></channel></rss>\n").getBytes(StandardCharsets.UTF_8),
        "quadratic blowup (50 KB entity x 5,000)", Expect.EITHER);
    add("xml/wordpress-xxe.xml", ("<?xml version=\"1.0\"?>\n" + xxe + "\n<rss version=\"2.0\" xmlns:wp=\"http://wordpress.org/export/1.2/\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
        + "<channel><wp:wxr_version>1.2</wp:wxr_version><item><title>WXR</title><content:encoded><![CDATA[" + decoy().lead()
        + "]]></content:encoded><wp:post_date>2010-02-30 25:61:00</wp:post_date><wp:status>publish</wp:status></item></channel></rss>\n")
        .getBytes(StandardCharsets.UTF_8), "WordPress export with XXE and impossible date", Expect.EITHER);
  }

  private void invalidDates() throws IOException {
    String[] txtDates = {"Publié le 31 février 2010", "le 45/13/2010", "Publié le 0 janvier 2010", "2010-02-30",
        "Publié le 29 février 2011", "+999999999-12-31", "-0001-01-01", "le 1er janvier 10000", "99999999999999999999",
        "Publié le 12 brumaire an II", "2010-02-10T25:61:61+25:00", "NaN"};
    for (int i = 0; i < txtDates.length; i++) {
      Story s = decoy();
      add("dates/date-" + i + ".txt", (s.title() + "\n" + txtDates[i] + "\nSource : " + s.source() + "\n\n" + s.text() + "\n")
          .getBytes(StandardCharsets.UTF_8), "invalid date " + txtDates[i], Expect.INDEXED);
    }
    String[] mdDates = {"2010-02-30", "9999999999999", "[2010, 2, 3]", "&d 2010-13-01", "\"\"", "2010-02-10T10:00:00+99:00",
        "-9999999999", "1e308", "0000-00-00", "{annee: 2010}"};
    for (int i = 0; i < mdDates.length; i++) {
      Story s = decoy();
      add("dates/date-" + i + ".md", markdown(s, mdDates[i]).getBytes(StandardCharsets.UTF_8), "invalid date " + mdDates[i], Expect.INDEXED);
    }
    String[] htmlDates = {"2010-02-30T09:30:00+01:00", "demain", "-1", "9223372036854775807", "2010-02-10T09:30:00Z[Mars/Olympus]"};
    for (int i = 0; i < htmlDates.length; i++) {
      Story s = decoy();
      add("dates/date-" + i + ".html", html(s, "utf-8").replace(s.day() + "T09:30:00+01:00", htmlDates[i]).getBytes(StandardCharsets.UTF_8),
          "invalid date " + htmlDates[i], Expect.INDEXED);
    }
  }

  private void frontMatters() throws IOException {
    Story s = decoy();
    add("front-matter/jamais-ferme.md", ("---\ntitle: Jamais fermé\ndate: 2010-02-10\n\n" + s.text()).getBytes(StandardCharsets.UTF_8),
        "unterminated YAML front matter", Expect.SKIPPED);
    add("front-matter/toml-jamais-ferme.md", ("+++\ntitle = \"Jamais fermé\"\n\n" + decoy().text()).getBytes(StandardCharsets.UTF_8),
        "unterminated TOML front matter", Expect.SKIPPED);
    StringBuilder bomb = new StringBuilder("---\ntitle: Bombe YAML\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      bomb.append(c).append(": &").append(c).append(" [");
      for (int k = 0; k < 9; k++) {
        bomb.append(k == 0 ? "" : ",").append('*').append((char) (c - 1));
      }
      bomb.append("]\n");
    }
    bomb.append("tags: *j\nsource: *j\nauthor: *i\n---\n\n").append(decoy().text()).append('\n');
    add("front-matter/bombe-yaml.md", bomb.toString().getBytes(StandardCharsets.UTF_8), "YAML billion laughs with anchors", Expect.INDEXED);
    add("front-matter/ancres.md", ("---\ntitle: &t Ancres\nsource: *t\nauthor: <<: *t\ntags: !!python/object/apply:os.system [\"rm -rf /\"]\n---\n\n" + decoy().text())
        .getBytes(StandardCharsets.UTF_8), "anchors, merge keys and a Python tag", Expect.INDEXED);
    StringBuilder keys = new StringBuilder("---\n");
    for (int i = 0; i < 50_000; i++) {
      keys.append("cle").append(i).append(": valeur ").append(i).append('\n');
    }
    add("front-matter/cinquante-mille-cles.md", (keys + "title: Beaucoup de clés\n---\n\n" + decoy().text()).getBytes(StandardCharsets.UTF_8),
        "50,000 front matter keys", Expect.INDEXED);
    add("front-matter/source-geante.md", ("---\ntitle: Source géante\nsource: " + "Libération ".repeat(4_000) + "\ntags: [" + "x".repeat(40_000)
        + ", normal]\n---\n\n" + decoy().text()).getBytes(StandardCharsets.UTF_8), "40 KB source and tag", Expect.INDEXED);
    add("front-matter/liste-infinie.md", ("---\ntitle: Liste\ntags:\n" + "  - étiquette\n".repeat(100_000) + "---\n\n" + decoy().text())
        .getBytes(StandardCharsets.UTF_8), "100,000 tags", Expect.INDEXED);
    add("front-matter/deux-points.md", ("---\n:::\n: : :\n---\n---\n\n" + decoy().text()).getBytes(StandardCharsets.UTF_8),
        "garbage front matter", Expect.EITHER);
  }

  private void links() throws IOException {
    Files.createDirectories(root.resolve("liens/sous"));
    link("liens/boucle.txt", "boucle.txt", "symlink to itself");
    link("liens/a.txt", "b.txt", "symlink loop a -> b");
    link("liens/b.txt", "a.txt", "symlink loop b -> a");
    link("liens/cassé.md", "nulle-part.md", "broken symlink");
    link("liens/retour", "..", "directory symlink loop to the parent");
    link("liens/sous/remonte", "../..", "directory symlink loop to the root, two levels up");
    if (Files.exists(Path.of("/dev/zero"))) {
      link("liens/zero.txt", "/dev/zero", "symlink to /dev/zero (endless device)");
    }
    Path fifo = root.resolve("liens/tube.txt");
    try {
      Process p = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
      if (p.waitFor() == 0 && Files.exists(fifo)) {
        hostile.add(new Hostile("liens/tube.txt", "named pipe (would block a reader forever)", Expect.SKIPPED));
      }
    } catch (IOException e) {
      // No mkfifo on this system: one kind fewer, nothing to check.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void link(String path, String target, String kind) throws IOException {
    Path p = root.resolve(path);
    Files.createDirectories(p.getParent());
    Files.createSymbolicLink(p, Path.of(target));
    hostile.add(new Hostile(path, kind, Expect.SKIPPED));
  }

  private void unreadable() throws IOException {
    String[] names = {"interdit/secret.txt", "interdit/secret.md", "interdit/secret.html"};
    for (String name : names) {
      Story s = decoy();
      byte[] bytes = name.endsWith(".txt") ? txt(s).getBytes(StandardCharsets.UTF_8)
          : name.endsWith(".md") ? markdown(s, s.day().toString()).getBytes(StandardCharsets.UTF_8) : html(s, "utf-8").getBytes(StandardCharsets.UTF_8);
      add(name, bytes, "chmod 000", Expect.READABLE_IF_ROOT);
      Files.setPosixFilePermissions(root.resolve(name), PosixFilePermissions.fromString("---------"));
    }
    Story s = decoy();
    add("dossier-interdit/dedans.txt", txt(s).getBytes(StandardCharsets.UTF_8), "file in a chmod 000 folder", Expect.READABLE_IF_ROOT);
    Files.setPosixFilePermissions(root.resolve("dossier-interdit"), PosixFilePermissions.fromString("---------"));
  }

  private void wrongExtensions() throws IOException {
    String[] unsupported = {"exe", "docx", "pdf", "jpg", "bak", "doc", "odt", "csv", "log", "zip"};
    for (String ext : unsupported) {
      add("extensions/article." + ext, txt(decoy()).getBytes(StandardCharsets.UTF_8), "unsupported extension ." + ext, Expect.SKIPPED);
    }
    add("extensions/sans-extension", txt(decoy()).getBytes(StandardCharsets.UTF_8), "no extension", Expect.SKIPPED);
    add("extensions/article.txt.bak", txt(decoy()).getBytes(StandardCharsets.UTF_8), "backup copy", Expect.SKIPPED);
    add("extensions/page-html.txt", html(decoy(), "utf-8").getBytes(StandardCharsets.UTF_8), "HTML saved as .txt", Expect.INDEXED);
    add("extensions/json.md", ("{\"title\": \"JSON\", \"text\": \"" + decoy().lead() + "\"}").getBytes(StandardCharsets.UTF_8),
        "JSON saved as .md", Expect.INDEXED);
    add("extensions/markdown.html", ("Texte brut sans balise. " + decoy().lead()).getBytes(StandardCharsets.UTF_8),
        "plain text saved as .html", Expect.SKIPPED);
    add("extensions/flux.htm", ("<?xml version=\"1.0\"?><rss><channel><item><title>Flux</title><description>" + decoy().lead()
        + "</description></item></channel></rss>").getBytes(StandardCharsets.UTF_8), "RSS saved as .htm", Expect.EITHER);
    add("extensions/MAJUSCULES.TXT", txt(decoy()).getBytes(StandardCharsets.UTF_8), "upper-case extension", Expect.INDEXED);
    add("extensions/Page.HTML", html(decoy(), "utf-8").getBytes(StandardCharsets.UTF_8), "upper-case extension", Expect.INDEXED);
    add("extensions/pdf-deguise.html", concat("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), new byte[] {0, 1, 2, 3}),
        "PDF saved as .html", Expect.SKIPPED);
    add("extensions/image.md", concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, new byte[64]),
        "PNG saved as .md", Expect.SKIPPED);
    add("extensions/point-final.", txt(decoy()).getBytes(StandardCharsets.UTF_8), "name ending with a dot", Expect.SKIPPED);
  }

  private void tooLarge() throws IOException {
    sparse("enorme/deux-cents-mo.txt", 200L * 1024 * 1024, "200 MB sparse .txt");
    sparse("enorme/soixante-mo.html", 60L * 1024 * 1024, "60 MB sparse .html");
    sparse("enorme/juste-au-dessus.md", 50L * 1024 * 1024 + 1, "50 MB + 1 byte sparse .md");
  }

  private void sparse(String path, long size, String kind) throws IOException {
    Path p = root.resolve(path);
    Files.createDirectories(p.getParent());
    try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
      f.write("Titre\n\n".getBytes(StandardCharsets.US_ASCII));
      f.setLength(size); // a hole: no disk used, and the indexer must never read it
    }
    hostile.add(new Hostile(path, kind, Expect.SKIPPED));
  }

  private void strangeNames() throws IOException {
    add("noms/" + "é".repeat(120) + ".txt", txt(decoy()).getBytes(StandardCharsets.UTF_8), "240-byte file name", Expect.INDEXED);
    add("noms/retour\nà la ligne.txt", txt(decoy()).getBytes(StandardCharsets.UTF_8), "newline in the file name", Expect.INDEXED);
    add("noms/-rf.md", markdown(decoy(), "2010-03-01").getBytes(StandardCharsets.UTF_8), "name starting with a dash", Expect.INDEXED);
    add("noms/espaces  et\ttab.html", html(decoy(), "utf-8").getBytes(StandardCharsets.UTF_8), "spaces and tab in the name", Expect.INDEXED);
    add("noms/dossier.txt/vrai.txt", txt(decoy()).getBytes(StandardCharsets.UTF_8), "folder named like a file", Expect.INDEXED);
  }

  private void duplicates() throws IOException {
    byte[] bytes = txt(decoy()).getBytes(StandardCharsets.UTF_8);
    add("doublons/copie-1.txt", bytes, "exact duplicate (first copy)", Expect.INDEXED);
    add("doublons/copie-2.txt", bytes, "exact duplicate (second copy)", Expect.SKIPPED);
  }

  /** Files the test deletes once the run has listed their folder (named to come last in it). */
  private void vanishing() throws IOException {
    for (int i = 0; i < 2; i++) {
      add("zz-disparait-" + i + ".txt", txt(decoy()).getBytes(StandardCharsets.UTF_8), "deleted during the run", Expect.VANISHES);
    }
  }

  private void formatMonsters() throws IOException {
    Path jsonl = root.resolve("monstres/ligne-20-mo.jsonl");
    Files.createDirectories(jsonl.getParent());
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(jsonl), 1 << 16)) {
      out.write("{\"title\":\"Ligne géante\",\"date\":\"2010-02-10\",\"text\":\"".getBytes(StandardCharsets.UTF_8));
      byte[] chunk = "Le PS et l'UMP débattent encore. ".getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < 20L * 1024 * 1024; written += chunk.length) {
        out.write(chunk);
      }
      out.write("\"}\n{\"title\":\"Après la ligne géante\",\"text\":\"Une ligne normale.\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    hostile.add(new Hostile("monstres/ligne-20-mo.jsonl", "20 MB JSON Lines line", Expect.EITHER));
    Path feed = root.resolve("monstres/dix-mille-items.xml");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(feed), 1 << 16)) {
      out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Flux géant</title>\n".getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < 10_000; i++) {
        out.write(("<item><title>Dépêche " + i + "</title><guid>depeche-" + i + "</guid><pubDate>Wed, 10 Feb 2010 10:00:00 +0100</pubDate>"
            + "<description>Dépêche numéro " + i + " sur " + TOPICS[i % TOPICS.length] + ".</description></item>\n").getBytes(StandardCharsets.UTF_8));
      }
      out.write("</channel></rss>\n".getBytes(StandardCharsets.UTF_8));
    }
    hostile.add(new Hostile("monstres/dix-mille-items.xml", "RSS with 10,000 items", Expect.EITHER));
  }

  /** Random damage to readable decoys: flipped bytes, control characters, cuts, repeated lines. */
  private void mutations(int count) throws IOException {
    String[] exts = {"txt", "md", "html"};
    for (int i = 0; i < count; i++) {
      Story s = decoy();
      String ext = exts[i % 3];
      byte[] b = (ext.equals("txt") ? txt(s) : ext.equals("md") ? markdown(s, s.day().toString()) : html(s, "utf-8"))
          .getBytes(StandardCharsets.UTF_8);
      int damage = 1 + random.nextInt(12);
      for (int k = 0; k < damage; k++) {
        int at = random.nextInt(b.length);
        switch (random.nextInt(5)) {
          case 0 -> b[at] = (byte) random.nextInt(256);
          case 1 -> b[at] = (byte) (1 + random.nextInt(31));
          case 2 -> b = java.util.Arrays.copyOf(b, Math.max(1, at));
          case 3 -> b = concat(java.util.Arrays.copyOf(b, at), "<<<---\n<!--".getBytes(StandardCharsets.US_ASCII), java.util.Arrays.copyOfRange(b, at, b.length));
          default -> b = concat(b, java.util.Arrays.copyOf(b, Math.min(b.length, at + 1)));
        }
      }
      String folder = switch (i % 4) {
        case 0 -> "presse/";
        case 1 -> "blogs/";
        case 2 -> "";
        default -> "abimes/";
      };
      add(folder + String.format("abime-%03d.%s", i, ext), b, "random damage (" + damage + " edits)", Expect.EITHER);
    }
  }

  // ---------------------------------------------------------------- writing

  private void add(String path, byte[] bytes, String kind, Expect expect) throws IOException {
    write(path, bytes);
    hostile.add(new Hostile(path, kind, expect));
  }

  private void write(String path, byte[] bytes) throws IOException {
    Path p = root.resolve(path);
    Files.createDirectories(p.getParent());
    Files.write(p, bytes);
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int o = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, o, p.length);
      o += p.length;
    }
    return out;
  }
}
