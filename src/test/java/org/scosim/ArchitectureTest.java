package org.scosim;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/**
 * The layers run one way (decision <- scenario <- model <- output <- experiment <- calibration <- cli / gui; io reads
 * files into scenario records), and the domain (decision, scenario, model) imports no Swing, Jackson or file I/O.
 */
class ArchitectureTest {
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.scosim");

    @Test
    void layersRunOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("decision").definedBy("org.scosim.decision..")
                .layer("scenario").definedBy("org.scosim.scenario..")
                .layer("io").definedBy("org.scosim.io..")
                .layer("model").definedBy("org.scosim.model..")
                .layer("output").definedBy("org.scosim.output..")
                .layer("experiment").definedBy("org.scosim.experiment..")
                .layer("calibration").definedBy("org.scosim.calibration..")
                .layer("gui").definedBy("org.scosim.gui..")
                .layer("cli").definedBy("org.scosim.cli..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("gui").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("calibration").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("experiment").mayOnlyBeAccessedByLayers("calibration", "cli", "gui")
                .whereLayer("output").mayOnlyBeAccessedByLayers("experiment", "calibration", "cli", "gui")
                .whereLayer("model").mayOnlyBeAccessedByLayers("output", "experiment", "calibration", "cli", "gui")
                .whereLayer("io").mayOnlyBeAccessedByLayers("experiment", "calibration", "cli", "gui")
                .whereLayer("scenario").mayOnlyBeAccessedByLayers("io", "model", "output", "experiment", "calibration", "cli", "gui")
                .check(CLASSES);
    }

    @Test
    void theDomainImportsNoGuiJacksonOrFileIo() {
        noClasses().that().resideInAnyPackage("org.scosim.decision..", "org.scosim.scenario..", "org.scosim.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..", "com.fasterxml.jackson..",
                        "java.nio.file..", "java.io.File..", "org.jfree..")
                .check(CLASSES);
    }
}
