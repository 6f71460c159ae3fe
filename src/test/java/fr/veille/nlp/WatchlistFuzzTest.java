package fr.veille.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;

/**
 * The watchlist parser reads files users edit by hand: whatever the text, it either returns a
 * consistent watchlist or a {@link Watchlist.FormatException} naming the file and line — never
 * another exception. Runs as a regression test over the seeds in {@code WatchlistFuzzTestInputs};
 * fuzz with {@code JAZZER_FUZZ=1}.
 */
class WatchlistFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void parse(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    Watchlist watchlist;
    try {
      watchlist = Watchlist.parse(new StringReader(text), "fuzz.watchlist");
    } catch (Watchlist.FormatException e) {
      assertTrue(e.line() >= 1 && e.line() <= text.lines().count() + 1, e.getMessage());
      assertTrue(e.getMessage().startsWith("fuzz.watchlist:" + e.line() + ": "), e.getMessage());
      return;
    } catch (IOException e) {
      throw new AssertionError("a StringReader cannot fail", e);
    }
    for (WatchlistEntry entry : watchlist.entries()) {
      assertFalse(entry.canonical().isBlank());
      assertEquals(entry, watchlist.entry(entry.canonical()).orElseThrow());
      entry.aliases().forEach(alias -> assertFalse(alias.isBlank()));
    }
    // Whatever was accepted must be usable by the resolver.
    String article = text.length() > 500 ? text.substring(0, 500) : text;
    List<Mention> mentions = new EntityResolver(watchlist).resolve(
        article, TestTokenizers.FINE.tokenize(article), TestTokenizers.sentences(article), List.of());
    MentionInvariants.check(article, mentions, watchlist);
  }
}
