package vn.ktxh.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ktxh.IntegrationTest;
import vn.ktxh.account.Actor;
import vn.ktxh.shared.Period;

/**
 * Seed 002, section III "Kết quả thực hiện các chỉ tiêu chủ yếu" of thành phố Lai Châu for 2024: the
 * demo data's targets and figures must give back the percentages the report prints.
 */
@IntegrationTest
class CityReport2024Test {

    @Autowired
    Evaluations evaluations;

    private Map<String, Evaluation> byIndicator() {
        return evaluations.evaluate(Actor.system(), "105", Period.parse("2024")).stream()
                .collect(Collectors.toMap(e -> e.indicator().code(), Function.identity()));
    }

    @ParameterizedTest(name = "{0}: {1} → {2}% kế hoạch")
    @CsvSource(delimiter = '|', textBlock = """
            NS01 | 122195 | 67.1  | MISSED
            NN01 | 128.5  | 102.7 | EXCEEDED
            YT04 | 9.16   | 100.4 | EXCEEDED
            YT03 | 9.73   | 103.2 | EXCEEDED
            GD04 | 67.9   | 105.6 | EXCEEDED
            LD05 | 221    | 88.4  | MISSED
            LD04 | 950    | 100   | MET
            KT03 | 4475   | 100   | MET
            """)
    void reproducesThePrintedPercentOfPlan(String indicator, BigDecimal value, BigDecimal percent, Status status) {
        Evaluation e = byIndicator().get(indicator);
        assertThat(e).as(indicator).isNotNull();
        assertThat(e.actual()).isEqualByComparingTo(value);
        assertThat(e.percentOfPlan().asPrinted()).isEqualByComparingTo(percent);
        assertThat(e.status()).isEqualTo(status);
    }

    @Test
    void printsTheWholePercentsOfTheRevenueLineAsTheReportDoes() {
        assertThat(byIndicator().get("NS01").percentOfPlan().asPrinted(0)).isEqualByComparingTo("67");
    }

    @Test
    void comparesWithTheSamePeriodOfThePreviousYear() {
        assertThat(byIndicator().get("KT06").change().asPrinted()).isEqualByComparingTo("4");
    }

    @Test
    void judgesProgressTowardTheResolutionTermTarget() {
        Evaluation retail = byIndicator().get("KT03");
        assertThat(retail.termTarget()).isNotNull();
        assertThat(retail.percentOfTermTarget().asPrinted()).isEqualByComparingTo("92.6");
    }

    @ParameterizedTest(name = "{0}: cumulative to 2024 against the whole term → {1}% (printed {2}%)")
    @CsvSource(delimiter = '|', textBlock = """
            KT04 | 70.8 | 71
            KT05 | 72.8 | 73
            """)
    void measuresWholeTermTargetsAgainstTheCumulativeFigure(String indicator, BigDecimal percent, BigDecimal whole) {
        Evaluation e = byIndicator().get(indicator);
        assertThat(e.percentOfTermTarget().asPrinted()).isEqualByComparingTo(percent);
        assertThat(e.percentOfTermTarget().asPrinted(0)).isEqualByComparingTo(whole);
    }

    @Test
    void countsTheIndicatorsMetAndMissed() {
        List<Status> statuses =
                byIndicator().values().stream().map(Evaluation::status).toList();
        AchievementCount count = AchievementCount.of(statuses);
        assertThat(count.missed()).isPositive();
        assertThat(count.sentence()).startsWith("Có ").contains("chỉ tiêu chủ yếu đạt và vượt kế hoạch");
    }
}
