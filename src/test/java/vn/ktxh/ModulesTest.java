package vn.ktxh;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The arrows between modules as the design wants them, written out once here. A new arrow fails the test until
 * it is added both to this table and to the module's package-info, and explained in the README's "What is where".
 */
class ModulesTest {

    private static final Map<String, Set<String>> DESIGN = Map.ofEntries(
            entry("database", Set.of()),
            entry("area", Set.of()),
            entry("indicator", Set.of()),
            entry("account", Set.of("area", "indicator")),
            entry("plan", Set.of("area", "indicator", "account")),
            entry("cycle", Set.of("area", "indicator", "account", "plan", "data")),
            entry("task", Set.of("area", "indicator", "account", "plan")),
            entry("data", Set.of("area", "indicator", "account")),
            entry("evaluation", Set.of("area", "indicator", "account", "plan", "cycle", "data")),
            entry("audit", Set.of("area", "indicator", "account", "plan", "cycle", "data", "document", "investment")),
            entry("exchange", Set.of("area", "indicator", "account", "plan", "cycle", "data")),
            entry("extraction", Set.of("area", "indicator", "account", "plan", "data")),
            entry(
                    "document",
                    Set.of("area", "indicator", "account", "plan", "cycle", "data", "evaluation", "investment")),
            entry("scoring", Set.of("extraction")),
            entry("guide", Set.of("area", "indicator", "account", "plan", "cycle", "task")),
            entry("investment", Set.of("area", "indicator", "account", "plan", "evaluation")),
            entry(
                    "publication",
                    Set.of("area", "indicator", "account", "plan", "data", "cycle", "evaluation", "document")),
            entry("demo", Set.of("area", "indicator", "account", "plan", "data", "task", "investment")));

    private static final ApplicationModules MODULES = ApplicationModules.of(KtxhApplication.class);

    @Test
    void everyModuleUsesOnlyTheModulesItDeclares() {
        MODULES.verify();
    }

    @Test
    void everyModuleDeclaresExactlyTheArrowsOfTheDesign() {
        var declared = new TreeMap<String, Set<String>>();
        MODULES.stream()
                .filter(module -> !module.getIdentifier().toString().equals("shared"))
                .forEach(module -> declared.put(
                        module.getIdentifier().toString(),
                        declaredArrows(module.getBasePackage().getName())));
        assertThat(declared).isEqualTo(new TreeMap<>(DESIGN));
    }

    /** The modules named in the package's {@code allowedDependencies}, without named interfaces and the shared values. */
    private static Set<String> declaredArrows(String modulePackage) {
        var annotation = packageInfo(modulePackage).getAnnotation(ApplicationModule.class);
        assertThat(annotation).as("@ApplicationModule on %s", modulePackage).isNotNull();
        assertThat(annotation.allowedDependencies())
                .as("%s must list its arrows", modulePackage)
                .doesNotContain(ApplicationModule.OPEN_TOKEN);
        return Arrays.stream(annotation.allowedDependencies())
                .map(allowed -> allowed.split("::")[0].trim())
                .filter(module -> !module.equals("shared"))
                .collect(Collectors.toSet());
    }

    private static Class<?> packageInfo(String modulePackage) {
        try {
            return Class.forName(modulePackage + ".package-info");
        } catch (ClassNotFoundException e) {
            throw new AssertionError(modulePackage + " has no package-info.java declaring its arrows", e);
        }
    }
}
