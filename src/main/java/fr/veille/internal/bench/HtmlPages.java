package fr.veille.internal.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Writes saved web pages shaped like French news sites' article pages — head metadata, navigation,
 * the article (title, byline, date, paragraphs of real French sentences), « À lire aussi » links,
 * comments, footer, inline scripts and styles — so that HTML extraction is measured on pages with
 * the usual proportion of boilerplate. Deterministic for a seed. Stateless.
 */
final class HtmlPages {
  private HtmlPages() {}

  private static final String[] SITES = {"Le Monde", "Libération", "Le Figaro", "Rue89", "20 Minutes", "Le Parisien", "Mediapart"};
  private static final String[] SECTIONS = {"Politique", "Société", "Économie", "International", "Culture", "Sports", "Médias", "Régions"};

  /** Writes {@code count} pages into {@code folder} and returns their total size in bytes. */
  static long write(Path folder, int count, List<String> sentences, long seed) throws IOException {
    if (sentences.isEmpty()) {
      throw new IllegalArgumentException("no sentence to build pages from");
    }
    Files.createDirectories(folder);
    Random random = new Random(seed);
    long bytes = 0;
    for (int i = 0; i < count; i++) {
      byte[] page = page(i, sentences, random).getBytes(StandardCharsets.UTF_8);
      Files.write(folder.resolve(String.format("page-%05d.html", i)), page);
      bytes += page.length;
    }
    return bytes;
  }

  static String page(int n, List<String> sentences, Random random) {
    String site = SITES[random.nextInt(SITES.length)];
    String section = SECTIONS[random.nextInt(SECTIONS.length)];
    String title = pick(sentences, random);
    if (title.length() > 110) {
      title = title.substring(0, title.lastIndexOf(' ', 110)) + " …";
    }
    LocalDate day = LocalDate.of(2010, 1, 1).plusDays(random.nextInt(365));
    StringBuilder b = new StringBuilder(40_000);
    b.append("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">\n<title>").append(escape(title)).append(" - ").append(site).append("</title>\n");
    b.append("<meta property=\"og:title\" content=\"").append(escape(title)).append("\">\n");
    b.append("<meta property=\"og:site_name\" content=\"").append(site).append("\">\n");
    b.append("<meta property=\"article:published_time\" content=\"").append(day).append("T0").append(random.nextInt(10)).append(":30:00+01:00\">\n");
    b.append("<link rel=\"canonical\" href=\"https://www.example.fr/").append(section.toLowerCase()).append("/article/").append(day).append('/').append(n).append(".html\">\n");
    b.append("<style>").append("body{font-family:Georgia,serif;margin:0}.nav a{padding:4px 8px}.article p{line-height:1.6}".repeat(20)).append("</style>\n");
    b.append("<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());")
        .append("var ads={slot:'top',sizes:[[728,90],[300,250]],targeting:{rubrique:'").append(section).append("'}};".repeat(30)).append("</script>\n");
    b.append("</head><body>\n<header class=\"site-header\"><div class=\"logo\">").append(site).append("</div>\n<nav class=\"nav menu\"><ul>");
    for (String s : SECTIONS) {
      b.append("<li><a href=\"/").append(s.toLowerCase()).append("/\">").append(s).append("</a></li>");
    }
    b.append("<li><a href=\"/abonnement\">Abonnez-vous</a></li><li><a href=\"/connexion\">Se connecter</a></li></ul></nav></header>\n");
    b.append("<div class=\"pub ad-banner\">Publicité</div>\n<main><article class=\"article\">\n<h1>").append(escape(title)).append("</h1>\n");
    b.append("<p class=\"byline\">Par <span class=\"author\">Rédaction ").append(site).append("</span> — <time datetime=\"").append(day).append("\">")
        .append(day).append("</time></p>\n");
    int paragraphs = 6 + random.nextInt(10);
    for (int p = 0; p < paragraphs; p++) {
      b.append("<p>");
      int n2 = 2 + random.nextInt(4);
      for (int s = 0; s < n2; s++) {
        b.append(escape(pick(sentences, random))).append(' ');
      }
      b.append("</p>\n");
      if (p == 2) {
        b.append("<aside class=\"related\"><h3>À lire aussi</h3><ul>");
        for (int k = 0; k < 3; k++) {
          b.append("<li><a href=\"/a/").append(random.nextInt(100_000)).append("\">").append(escape(shorten(pick(sentences, random)))).append("</a></li>");
        }
        b.append("</ul></aside>\n");
      }
    }
    b.append("</article>\n<section class=\"comments\" id=\"comments\"><h2>Réactions</h2>");
    int comments = random.nextInt(8);
    for (int c = 0; c < comments; c++) {
      b.append("<div class=\"comment\"><p class=\"comment-author\">internaute").append(random.nextInt(9999)).append("</p><p>")
          .append(escape(pick(sentences, random))).append("</p></div>");
    }
    b.append("</section></main>\n<aside class=\"sidebar\"><h3>Les plus lus</h3><ol>");
    for (int k = 0; k < 10; k++) {
      b.append("<li><a href=\"/l/").append(random.nextInt(100_000)).append("\">").append(escape(shorten(pick(sentences, random)))).append("</a></li>");
    }
    b.append("</ol><div class=\"newsletter\">Inscrivez-vous à notre newsletter</div></aside>\n");
    b.append("<footer><p>© ").append(site).append(" 2010 — Tous droits réservés. Mentions légales. Conditions générales d'utilisation. Politique de confidentialité.</p></footer>\n");
    b.append("<script src=\"/js/app.js\"></script></body></html>\n");
    return b.toString();
  }

  private static String pick(List<String> sentences, Random random) {
    return sentences.get(random.nextInt(sentences.size()));
  }

  private static String shorten(String s) {
    return s.length() <= 80 ? s : s.substring(0, Math.max(1, s.lastIndexOf(' ', 80))) + " …";
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
