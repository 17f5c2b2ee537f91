package vn.ktxh;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** KTXH: kế hoạch phát triển kinh tế - xã hội — areas, indicators, targets, figures, evaluation. */
@Modulithic(sharedModules = "shared")
@SpringBootApplication
public class KtxhApplication {

    public static void main(String[] args) {
        SpringApplication.run(KtxhApplication.class, args);
    }
}
