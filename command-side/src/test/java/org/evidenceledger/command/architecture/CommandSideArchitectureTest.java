package org.evidenceledger.command.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps each command slice to itself, and the aggregate free of the slices, Spring and the web (STYLE.md, points 4 and 8). */
class CommandSideArchitectureTest {

    private static final String COMMAND = "org.evidenceledger.command";
    private static final List<String> SLICES = List.of("announcepartnership", "publishbenchmark",
            "recordindependentvalidation", "announcedeploymenttimeline", "deployclinically", "reportoutcomedata",
            "announceavailability", "retractentry", "concludepartnership");

    private static JavaClasses commandSide;

    @BeforeAll
    static void importMainClasses() {
        commandSide = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(COMMAND);
    }

    @Test
    void everyCommandSliceIsImported() {
        Set<String> found = commandSide.stream()
                .map(JavaClass::getPackageName)
                .collect(Collectors.toSet());
        SLICES.forEach(slice -> assertThat(found).contains(COMMAND + "." + slice));
    }

    @Test
    void commandSlicesDoNotDependOnEachOther() {
        slices().assignedFrom(new CommandSlices())
                .should().notDependOnEachOther()
                .check(commandSide);
    }

    @Test
    void theAggregateDoesNotDependOnTheWebLayer() {
        noClasses().that().resideInAPackage("..command.partnership..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..",
                        "com.fasterxml.jackson..", "tools.jackson..", COMMAND + ".web..")
                .check(commandSide);
    }

    @Test
    void theAggregateKnowsNoCommandSlice() {
        noClasses().that().resideInAPackage("..command.partnership..")
                .should().dependOnClassesThat().resideInAnyPackage(SLICES.stream()
                        .map(slice -> COMMAND + "." + slice + "..").toArray(String[]::new))
                .check(commandSide);
    }

    @Test
    void commandSidePackagesAreFreeOfCycles() {
        slices().matching(COMMAND + ".(*)..").should().beFreeOfCycles().check(commandSide);
    }

    private static final class CommandSlices implements SliceAssignment {

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            for (String slice : SLICES) {
                String root = COMMAND + "." + slice;
                if (name.equals(root) || name.startsWith(root + ".")) {
                    return SliceIdentifier.of(slice);
                }
            }
            return SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "the command slices of " + COMMAND;
        }
    }
}
