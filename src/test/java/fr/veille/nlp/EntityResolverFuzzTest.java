package fr.veille.nlp;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;

/**
 * Article text is untrusted: whatever the text and the model's spans over its tokens, resolution
 * gives well-formed mentions. Runs as a regression test over the seeds in {@code
 * EntityResolverFuzzTestInputs}; fuzz with {@code JAZZER_FUZZ=1}.
 */
class EntityResolverFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void resolve(FuzzedDataProvider data) {
    boolean watching = data.consumeBoolean();
    Tokenizer tokenizer = data.consumeBoolean() ? TestTokenizers.FINE : TestTokenizers.COARSE;
    int[] spans = data.consumeInts(16);
    String text = data.consumeRemainingAsString();
    List<Token> tokens = tokenizer.tokenize(text);
    List<ModelEntity> entities = new ArrayList<>();
    for (int i = 0; i + 1 < spans.length && !tokens.isEmpty(); i += 2) {
      int from = Math.floorMod(spans[i], tokens.size());
      int to = Math.min(tokens.size(), from + 1 + Math.floorMod(spans[i + 1], 5));
      EntityType type = EntityType.values()[Math.floorMod(spans[i + 1] >> 3, EntityType.values().length)];
      entities.add(new ModelEntity(tokens.get(from).start(), tokens.get(to - 1).end(), type, 0.5));
    }
    EntityResolver resolver = watching ? EntityResolverTest.WATCHING : EntityResolverTest.PLAIN;
    List<Mention> mentions = resolver.resolve(text, tokens, TestTokenizers.sentences(text), entities);
    MentionInvariants.check(text, mentions, resolver.watchlist());
  }
}
