package fr.veille.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * JSON exports: one article per object. {@code .jsonl}/{@code .ndjson}: one object per line, a bad
 * line costs only that line. {@code .json}: an array of objects, an object holding such an array
 * ({@code articles}, {@code items}, {@code posts}, {@code data}… — JSON Feed included), or a single
 * article object. Fields: {@code id}, {@code url}, {@code title}, {@code date}, {@code source},
 * {@code author}, {@code tags}, {@code lang}, and the text under {@code text}, {@code content} or
 * {@code body} (common synonyms accepted; HTML in it is cleaned). Parsing is streamed with nesting,
 * number and string sizes bounded, so a hostile file cannot exhaust memory or stack.
 */
final class JsonReader implements FormatReader {
  private static final int MAX_PROBLEMS_LISTED = 3;

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .streamReadConstraints(
              StreamReadConstraints.builder().maxNestingDepth(64).maxNumberLength(100).maxStringLength(20_000_000).build())
          .build();
  private static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY).build();

  private static final String[] ARRAY_KEYS = {"articles", "items", "posts", "entries", "data", "results", "docs", "documents", "hits"};

  @Override
  public List<Article> read(RawFile file, List<String> problems) throws IngestException {
    String text = Readers.decodeText(file, false);
    String ext = Texts.extension(file.fileName());
    List<Article> out = new ArrayList<>();
    if (ext.equals("jsonl") || ext.equals("ndjson") || looksLikeJsonLines(text)) {
      readLines(file, text, out, problems);
    } else {
      readDocument(file, text, out, problems);
    }
    return out;
  }

  /** A .json file that is really JSON Lines: several top-level objects, one per line. */
  private static boolean looksLikeJsonLines(String text) {
    String t = text.strip();
    int nl = t.indexOf('\n');
    return t.startsWith("{") && nl > 0 && t.substring(0, nl).strip().endsWith("}") && t.substring(nl).strip().startsWith("{");
  }

  private void readLines(RawFile file, String text, List<Article> out, List<String> problems) throws IngestException {
    String[] lines = text.split("\r?\n|\r", -1);
    List<String> bad = new ArrayList<>();
    int badCount = 0;
    int index = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      JsonNode node;
      try {
        node = MAPPER.readTree(line);
      } catch (IOException e) {
        badCount++;
        if (bad.size() < MAX_PROBLEMS_LISTED) {
          bad.add("line " + (i + 1) + ": " + jsonError(e, i == lines.length - 1 || lines[lines.length - 1].isEmpty() && i == lines.length - 2));
        }
        continue;
      }
      if (node == null || !node.isObject()) {
        badCount++;
        if (bad.size() < MAX_PROBLEMS_LISTED) {
          bad.add("line " + (i + 1) + ": not a JSON object");
        }
        continue;
      }
      item(file, node, index++, out, problems, "line " + (i + 1));
    }
    if (badCount > 0) {
      String more = badCount > bad.size() ? " and " + (badCount - bad.size()) + " more bad lines" : "";
      problems.add(String.join("; ", bad) + more);
    }
    if (out.isEmpty() && problems.isEmpty()) {
      throw new IngestException(file.path(), "no JSON object in the file");
    }
  }

  private void readDocument(RawFile file, String text, List<Article> out, List<String> problems) throws IngestException {
    JsonNode root;
    try (JsonParser p = FACTORY.createParser(text)) {
      root = MAPPER.readTree(p);
      if (p.nextToken() != null) {
        problems.add("content after the end of the JSON document ignored");
      }
    } catch (IOException e) {
      // A truncated array still holds complete objects before the cut: stream them.
      readPartialArray(file, text, out, problems, e);
      return;
    }
    if (root == null) {
      throw new IngestException(file.path(), "empty JSON document");
    }
    JsonNode items = itemsOf(root);
    if (items == null) {
      if (root.isObject()) {
        item(file, root, 0, out, problems, "the object");
        if (out.isEmpty()) {
          throw new IngestException(file.path(), "JSON object without title or text (expected an article or an array of articles)");
        }
        return;
      }
      throw new IngestException(file.path(), "JSON " + root.getNodeType().toString().toLowerCase(Locale.ROOT)
          + " is not an article or a list of articles");
    }
    int index = 0;
    for (JsonNode n : items) {
      if (n.isObject()) {
        item(file, n, index, out, problems, "item " + (index + 1));
      } else {
        problems.add("item " + (index + 1) + ": not a JSON object");
      }
      index++;
    }
    if (out.isEmpty() && problems.isEmpty()) {
      throw new IngestException(file.path(), "empty list of articles");
    }
  }

  private void readPartialArray(RawFile file, String text, List<Article> out, List<String> problems, IOException cause)
      throws IngestException {
    try (JsonParser p = FACTORY.createParser(text)) {
      JsonToken t = p.nextToken();
      if (t == JsonToken.START_OBJECT) {
        // Walk to the first array of objects inside the object.
        while ((t = p.nextToken()) != null && t != JsonToken.START_ARRAY) {
          // keep walking: the first array met is the list of articles
        }
      }
      if (t != JsonToken.START_ARRAY) {
        throw new IngestException(file.path(), "malformed JSON: " + jsonError(cause, true));
      }
      int index = 0;
      while (p.nextToken() == JsonToken.START_OBJECT) {
        JsonNode n = MAPPER.readTree(p);
        item(file, n, index, out, problems, "item " + (index + 1));
        index++;
      }
    } catch (IOException e) {
      // Expected: the cut. Everything before it is kept.
    }
    String why = "malformed JSON after " + out.size() + (out.size() == 1 ? " article" : " articles") + ": " + jsonError(cause, true);
    if (out.isEmpty()) {
      throw new IngestException(file.path(), "malformed JSON: " + jsonError(cause, true));
    }
    problems.add(why);
  }

  private static String jsonError(IOException e, boolean last) {
    if (e instanceof StreamConstraintsException) {
      return "too deeply nested or too large a value";
    }
    String msg = e instanceof JsonParseException jp ? jp.getOriginalMessage() : e.getMessage();
    if (msg == null) {
      msg = e.getClass().getSimpleName();
    }
    if (msg.contains("end-of-input") || msg.contains("End-of-input") || msg.contains("EOF")) {
      return last ? "truncated (the file ends in the middle of a value)" : "truncated value";
    }
    int nl = msg.indexOf('\n');
    msg = nl > 0 ? msg.substring(0, nl) : msg;
    return msg.length() > 120 ? msg.substring(0, 120) + "…" : msg;
  }

  private static JsonNode itemsOf(JsonNode root) {
    if (root.isArray()) {
      return root;
    }
    if (root.isObject()) {
      for (String k : ARRAY_KEYS) {
        JsonNode n = root.get(k);
        if (n != null && n.isArray()) {
          return n;
        }
        if (n != null && n.isObject()) {
          JsonNode inner = itemsOf(n);
          if (inner != null) {
            return inner;
          }
        }
      }
    }
    return null;
  }

  private static void item(RawFile file, JsonNode n, int index, List<Article> out, List<String> problems, String where) {
    String title = Texts.cleanLine(str(n, "title", "headline", "titre", "name"));
    String rawText = str(n, "text", "content", "body", "content_text", "content_html", "contenu", "texte", "articleBody", "article", "description", "summary", "excerpt");
    String body = looksLikeHtml(rawText) ? HtmlExtractor.fragmentText(rawText) : Texts.cleanBody(rawText);
    if (title.isEmpty() && body.isEmpty()) {
      problems.add(where + ": no title or text");
      return;
    }
    String url = Texts.cleanLine(str(n, "url", "link", "permalink", "canonical", "uri", "href"));
    String ownId = str(n, "id", "guid", "_id", "uuid", "identifier");
    if (ownId.isEmpty()) {
      ownId = url;
    }
    ZonedDateTime date = date(n, "date", "published", "pubDate", "pubdate", "published_at", "publishedAt", "datePublished",
        "date_published", "publication_date", "created_at", "createdAt", "created", "timestamp", "time", "updated");
    String source = Texts.cleanLine(str(n, "source", "site", "site_name", "publisher", "media", "outlet", "journal", "feed"));
    String lang = Readers.iso3(str(n, "lang", "language", "langue", "inLanguage"));
    out.add(new Article(
        file.itemId(ownId, index),
        source.isEmpty() ? file.folderSource() : source,
        url,
        title,
        Texts.cleanLine(str(n, "author", "authors", "auteur", "byline", "creator", "dc:creator")),
        date,
        lang,
        body,
        file.relativePath(),
        tags(n)));
  }

  static boolean looksLikeHtml(String s) {
    return s.contains("</") || s.contains("<p>") || s.contains("<br") || s.contains("<p ");
  }

  private static ZonedDateTime date(JsonNode n, String... keys) {
    for (String k : keys) {
      JsonNode v = n.get(k);
      if (v == null || v.isNull()) {
        continue;
      }
      String s = v.isNumber() ? v.asText() : v.isTextual() ? v.asText() : "";
      var d = DateParser.parse(s);
      if (d.isPresent()) {
        return d.get();
      }
    }
    return null;
  }

  /** A string field; objects give their name/title/text, arrays their items joined. */
  private static String str(JsonNode n, String... keys) {
    for (String k : keys) {
      JsonNode v = n.get(k);
      String s = asString(v, 0);
      if (!s.isBlank()) {
        return s;
      }
    }
    return "";
  }

  private static String asString(JsonNode v, int depth) {
    if (v == null || v.isNull() || depth > 3) {
      return "";
    }
    if (v.isValueNode()) {
      return v.asText();
    }
    if (v.isObject()) {
      for (String k : new String[] {"name", "title", "text", "value", "html", "rendered", "@id", "url"}) {
        String s = asString(v.get(k), depth + 1);
        if (!s.isBlank()) {
          return s;
        }
      }
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (JsonNode x : v) {
      String s = asString(x, depth + 1);
      if (!s.isBlank()) {
        parts.add(s.strip());
      }
    }
    return String.join(", ", parts);
  }

  private static List<String> tags(JsonNode n) {
    for (String k : new String[] {"tags", "keywords", "categories", "category", "mots_cles", "labels"}) {
      JsonNode v = n.get(k);
      if (v == null || v.isNull()) {
        continue;
      }
      List<String> out = new ArrayList<>();
      if (v.isArray()) {
        for (JsonNode x : v) {
          String s = Texts.cleanLine(asString(x, 1));
          if (!s.isEmpty()) {
            out.add(s);
          }
        }
      } else {
        out.addAll(Readers.splitList(asString(v, 1)));
      }
      if (!out.isEmpty()) {
        return out;
      }
    }
    return List.of();
  }
}
