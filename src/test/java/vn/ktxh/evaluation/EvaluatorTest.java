package vn.ktxh.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ktxh.data.FigureKind;
import vn.ktxh.indicator.AnIndicator;
import vn.ktxh.indicator.Direction;
import vn.ktxh.indicator.Indicator;
import vn.ktxh.plan.Target;
import vn.ktxh.plan.TargetForm;
import vn.ktxh.plan.TargetStatement;
import vn.ktxh.shared.Period;

class EvaluatorTest {

    private static Indicator indicator(Direction direction) {
        return AnIndicator.code("X")
                .named("Chỉ tiêu thử")
                .in("%")
                .going(direction)
                .build();
    }

    private static Target target(TargetForm form, String value, String ofTotal, String basePeriod, String baseValue) {
        return new Target(
                1,
                1,
                "X",
                1,
                Period.parse("2025"),
                1,
                new TargetStatement(
                        form,
                        new BigDecimal(value),
                        ofTotal == null ? null : new BigDecimal(ofTotal),
                        basePeriod == null ? null : Period.parse(basePeriod),
                        baseValue == null ? null : new BigDecimal(baseValue)),
                false,
                null,
                null);
    }

    private static Evaluation evaluate(
            Direction direction, Target target, String actual, String previous, String base) {
        return Evaluator.evaluate(new Evaluator.Facts(
                indicator(direction),
                Period.parse("2025"),
                target,
                actual == null ? null : new BigDecimal(actual),
                FigureKind.ESTIMATE,
                false,
                previous == null ? null : new BigDecimal(previous),
                base == null ? null : new BigDecimal(base),
                null,
                null,
                null));
    }

