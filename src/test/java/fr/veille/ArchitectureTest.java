package fr.veille;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One package per stage; a stage only uses the stages before it, and nothing uses the CLI. */
class ArchitectureTest {

  static JavaClasses classes;

  @BeforeAll
  static void load() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("fr.veille");
  }

  @Test
  void ingestStandsAlone() {
    noClasses().that().resideInAPackage("fr.veille.ingest..")
        .should().dependOnClassesThat().resideInAnyPackage("fr.veille.nlp..", "fr.veille.index..", "fr.veille.trends..", "fr.veille.cli..")
        .check(classes);
  }

  @Test
  void nlpUsesNoLaterStage() {
    noClasses().that().resideInAPackage("fr.veille.nlp..")
        .should().dependOnClassesThat().resideInAnyPackage("fr.veille.index..", "fr.veille.trends..", "fr.veille.cli..")
        .check(classes);
  }

  @Test
  void indexUsesNoLaterStage() {
    noClasses().that().resideInAPackage("fr.veille.index..")
        .should().dependOnClassesThat().resideInAnyPackage("fr.veille.trends..", "fr.veille.cli..")
        .check(classes);
  }

  @Test
  void onlyTheCommandLineUsesTheCommandLine() {
    noClasses().that().resideOutsideOfPackage("fr.veille.cli..")
        .should().dependOnClassesThat().resideInAPackage("fr.veille.cli..")
        .check(classes);
  }
}
