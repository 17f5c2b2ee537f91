package vn.ktxh.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ktxh.IntegrationTest;
import vn.ktxh.account.Actor;
import vn.ktxh.evaluation.Evaluation;
import vn.ktxh.evaluation.Evaluations;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.UnitOfMeasure;
import vn.ktxh.shared.VnNumber;

/**
 * Section III "Kết quả thực hiện các chỉ tiêu chủ yếu" of seed 002 (thành phố Lai Châu, 2024, lines 373-387) and
 * the missed indicators of line 413: the report written from the demo data states the same figures and the same
 * percentages of plan. Both texts are read with one pattern, "figure unit, đạt X% kế hoạch"; a seed percent printed
 * whole ("67%") is compared at that precision, and "đạt kế hoạch giao" means 100%.
 */
@IntegrationTest
class SeedReportResultsTest {

    /** "128,5 triệu đồng/ha/năm, đạt 102,7% kế hoạch" / "62 triệu đồng/người/năm, đạt kế hoạch giao". */
    private static final Pattern RESULT = Pattern.compile(
            "(\\d{1,3}(?:\\.\\d{3})*(?:,\\d+)?)\\s?(%|‰|[\\p{L}/ ]+?),\\s*đạt\\s+(?:(\\d+(?:,\\d+)?)%\\s+)?kế hoạch");

    @Autowired
    Reports reports;

    @Autowired
    Evaluations evaluations;

    @ParameterizedTest(name = "seed 002 line {0}, {1}: \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            375 | KT02 | ước thực hiện 62 triệu đồng/người/năm, đạt kế hoạch giao
            377 | NS01 | ước thực hiện năm 2024 là 122,195 tỷ đồng, đạt 67% kế hoạch giao
            379 | NN01 | ước thực hiện 128,5 triệu đồng/ha/năm, đạt 102,7% kế hoạch
            381 | YT02 | ước thực hiện 60%, đạt 100% kế hoạch
            381 | YT03 | Tỷ lệ tăng dân số tự nhiên 9,73‰, đạt 103,2% kế hoạch
            381 | YT04 | ước thực hiện 9,16%, đạt 100,4% kế hoạch
            381 | YT09 | ước thực hiện 97,1%, đạt 100% kế hoạch
            383 | GD04 | ước thực hiện 67,9%, đạt 105,6% kế hoạch giao
            385 | LD04 | ước thực hiện 950 người, đạt 100% kế hoạch
            385 | LD05 | ước thực hiện 221 người, đạt 88,4% kế hoạch
            385 | LD06 | ước thực hiện đạt 84,8%, đạt 100% kế hoạch
            387 | VH08 | Tỷ lệ phường đạt chuẩn đô thị văn minh 80%, đạt kế hoạch giao
            """)
    void statesTheFiguresAndPercentagesOfSectionThree(int line, String indicator, String seedText) {
        Evaluation e = byCode().get(indicator);
        String sentence = IndicatorSentences.result(e);
        assertThat(body()).as("the report prints the sentence").contains(sentence);

        Result seed = Result.read(seedText);
        Result ours = Result.read(sentence);
        BigDecimal inSeedUnit = UnitOfMeasure.of(ours.unit())
                .convert(ours.value(), UnitOfMeasure.of(seed.unit()))
                .orElseThrow();
        assertThat(inSeedUnit).as("line %d: the figure", line).isEqualByComparingTo(seed.value());
        assertThat(ours.percent().setScale(seed.percent().scale(), RoundingMode.HALF_UP))
                .as("line %d: %% of plan", line)
                .isEqualByComparingTo(seed.percent());
        assertThat(sentence).startsWith(e.indicator().name() + " ước thực hiện ");
    }

    @ParameterizedTest(name = "seed 002 line 413: {0} (đạt {1}% KH giao)")
    @CsvSource(delimiter = '|', textBlock = """
            Số lao động được đào tạo nghề sơ cấp và dạy nghề thường xuyên | 88,4
            Thu ngân sách nhà nước trên địa bàn                              | 67
            """)
    void listsTheMissedIndicatorsOfLine413(String name, String seedPercent) {
        Matcher m = Pattern.compile(Pattern.quote(name) + "[^;]*?\\(đạt ([\\d,]+)% KH giao\\)")
                .matcher(body());
        assertThat(m.find()).as(name).isTrue();
        BigDecimal seed = VnNumber.parse(seedPercent);
        assertThat(VnNumber.parse(m.group(1)).setScale(seed.scale(), RoundingMode.HALF_UP))
                .isEqualByComparingTo(seed);
        assertThat(body()).contains("chỉ tiêu chủ yếu không đạt kế hoạch đề ra gồm:");
    }

    private Map<String, Evaluation> byCode() {
        return evaluations.evaluate(Actor.system(), "105", Period.parse("2024")).stream()
                .collect(Collectors.toMap(e -> e.indicator().code(), Function.identity()));
    }

    private String body() {
        return reports.document(Actor.system(), "105", Period.parse("2024")).body().stream()
                .filter(b -> b instanceof Block.Paragraph)
                .map(b -> ((Block.Paragraph) b).text())
                .collect(Collectors.joining("\n"));
    }

    private record Result(BigDecimal value, String unit, BigDecimal percent) {
        static Result read(String text) {
            Matcher m = RESULT.matcher(text);
            assertThat(m.find())
                    .as("\"%s\" states a figure and a %% of plan", text)
                    .isTrue();
            return new Result(
                    VnNumber.parse(m.group(1)),
                    m.group(2).strip(),
                    m.group(3) == null ? BigDecimal.valueOf(100) : VnNumber.parse(m.group(3)));
        }
    }
}
