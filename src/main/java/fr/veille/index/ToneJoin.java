package fr.veille.index;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * Articles whose entity document for an entity has a given tone label: a parent join over the
 * article blocks (each entity document is followed by its article document in the same segment).
 */
final class ToneJoin extends Query {
  private final String entity;
  private final String tone;

  private ToneJoin(String entity, String tone) {
    this.entity = entity;
    this.tone = tone;
  }

  static Query articlesWithEntityTone(String entity, String tone) {
    return new ToneJoin(entity, tone);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    Query children =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_ENTITY)), BooleanClause.Occur.FILTER)
            .add(new TermQuery(new Term(Fields.ENTITY_KEY, EntityKeys.key(entity))), BooleanClause.Occur.FILTER)
            .add(new TermQuery(new Term(Fields.TONE_LABEL, tone)), BooleanClause.Occur.FILTER)
            .build();
    Weight childWeight = searcher.createWeight(searcher.rewrite(children), ScoreMode.COMPLETE_NO_SCORES, 1f);
    return new ConstantScoreWeight(this, boost) {
      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
        ScorerSupplier childSupplier = childWeight.scorerSupplier(context);
        if (childSupplier == null) {
          return null;
        }
        FixedBitSet parents = new FixedBitSet(Math.max(1, context.reader().maxDoc()));
        PostingsEnum articles = context.reader().postings(new Term(Fields.KIND, Fields.KIND_ARTICLE), PostingsEnum.NONE);
        if (articles == null) {
          return null;
        }
        for (int d = articles.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = articles.nextDoc()) {
          parents.set(d);
        }
        FixedBitSet matches = new FixedBitSet(parents.length());
        DocIdSetIterator it = childSupplier.get(Long.MAX_VALUE).iterator();
        for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
          int parent = parents.nextSetBit(d);
          if (parent != DocIdSetIterator.NO_MORE_DOCS) {
            matches.set(parent);
          }
        }
        float s = score();
        Scorer scorer = new ConstantScoreScorer(s, scoreMode, new BitSetIterator(matches, matches.cardinality()));
        return new ScorerSupplier() {
          @Override
          public Scorer get(long leadCost) {
            return scorer;
          }

          @Override
          public long cost() {
            return matches.cardinality();
          }
        };
      }

      @Override
      public boolean isCacheable(LeafReaderContext ctx) {
        return false;
      }
    };
  }

  @Override
  public String toString(String field) {
    return "ToneJoin(" + entity + "=" + tone + ")";
  }

  @Override
  public void visit(QueryVisitor visitor) {
    visitor.visitLeaf(this);
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && entity.equals(((ToneJoin) other).entity) && tone.equals(((ToneJoin) other).tone);
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), entity, tone);
  }
}
