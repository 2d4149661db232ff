package vn.dangbo;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(DangboApplication.class);

    @Test
    void modulesReachEachOtherOnlyThroughTheirPublicApiWithoutCycles() {
        MODULES.verify();
    }

    @Test
    void writesModuleDiagrams() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
