package vn.dangbo.meetings;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

/** The R25 rule stays plain Java: no Spring, no JPA, nothing of the rest of the application. */
class MeetingArchitectureTests {

    @Test
    void theQuorumRuleDependsOnlyOnJava() {
        JavaClasses meetings = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.dangbo.meetings");
        assertThat(meetings.contain("vn.dangbo.meetings.quorum.Quorum")).isTrue();
        classes().that().resideInAPackage("vn.dangbo.meetings.quorum..").and().doNotHaveSimpleName("package-info")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "vn.dangbo.meetings.quorum..")
                .check(meetings);
    }
}
