package vn.ktxh;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import vn.ktxh.extraction.ExtractionCommands;
import vn.ktxh.scoring.ScoreCommand;

/**
 * KTXH: kế hoạch phát triển kinh tế - xã hội — areas, indicators, targets, figures, evaluation.
 * {@code java -jar ktxh.jar} serves the application; the commands of {@link Commands} ({@code report},
 * {@code extract}, {@code extract-score}) check their arguments first and start only what they need.
 */
@Modulithic(sharedModules = "shared")
@SpringBootApplication
public class KtxhApplication {

    public static void main(String[] args) {
        if (ExtractionCommands.handles(args)) {
            System.exit(ExtractionCommands.run(args, System.out, System.err));
        }
        if (ScoreCommand.handles(args)) {
            System.exit(ScoreCommand.run(args, System.out, System.err));
        }
        if (Commands.handles(args)) {
            System.exit(Commands.run(args, System.out, System.err));
        }
        SpringApplication.run(KtxhApplication.class, args);
    }
}
