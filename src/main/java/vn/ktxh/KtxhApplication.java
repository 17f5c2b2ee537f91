package vn.ktxh;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.modulith.Modulithic;
import vn.ktxh.document.ReportCommand;
import vn.ktxh.extraction.ExtractionCommands;

/**
 * KTXH: kế hoạch phát triển kinh tế - xã hội — areas, indicators, targets, figures, evaluation.
 * {@code java -jar ktxh.jar} serves the application; {@code extract} and {@code extract-score} read
 * documents without starting it; {@code report} prints a report from the same database, without a web server.
 */
@Modulithic(sharedModules = "shared")
@SpringBootApplication
public class KtxhApplication {

    public static void main(String[] args) {
        if (ExtractionCommands.handles(args)) {
            System.exit(ExtractionCommands.run(args, System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("report")) {
            System.exit(report(args));
        }
        SpringApplication.run(KtxhApplication.class, args);
    }

    private static int report(String[] args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(KtxhApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false).run("--ktxh.command-line=true",
                        "--logging.level.root=WARN")) {
            return context.getBean(ReportCommand.class).run(args, System.out, System.err);
        }
    }
}
