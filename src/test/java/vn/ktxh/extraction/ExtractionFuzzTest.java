package vn.ktxh.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;

/**
 * Arbitrary input never breaks the extractor: text of any shape gives statements or none, and bytes sent as .docx or
 * .pdf give statements or the documented refusal ({@link UnreadableDocument}). Under plain "mvn test" only the seed
 * inputs run; with JAZZER_FUZZ=1 Jazzer explores for 30 seconds.
 */
class ExtractionFuzzTest {

    /** Generous for one input of at most a few kilobytes; a backtracking regex would blow far past it. */
    private static final Duration BOUND = Duration.ofSeconds(2);

    /** Loads (and lets Jazzer instrument) the extractor's classes first, so the bound times the input, not the loading. */
    @BeforeAll
    static void loadTheExtractor() {
        new StatementExtractor().extract(DocumentText.ofText("warm.txt", """
                BÁO CÁO năm 2025
                STT | Chỉ tiêu | ĐVT | KH 2025 | Ước TH 2025
                1 | Thu ngân sách | tỷ đồng | 100 | 105
                Thu ngân sách ước đạt 105 tỷ đồng/KH 100 tỷ đồng, tăng 5% so với cùng kỳ."""));
    }

    @FuzzTest(maxDuration = "30s")
    void extractsFromAnyTextOrRefusesFiles(FuzzedDataProvider data) {
        int shape = data.consumeInt(0, 2);
        String name = switch (shape) {
            case 0 -> "fuzz.txt";
            case 1 -> "fuzz.docx";
            default -> "fuzz.pdf";
        };
        long started = System.nanoTime();
        try {
            DocumentText document = shape == 0
                    ? DocumentText.ofText(name, data.consumeRemainingAsString())
                    : DocumentText.of(name, data.consumeRemainingAsBytes());
            List<IndicatorStatement> statements = new StatementExtractor().extract(document);
            for (IndicatorStatement s : statements) {
                assertThat(s.line()).isBetween(1, document.lines().size());
                assertThat(s.value()).isNotNull();
                assertThat(StatementJson.of(s)).startsWith("{").endsWith("}");
            }
        } catch (UnreadableDocument refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(BOUND);
    }
}
