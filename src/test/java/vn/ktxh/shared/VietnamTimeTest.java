package vn.ktxh.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class VietnamTimeTest {

    @Test
    void todayIsTheDayInVietnamWhateverTheServersZone() {
        Clock utcEvening = Clock.fixed(Instant.parse("2025-06-30T18:30:00Z"), ZoneOffset.UTC);
        assertThat(VietnamTime.today(utcEvening)).isEqualTo(LocalDate.of(2025, 7, 1));
    }

    @Test
    void theZoneIsNamedOnlyHere() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<Path> naming = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(VietnamTimeTest::namesTheZone)
                    .toList();
            assertThat(naming).containsExactly(Path.of("src/main/java/vn/ktxh/shared/VietnamTime.java"));
        }
    }

    private static boolean namesTheZone(Path file) {
        try {
            return Files.readString(file).contains("Asia/Ho_Chi_Minh");
        } catch (IOException e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }
}
