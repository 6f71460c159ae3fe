package fr.veille.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Random French-like articles never crash the resolver and always give well-formed mentions. */
class EntityResolverRandomTest {

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 2010, 20100107, 20100112, 20100215})
  void randomArticlesGiveWellFormedMentions(long seed) {
    Random random = new Random(seed);
    for (int round = 0; round < 200; round++) {
      String text = MentionInvariants.randomText(random, 60);
      Tokenizer tokenizer = random.nextBoolean() ? TestTokenizers.FINE : TestTokenizers.COARSE;
      List<Token> tokens = tokenizer.tokenize(text);
      List<TextSpan> sentences = random.nextInt(4) == 0 ? List.of() : TestTokenizers.sentences(text);
      List<ModelEntity> entities = MentionInvariants.randomEntities(random, tokens);
      EntityResolver resolver = random.nextBoolean() ? EntityResolverTest.WATCHING : EntityResolverTest.PLAIN;
      List<Mention> mentions = resolver.resolve(text, tokens, sentences, entities);
      MentionInvariants.check(text, mentions, resolver.watchlist());
    }
  }

  @Test
  void oneResolverServesManyThreadsWithTheSameResults() {
    Random random = new Random(2010);
    List<String> texts = new ArrayList<>();
    List<List<ModelEntity>> entities = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      String text = MentionInvariants.randomText(random, 80);
      texts.add(text);
      entities.add(MentionInvariants.randomEntities(random, TestTokenizers.FINE.tokenize(text)));
    }
    EntityResolver resolver = EntityResolverTest.WATCHING;
    List<List<Mention>> sequential = IntStream.range(0, texts.size())
        .mapToObj(i -> resolve(resolver, texts.get(i), entities.get(i))).toList();
    List<List<Mention>> parallel = IntStream.range(0, texts.size()).parallel()
        .mapToObj(i -> resolve(resolver, texts.get(i), entities.get(i))).toList();
    assertEquals(sequential, parallel);
  }

  private static List<Mention> resolve(EntityResolver resolver, String text, List<ModelEntity> entities) {
    return resolver.resolve(text, TestTokenizers.FINE.tokenize(text), TestTokenizers.sentences(text), entities);
  }
}
