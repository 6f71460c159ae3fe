package fr.veille.cli;

import fr.veille.nlp.NameFinderModel;
import fr.veille.nlp.NerModels;
import fr.veille.nlp.NerTrainer;
import fr.veille.nlp.NerTrainingOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code train ner}: trains the named-entity model (the shipped one with the defaults). */
@Command(
    name = "ner",
    mixinStandardHelpOptions = true,
    description = {
      "Train the named-entity recognizer (PER, ORG, LOC, MISC).",
      "Defaults reproduce models/ner-fr.bin: WiNER-fr train, commercially-usable data only.",
      "Data paths are relative to --data."
    })
final class TrainNerCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--out", description = "Model file to write (default: ${DEFAULT-VALUE}).", defaultValue = "models/ner-fr.bin")
  Path out;

  @Option(names = "--data", description = "Shared data folder (default: /work/shared/data if present, else ../shared/data).")
  Path data;

  @Option(names = "--train", split = ",", description = "Annotated CoNLL training files (default: ner/winer-fr/train.conll).")
  List<Path> train;

  @Option(names = "--other-domain", split = ",", description = "Annotated CoNLL files of another domain, learnt with domain adaptation (default: ner/europeana-fr/all.conll); 'none' for none.")
  List<String> otherDomain;

  @Option(names = "--dev", description = "CoNLL file scored after training (default: ner/winer-fr/dev.conll); 'none' to skip.")
  String dev;

  @Option(names = "--unlabelled", split = ",", description = "Text (CoNLL or CoNLL-U) for word clusters; 'none' for no clusters.")
  List<String> unlabelled;

  @Option(names = "--no-lexicon", description = "Do not use the Lefff lexicon features.")
  boolean noLexicon;

  @Option(names = "--no-places", description = "Do not use the French places gazetteer.")
  boolean noPlaces;

  @Option(names = "--no-domain-gazetteer", description = "Do not use veille's gazetteer of parties, media and web sites.")
  boolean noDomainGazetteer;

  @Option(names = "--no-world-gazetteer", description = "Do not use veille's gazetteer of the world's places, clubs, companies, events and works.")
  boolean noWorldGazetteer;

  @Option(names = "--epochs", description = "Perceptron epochs (default: 12).")
  Integer epochs;

  @Option(names = "--hash-bits", description = "log2 of feature buckets while training (default: 22).")
  Integer hashBits;

  @Option(names = "--folds", description = "Jackknife folds of training-data gazetteers, 0 = none (default: 4).")
  Integer folds;

  @Option(names = "--seed", description = "Random seed (default: 17).")
  Long seed;

  @Option(names = "--ensemble", description = "Perceptrons averaged into the model (default: 2).")
  Integer ensemble;

  @Option(names = "--baseline-opennlp", description = "Train OpenNLP's default-feature name finder instead (comparison only).")
  boolean baseline;

  @Override
  public Integer call() throws Exception {
    Path dataDir = data != null ? data : NerTrainingOptions.defaultDataDir();
    NerTrainingOptions d = NerTrainingOptions.defaults(dataDir);
    List<Path> trainFiles = train != null ? train : d.trainFiles();
    var outWriter = spec.commandLine().getOut();
    if (baseline) {
      NerModels.trainOpenNlpBaseline(trainFiles.stream().map(dataDir::resolve).toList(), out);
      outWriter.println("wrote " + out);
      return 0;
    }
    Path devFile = dev == null ? d.devFile() : dev.equals("none") ? null : Path.of(dev);
    List<Path> text = unlabelled == null ? d.unlabelledFiles()
        : unlabelled.contains("none") ? List.of() : unlabelled.stream().map(Path::of).toList();
    NerTrainingOptions o = new NerTrainingOptions(
        dataDir,
        trainFiles,
        otherDomain == null ? d.otherDomainFiles()
            : otherDomain.contains("none") ? List.of() : otherDomain.stream().map(Path::of).toList(),
        devFile,
        text,
        noLexicon ? null : d.lexiconFile(),
        noPlaces ? null : d.placesFile(),
        !noDomainGazetteer,
        !noWorldGazetteer,
        epochs != null ? epochs : d.epochs(),
        hashBits != null ? hashBits : d.hashBits(),
        folds != null ? folds : d.folds(),
        seed != null ? seed : d.seed(),
        ensemble != null ? ensemble : d.ensemble());
    NameFinderModel model = NerTrainer.train(o, line -> {
      outWriter.println(line);
      outWriter.flush();
    });
    model.save(out);
    outWriter.println("wrote " + out + " (" + model.featureCount() + " feature rows)");
    return 0;
  }
}
