package vn.dangbo.congress;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

/** The counting engine and the ballot log stay plain Java, so recount runs with nothing else. */
class ArchitectureTests {

    static final JavaClasses CONGRESS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.dangbo.congress");

    @Test
    void theCountingEngineDependsOnlyOnJava() {
        assertThat(CONGRESS.contain("vn.dangbo.congress.counting.Tally")).isTrue();
        classes().that().resideInAPackage("vn.dangbo.congress.counting..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "vn.dangbo.congress.counting..")
                .check(CONGRESS);
    }

    @Test
    void theBallotLogAndRecountDependOnlyOnJavaAndTheEngine() {
        assertThat(CONGRESS.contain("vn.dangbo.congress.Recount")).isTrue();
        DescribedPredicate<JavaClass> plain = resideInAnyPackage("java..", "vn.dangbo.congress.counting..",
                "vn.dangbo.congress.ballotlog..").or(belongTo(type(Recount.class)));
        classes().that().resideInAPackage("vn.dangbo.congress.ballotlog..").or(belongTo(type(Recount.class)))
                .should().onlyDependOnClassesThat(plain)
                .check(CONGRESS);
    }

    @Test
    void theJarsMainClassDependsOnlyOnJavaAndRecount() {
        // In a recount only the jar's root is on the class path: JarMain must not reach a library.
        classes().that().belongToAnyOf(vn.dangbo.JarMain.class)
                .should().onlyDependOnClassesThat(resideInAnyPackage("java..").or(type(Recount.class))
                        .or(belongTo(type(vn.dangbo.JarMain.class))))
                .check(new ClassFileImporter().importClasses(vn.dangbo.JarMain.class));
    }
}