    /** One row per target form of DOMAIN.md and its edges: the level asked, the figure, % and status. */
    @ParameterizedTest(name = "{0} {1} {2}, actual {3} → {4}% {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            VALUE                 | UP      | 1595.3 | 1595.3 | 100   | MET
            VALUE                 | UP      | 1595.3 | 1700   | 106.6 | EXCEEDED
            VALUE                 | UP      | 1595.3 | 1500   | 94    | MISSED
            VALUE                 | UP      | 100    | 99.96  | 100   | MET
            VALUE                 | DOWN    | 9.2    | 9.16   | 100.4 | EXCEEDED
            VALUE                 | DOWN    | 1.65   | 1.8    | 91.7  | MISSED
            VALUE                 | NEITHER | 48183  | 48183  | 100   | MET
            AT_LEAST              | UP      | 95     | 95     | 100   | MET
            AT_LEAST              | UP      | 95     | 97     | 102.1 | MET
            AT_LEAST              | UP      | 95     | 94.9   | 99.9  | MISSED
            MORE_THAN             | UP      | 91.5   | 91.6   | 100.1 | MET
            MORE_THAN             | UP      | 91.5   | 91.5   | 100   | MISSED
            AT_MOST               | DOWN    | 1.65   | 1.65   | 100   | MET
            AT_MOST               | DOWN    | 1.65   | 1.7    | 97.1  | MISSED
            LESS_THAN             | DOWN    | 13.99  | 13.5   | 103.6 | MET
            LESS_THAN             | DOWN    | 13.99  | 13.99  | 100   | MISSED
            MAINTAIN              | UP      | 100    | 100    | 100   | MET
            MAINTAIN              | UP      | 100    | 98     | 98    | MISSED
            MAINTAIN              | DOWN    | 0      | 0      | -     | MISSED
            COUNT_OF_TOTAL        | UP      | 6      | 6      | 100   | MET
            COUNT_OF_TOTAL        | UP      | 6      | 7      | 116.7 | EXCEEDED
            COUNT_OF_TOTAL        | UP      | 6      | 5      | 83.3  | MISSED
            BUDGET_ESTIMATE       | UP      | 100000 | 112500 | 112.5 | EXCEEDED
            BUDGET_ESTIMATE       | UP      | 100000 | 87300  | 87.3  | MISSED
            """)
    void judgesEveryFormOfTarget(
            TargetForm form, Direction direction, String level, String actual, BigDecimal percent, Status status) {
        Evaluation e = evaluate(
                direction,
                target(form, level, form == TargetForm.COUNT_OF_TOTAL ? "8" : null, null, null),
                actual,
                null,
                null);
        assertThat(e.levelToReach()).isEqualByComparingTo(level);
        if (percent == null) {
            assertThat(e.percentOfPlan()).isNull();
        } else {
            assertThat(e.percentOfPlan().asPrinted()).isEqualByComparingTo(percent);
        }
        assertThat(e.status()).isEqualTo(status);
    }

    @Test
    void growthOverThePreviousYearIsMeasuredFromLastYearsFigure() {
        // "cao hơn ít nhất 10% so với năm 2024": 2024 was 1.000, so 2025 must reach 1.100
        Target target = target(TargetForm.GROWTH_VS_PREVIOUS, "10", null, "2024", null);
        Evaluation reached = evaluate(Direction.UP, target, "1120", null, "1000");
        assertThat(reached.levelToReach()).isEqualByComparingTo("1100");
        assertThat(reached.percentOfPlan().asPrinted()).isEqualByComparingTo("101.8");
        assertThat(reached.status()).isEqualTo(Status.MET);
        assertThat(evaluate(Direction.UP, target, "1090", null, "1000").status())
                .isEqualTo(Status.MISSED);
    }

    @Test
    void averageAnnualGrowthCompoundsOverTheYearsSinceTheBase() {
        // "tăng bình quân hằng năm 10% trở lên" from 2023 (base 1.000): 2025 is two years on, 1.000 × 1,1² = 1.210
        Target target = target(TargetForm.AVERAGE_ANNUAL_GROWTH, "10", null, "2023", "1000");
        Evaluation e = evaluate(Direction.UP, target, "1210", null, null);
        assertThat(e.levelToReach()).isEqualByComparingTo("1210");
        assertThat(e.status()).isEqualTo(Status.MET);
        assertThat(evaluate(Direction.UP, target, "1200", null, null).status()).isEqualTo(Status.MISSED);
    }

    @Test
    void growthAgainstABaseYearCanBeExceeded() {
        // "thu nhập bình quân đầu người đến năm 2030 so với năm 2025 tăng 25%": 80 × 1,25 = 100
        Target target = target(TargetForm.GROWTH_VS_BASE, "25", null, "2024", null);
        Evaluation e = evaluate(Direction.UP, target, "104", null, "80");
        assertThat(e.levelToReach()).isEqualByComparingTo("100");
        assertThat(e.percentOfPlan().asPrinted()).isEqualByComparingTo("104");
        assertThat(e.status()).isEqualTo(Status.EXCEEDED);
    }

    @Test
    void aGrowthTargetWithoutItsBaseSaysWhatIsMissing() {
        Evaluation e = evaluate(
                Direction.UP, target(TargetForm.GROWTH_VS_PREVIOUS, "10", null, null, null), "1100", null, null);
        assertThat(e.status()).isNull();
        assertThat(e.remark()).contains("Chưa có số liệu năm gốc 2024");
    }

    @Test
    void withoutAFigureThereIsNoStatus() {
        Evaluation e = evaluate(Direction.UP, target(TargetForm.VALUE, "10", null, null, null), null, null, null);
        assertThat(e.status()).isNull();
        assertThat(e.remark()).isEqualTo("Chưa có số liệu");
    }

    @ParameterizedTest(name = "{0} after {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            4475   | 4143.5 | tăng 8%
            228643 | 223502 | tăng 2,3%
            96.8   | 100    | giảm 3,2%
            50     | 50     | bằng cùng kỳ
            """)
    void comparesWithTheSamePeriodOfThePreviousYear(BigDecimal actual, BigDecimal previous, String words) {
        assertThat(ChangeVsSamePeriod.of(actual, previous).orElseThrow().words())
                .isEqualTo(words);
    }

    @Test
    void aStatusIsDerivedTheSameWayForEveryPairOfFigures() {
        Random random = new Random(42);
        for (int i = 0; i < 5_000; i++) {
            Direction direction = Direction.values()[random.nextInt(3)];
            BigDecimal level = BigDecimal.valueOf(random.nextInt(1, 10_000), 1);
            BigDecimal actual = BigDecimal.valueOf(random.nextInt(1, 10_000), 1);
            Evaluation e = evaluate(
                    direction,
                    target(TargetForm.VALUE, level.toPlainString(), null, null, null),
                    actual.toPlainString(),
                    null,
                    null);
            int side = e.percentOfPlan().asPrinted().compareTo(BigDecimal.valueOf(100));
            Status expected = side > 0 ? Status.EXCEEDED : side == 0 ? Status.MET : Status.MISSED;
            assertThat(e.status()).as("%s of %s %s", actual, level, direction).isEqualTo(expected);
            boolean better = direction == Direction.DOWN ? actual.compareTo(level) < 0 : actual.compareTo(level) > 0;
            if (better) {
                assertThat(e.status()).isNotEqualTo(Status.MISSED);
            }
        }
    }
}
