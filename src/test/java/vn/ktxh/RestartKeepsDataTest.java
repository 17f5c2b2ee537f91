package vn.ktxh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.ktxh.account.Actor;
import vn.ktxh.data.FigureInput;
import vn.ktxh.data.Figures;
import vn.ktxh.evaluation.Evaluations;
import vn.ktxh.shared.Period;

/** The embedded database keeps its files in $KTXH_HOME/db: stop the system, start it again, the figures are there. */
class RestartKeepsDataTest {

    private static ConfigurableApplicationContext start(Path home) {
        // arguments, not default properties: they must win over application.properties
        return new SpringApplicationBuilder(KtxhApplication.class).run("--ktxh.home=" + home, "--server.port=0");
    }

    @Test
    void storedFiguresSurviveARestart() throws Exception {
        Path home = Files.createTempDirectory(Path.of("target"), "restart-");
        try (ConfigurableApplicationContext first = start(home)) {
            first.getBean(Figures.class)
                    .store(
                            Actor.system(),
                            List.of(new FigureInput("LD05", "105", "2024", "FINAL", "230", null, "thử")),
                            "test",
                            "thử khởi động lại");
        }
        try (ConfigurableApplicationContext second = start(home)) {
            var training =
                    second.getBean(Evaluations.class).evaluate(Actor.system(), "105", Period.parse("2024")).stream()
                            .filter(e -> e.indicator().code().equals("LD05"))
                            .findFirst()
                            .orElseThrow();
            assertThat(training.actual()).isEqualByComparingTo("230");
            assertThat(training.kind().name()).isEqualTo("FINAL");
            assertThat(training.percentOfPlan().asPrinted()).isEqualByComparingTo("92");
        }
    }
}
