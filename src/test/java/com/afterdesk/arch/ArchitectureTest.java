package com.afterdesk.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the arrows of the README's Architecture section: app/cli → features → storage/common/domain. */
@AnalyzeClasses(packages = "com.afterdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noCyclesBetweenTopLevelPackages =
            slices().matching("com.afterdesk.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noJavaFxOutsideUiCode = noClasses()
            .that().resideOutsideOfPackages("com.afterdesk.app..", "com.afterdesk..ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                    "org.kordamp.ikonli..");

    @ArchTest
    static final ArchRule nothingUsesTheApp = noClasses()
            .that().resideOutsideOfPackage("com.afterdesk.app..")
            .should().dependOnClassesThat().resideInAPackage("com.afterdesk.app..");

    @ArchTest
    static final ArchRule onlyTheAppUsesTheCommandLine = noClasses()
            .that().resideOutsideOfPackages("com.afterdesk.app..", "com.afterdesk.cli..")
            .should().dependOnClassesThat().resideInAPackage("com.afterdesk.cli..");

    @ArchTest
    static final ArchRule featuresDoNotUseTheCompositionRoots = noClasses()
            .that().resideOutsideOfPackages("com.afterdesk.app..", "com.afterdesk.cli..", "com.afterdesk.backend..")
            .should().dependOnClassesThat().resideInAPackage("com.afterdesk.backend..");

    @ArchTest
    static final ArchRule storageKnowsNoFeature = noClasses()
            .that().resideInAPackage("com.afterdesk.storage..")
            .should().dependOnClassesThat().resideInAnyPackage("com.afterdesk.cases..", "com.afterdesk.deadlines..",
                    "com.afterdesk.customers..", "com.afterdesk.scripts..", "com.afterdesk.quality..",
                    "com.afterdesk.chat..", "com.afterdesk.metrics..");

    @ArchTest
    static final ArchRule sharedVocabularyDependsOnNothing = classes()
            .that().resideInAPackage("com.afterdesk.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.afterdesk.domain..");

    @ArchTest
    static final ArchRule logicNeverReadsTheSystemClock = noClasses()
            .that().resideOutsideOfPackages("com.afterdesk.app..", "com.afterdesk.cli..")
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.LocalDateTime.class, "now")
            .orShould().callMethod(java.lang.System.class, "currentTimeMillis");

    @ArchTest
    static final ArchRule noRawThreads = noClasses()
            .that().resideOutsideOfPackage("com.afterdesk.common.ui..")
            .should().callConstructor(Thread.class, Runnable.class)
            .orShould().callConstructor(Thread.class)
            .orShould().callConstructor(Thread.class, Runnable.class, String.class);
}
