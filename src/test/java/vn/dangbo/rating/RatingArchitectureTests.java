package vn.dangbo.rating;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

class RatingArchitectureTests {

    private static final JavaClasses RULES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.dangbo.rating.rules");

    @Test
    void theRulesEngineDependsOnlyOnTheJavaPlatform() {
        classes().that().resideInAPackage("vn.dangbo.rating.rules..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "vn.dangbo.rating.rules..")
                .check(RULES);
    }

    @Test
    void theRulesEngineIsNotEmpty() {
        // Guards the check above against passing on a package that failed to import.
        org.assertj.core.api.Assertions.assertThat(RULES.containPackage("vn.dangbo.rating.rules")).isTrue();
        org.assertj.core.api.Assertions.assertThat(RULES.size()).isGreaterThan(10);
    }
}
