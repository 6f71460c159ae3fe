package fr.veille.ingest;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Markdown with an optional YAML front matter ({@code title}, {@code date}, {@code source},
 * {@code url}, {@code author}, {@code tags}, {@code lang}; common synonyms accepted) and a body whose
 * Markdown syntax is removed. Without a title in the front matter, the first heading is the title.
 * Only the flat subset of YAML that front matter uses is read: scalars, quoted strings, flow lists
 * {@code [a, b]} and block lists {@code - a}.
 */
final class MarkdownReader implements FormatReader {
  private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
  private static final Pattern SETEXT = Pattern.compile("^\\s{0,3}(=+|-+)\\s*$");
  private static final Pattern RULE = Pattern.compile("^\\s{0,3}([-*_])(\\s*\\1){2,}\\s*$");
  private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~).*$");
  private static final Pattern LIST_MARK = Pattern.compile("^\\s*(?:[-*+]|\\d{1,3}[.)])\\s+");
  private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)");
  // Inline spans are bounded (MAX_SPAN characters): unbounded groups make these patterns quadratic
  // on a long line of brackets or stars, and a real link text or emphasis is never that long.
  private static final Pattern LINK = Pattern.compile("\\[([^\\]\\[]{0,300})\\]\\((?:[^)\\s]{0,2000})(?:\\s+\"[^\"]{0,300}\")?\\)");
  private static final Pattern REF_LINK = Pattern.compile("\\[([^\\]\\[]{1,300})\\]\\[[^\\]]{0,300}\\]");
  private static final Pattern REF_DEF = Pattern.compile("^\\s{0,3}\\[[^\\]]+\\]:\\s+\\S+.*$");
  private static final Pattern AUTOLINK = Pattern.compile("<(https?://[^>]+)>");
  private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.{1,300}?)(?<=\\S)\\1");
  private static final Pattern EMPH = Pattern.compile("(?<![\\w*])([*_])(?=\\S)(.{1,300}?)(?<=\\S)\\1(?![\\w*])");
  private static final Pattern CODE = Pattern.compile("`+([^`]*)`+");
  private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^>]*>");

  @Override
  public List<Article> read(RawFile file, List<String> problems) throws IngestException {
    String text = Readers.decodeText(file, false).replace("\r\n", "\n").replace('\r', '\n');
    List<String> lines = List.of(text.split("\n", -1));
    Map<String, Object> meta = new LinkedHashMap<>();
    int start = 0;
    if (!lines.isEmpty() && (lines.get(0).strip().equals("---") || lines.get(0).strip().equals("+++"))) {
      String fence = lines.get(0).strip();
      int end = -1;
      for (int i = 1; i < lines.size(); i++) {
        String l = lines.get(i).strip();
        if (l.equals(fence) || fence.equals("---") && l.equals("...")) {
          end = i;
          break;
        }
      }
      if (end < 0) {
        throw new IngestException(file.path(), "front matter opened by '" + fence + "' is never closed");
      }
      meta = frontMatter(lines.subList(1, end), fence.equals("+++"));
      start = end + 1;
    }
    String title = Texts.cleanLine(str(meta, "title", "titre", "headline"));
    List<String> paragraphs = new ArrayList<>();
    StringBuilder para = new StringBuilder();
    boolean inFence = false;
    for (int i = start; i < lines.size(); i++) {
      String line = lines.get(i);
      if (FENCE.matcher(line).matches()) {
        inFence = !inFence;
        flush(para, paragraphs);
        continue;
      }
      if (inFence) {
        if (!line.isBlank()) {
          paragraphs.add(line);
        }
        continue;
      }
      if (line.isBlank() || RULE.matcher(line).matches() || REF_DEF.matcher(line).matches()) {
        flush(para, paragraphs);
        continue;
      }
      var h = HEADING.matcher(line);
      boolean setext = i + 1 < lines.size() && !line.isBlank() && para.length() == 0
          && SETEXT.matcher(lines.get(i + 1)).matches() && !LIST_MARK.matcher(line).find();
      if (h.matches() || setext) {
        flush(para, paragraphs);
        String heading = inline(h.matches() ? h.group(1) : line.strip());
        if (setext) {
          i++;
        }
        if (title.isEmpty() && paragraphs.isEmpty()) {
          title = Texts.cleanLine(heading);
        } else {
          paragraphs.add(heading);
        }
        continue;
      }
      boolean listItem = LIST_MARK.matcher(line).find();
      String content = stripQuoteMarks(line);
      content = LIST_MARK.matcher(content).replaceFirst("");
      if (listItem) {
        flush(para, paragraphs);
      }
      if (para.length() > 0) {
        para.append('\n'); // a space once cleaned; kept a line break so that a last-line sign-off is seen
      }
      para.append(inline(content.strip()));
    }
    flush(para, paragraphs);
    if (title.isEmpty()) {
      title = file.baseName();
    }
    String body = Texts.cleanParagraphs(paragraphs);
    String source = Texts.cleanLine(str(meta, "source", "site", "publication", "media", "média", "journal", "publisher"));
    ZonedDateTime date = null;
    String rawDate = str(meta, "date", "published", "pubdate", "publishdate", "datepublished", "published_at", "created");
    if (!rawDate.isEmpty()) {
      date = DateParser.parse(rawDate).orElse(null);
    }
    List<String> tags = list(meta, "tags", "keywords", "categories", "mots-clés", "mots_cles");
    String lang = Readers.iso3(str(meta, "lang", "language", "langue"));
    return List.of(
        new Article(
            file.singleId(),
            source.isEmpty() ? file.folderSource() : source,
            Texts.cleanLine(str(meta, "url", "link", "canonical", "permalink", "lien")),
            title,
            Texts.cleanLine(authors(meta)),
            date,
            lang,
            body,
            file.relativePath(),
            tags));
  }

  private static void flush(StringBuilder para, List<String> paragraphs) {
    if (para.length() > 0) {
      paragraphs.add(para.toString());
      para.setLength(0);
    }
  }

  /** Inline Markdown to plain text: links keep their text, images go, emphasis marks go. */
  /**
   * Removes leading « > » quote marks (any depth) by scanning: a regular expression with a repeated
   * group recurses once per level and overflows the stack on thousands of nested quotes.
   */
  static String stripQuoteMarks(String line) {
    int i = 0;
    int spaces = 0;
    while (i < line.length() && line.charAt(i) == ' ' && spaces < 3) {
      i++;
      spaces++;
    }
    if (i >= line.length() || line.charAt(i) != '>') {
      return line;
    }
    while (i < line.length() && line.charAt(i) == '>') {
      i++;
      if (i < line.length() && Character.isWhitespace(line.charAt(i))) {
        i++;
      }
    }
    return line.substring(i);
  }

  static String inline(String s) {
    String t = IMAGE.matcher(s).replaceAll("");
    t = LINK.matcher(t).replaceAll("$1");
    t = REF_LINK.matcher(t).replaceAll("$1");
    t = AUTOLINK.matcher(t).replaceAll("$1");
    t = CODE.matcher(t).replaceAll("$1");
    t = STRONG.matcher(t).replaceAll("$2");
    t = EMPH.matcher(t).replaceAll("$2");
    t = HTML_TAG.matcher(t).replaceAll("");
    t = t.replaceAll("\\\\([\\\\`*_{}\\[\\]()#+\\-.!>])", "$1");
    if (t.endsWith("  ")) {
      t = t.strip();
    }
    return org.jsoup.parser.Parser.unescapeEntities(t, false);
  }

  private static String authors(Map<String, Object> meta) {
    List<String> list = list(meta, "author", "authors", "auteur", "auteurs", "by");
    return String.join(", ", list);
  }

  private static String str(Map<String, Object> meta, String... keys) {
    for (String k : keys) {
      Object v = meta.get(k);
      if (v instanceof String s && !s.isBlank()) {
        return s;
      }
      if (v instanceof List<?> l && !l.isEmpty()) {
        return String.valueOf(l.get(0));
      }
    }
    return "";
  }

  private static List<String> list(Map<String, Object> meta, String... keys) {
    for (String k : keys) {
      Object v = meta.get(k);
      if (v instanceof List<?> l && !l.isEmpty()) {
        List<String> out = new ArrayList<>();
        for (Object o : l) {
          String c = Texts.cleanLine(String.valueOf(o));
          if (!c.isEmpty()) {
            out.add(c);
          }
        }
        return out;
      }
      if (v instanceof String s && !s.isBlank()) {
        return Readers.splitList(s);
      }
    }
    return List.of();
  }

  /** The flat YAML (or TOML, for +++) subset of front matter; keys lower-cased. */
  static Map<String, Object> frontMatter(List<String> lines, boolean toml) {
    Map<String, Object> out = new LinkedHashMap<>();
    String listKey = null;
    List<String> list = null;
    for (String raw : lines) {
      String line = raw.stripTrailing();
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      if (list != null && line.stripLeading().startsWith("- ") || list != null && line.strip().equals("-")) {
        String item = line.stripLeading().substring(1).strip();
        // A list of maps (« - name: X ») keeps the first value of each item.
        int colon = item.indexOf(": ");
        if (colon > 0 && !item.startsWith("\"") && !item.startsWith("'")) {
          item = item.substring(colon + 2);
        }
        if (!item.isEmpty()) {
          list.add(Readers.unquote(item));
        }
        continue;
      }
      if (list != null && Character.isWhitespace(line.charAt(0)) && !list.isEmpty()) {
        continue; // nested keys under a list item
      }
      if (Character.isWhitespace(line.charAt(0)) && listKey != null && list != null && list.isEmpty()) {
        // « author:\n  name: X » : a nested map; keep its name-like value.
        int c = line.indexOf(':');
        if (c > 0) {
          String k = line.substring(0, c).strip().toLowerCase(Locale.ROOT);
          String v = Readers.unquote(line.substring(c + 1).strip());
          if (!v.isEmpty() && (k.equals("name") || k.equals("nom"))) {
            list.add(v);
          }
        }
        continue;
      }
      list = null;
      listKey = null;
      int sep = toml ? line.indexOf('=') : line.indexOf(':');
      if (sep <= 0) {
        continue;
      }
      String key = line.substring(0, sep).strip().toLowerCase(Locale.ROOT);
      key = Readers.unquote(key);
      String value = line.substring(sep + 1).strip();
      if (value.isEmpty()) {
        listKey = key;
        list = new ArrayList<>();
        out.put(key, list);
        continue;
      }
      if (value.startsWith("[") && value.endsWith("]")) {
        out.put(key, new ArrayList<>(Readers.splitList(value)));
        continue;
      }
      if (!value.startsWith("\"") && !value.startsWith("'")) {
        int comment = value.indexOf(" #");
        if (comment >= 0) {
          value = value.substring(0, comment).strip();
        }
      }
      out.put(key, Readers.unquote(value));
    }
    return out;
  }
}
