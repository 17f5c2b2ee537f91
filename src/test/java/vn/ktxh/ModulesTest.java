package vn.ktxh;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModulesTest {

    @Test
    void everyModuleUsesOnlyTheModulesItDeclares() {
        ApplicationModules.of(KtxhApplication.class).verify();
    }
}
