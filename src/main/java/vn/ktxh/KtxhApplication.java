package vn.ktxh;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import vn.ktxh.extraction.ExtractionCommands;

/**
 * KTXH: kế hoạch phát triển kinh tế - xã hội — areas, indicators, targets, figures, evaluation.
 * {@code java -jar ktxh.jar} serves the application; {@code extract} and {@code extract-score} read
 * documents without starting it.
 */
@Modulithic(sharedModules = "shared")
@SpringBootApplication
public class KtxhApplication {

    public static void main(String[] args) {
        if (ExtractionCommands.handles(args)) {
            System.exit(ExtractionCommands.run(args, System.out, System.err));
        }
        SpringApplication.run(KtxhApplication.class, args);
    }
}
