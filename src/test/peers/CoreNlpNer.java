import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import fr.veille.nlp.EntityRecognizer;
import fr.veille.nlp.EntityType;
import fr.veille.nlp.NerEvaluator;
import fr.veille.nlp.NerScore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores Stanford CoreNLP's French NER CRF with veille's own scorer: the CRF is wrapped as an
 * {@link EntityRecognizer} and handed to the {@link NerEvaluator} behind {@code veille eval ner},
 * so spans, types and speed (one thread, after warm-up, thread CPU time) are measured exactly as
 * for veille's model. Not part of the build: CoreNLP is GPL and is never a dependency of veille.
 * Run it with {@code corenlp-ner.sh}.
 */
public final class CoreNlpNer implements EntityRecognizer {

  private static final String MODEL = "edu/stanford/nlp/models/ner/french-wikiner-4class.crf.ser.gz";

  private final CRFClassifier<CoreLabel> crf;

  private CoreNlpNer(CRFClassifier<CoreLabel> crf) {
    this.crf = crf;
  }

  @Override
  public List<NameSpan> find(String[] tokens) {
    List<CoreLabel> labels = new ArrayList<>(tokens.length);
    for (String t : tokens) {
      CoreLabel label = new CoreLabel();
      label.setWord(t);
      label.setValue(t);
      label.setOriginalText(t);
      labels.add(label);
    }
    // classifySentence, not classify: it runs the word-shape preprocessing the model was trained
    // with, as CoreNLP's own NER annotator does (plain classify scores 0.18 on winer-fr dev).
    List<CoreLabel> out = crf.classifySentence(labels);
    List<NameSpan> spans = new ArrayList<>();
    String open = null;
    int start = -1;
    for (int i = 0; i <= out.size(); i++) {
      String answer = i < out.size() ? out.get(i).get(CoreAnnotations.AnswerAnnotation.class) : "O";
      String type = answer.equals("O") ? null : answer.substring(answer.indexOf('-') + 1);
      boolean begins = type != null && (answer.startsWith("B-") || !type.equals(open));
      if (open != null && (type == null || begins)) {
        spans.add(new NameSpan(start, i, EntityType.parse(open), 1));
        open = null;
      }
      if (begins) {
        open = type;
        start = i;
      }
    }
    return spans;
  }

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println("usage: CoreNlpNer FILE.conll...");
      System.exit(2);
    }
    CoreNlpNer recognizer = new CoreNlpNer(CRFClassifier.getClassifier(MODEL));
    for (String file : args) {
      NerScore score = new NerEvaluator().evaluate(recognizer, Path.of(file));
      System.out.println(file);
      System.out.println(score.toText());
    }
  }
}
