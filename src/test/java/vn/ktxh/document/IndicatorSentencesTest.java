package vn.ktxh.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ktxh.data.FigureKind;
import vn.ktxh.evaluation.Evaluation;
import vn.ktxh.evaluation.Evaluator;
import vn.ktxh.indicator.AnIndicator;
import vn.ktxh.indicator.Direction;
import vn.ktxh.indicator.Indicator;
import vn.ktxh.plan.Target;
import vn.ktxh.plan.TargetForm;
import vn.ktxh.plan.TargetStatement;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.VnNumber;

/** The sentences of a report, worded as seed 002 words them, from evaluations built by hand. */
class IndicatorSentencesTest {

    private static Indicator indicator(String name, String unit, Direction direction) {
        return AnIndicator.code("X").named(name).in(unit).going(direction).build();
    }

    private static Target target(TargetForm form, String value) {
        return new Target(
                1,
                1,
                "X",
                1,
                Period.parse("2024"),
                1,
                TargetStatement.of(form, new BigDecimal(value)),
                false,
                null,
                null);
    }

    private static Evaluation evaluation(
            Indicator indicator, String target, String actual, String previous, FigureKind kind) {
        return Evaluator.evaluate(new Evaluator.Facts(
                indicator,
                Period.parse("2024"),
                target(TargetForm.VALUE, target),
                new BigDecimal(actual),
                kind,
                false,
                previous == null ? null : new BigDecimal(previous),
                null,
                null,
                null,
                null));
    }

    @Test
    void anEstimateIsWrittenAsSeed002Line379() {
        Indicator farming = indicator(
                "Giá trị sản xuất bình quân trên 1ha đất trồng trọt và nuôi trồng thủy sản",
                "triệu đồng/ha/năm",
                Direction.UP);
        assertThat(IndicatorSentences.result(evaluation(farming, "125.1", "128.5", null, FigureKind.ESTIMATE)))
                .isEqualTo("Giá trị sản xuất bình quân trên 1ha đất trồng trọt và nuôi trồng thủy sản ước thực hiện "
                        + "128,5 triệu đồng/ha/năm, đạt 102,7% kế hoạch.");
    }

    @Test
    void aFinalFigureIsThucHienAndAChangeIsComparedWithTheSamePeriod() {
        Indicator retail =
                indicator("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "tỷ đồng", Direction.UP);
        assertThat(IndicatorSentences.result(evaluation(retail, "4475", "4475", "4143.5", FigureKind.FINAL)))
                .isEqualTo("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng thực hiện 4.475 tỷ đồng, "
                        + "đạt 100% kế hoạch, tăng 8% so với cùng kỳ.");
    }

    @Test
    void aDownIndicatorThatFellGoesDownTo() {
        Indicator poverty = indicator("Tỷ lệ hộ nghèo", "%", Direction.DOWN);
        assertThat(IndicatorSentences.result(evaluation(poverty, "1.3", "1.27", "1.56", FigureKind.ESTIMATE)))
                .isEqualTo("Tỷ lệ hộ nghèo ước thực hiện giảm xuống còn 1,27%, đạt 102,4% kế hoạch.");
    }

    @Test
    void aDownIndicatorWithoutLastYearIsWrittenLikeSeed002Line381() {
        Indicator stunting =
                indicator("Tỷ lệ suy dinh dưỡng của trẻ em dưới 5 tuổi (cân nặng theo tuổi)", "%", Direction.DOWN);
        assertThat(IndicatorSentences.result(evaluation(stunting, "9.2", "9.16", null, FigureKind.ESTIMATE)))
                .isEqualTo("Tỷ lệ suy dinh dưỡng của trẻ em dưới 5 tuổi (cân nặng theo tuổi) ước thực hiện 9,16%, "
                        + "đạt 100,4% kế hoạch.");
    }

    @Test
    void theMissedIndicatorsAreListedWithTheirPercent() {
        Indicator training =
                indicator("Số lao động được đào tạo nghề sơ cấp và dạy nghề thường xuyên", "người", Direction.UP);
        Indicator jobs = indicator("Số lao động được giải quyết việc làm", "người", Direction.UP);
        assertThat(IndicatorSentences.missed(List.of(
                        evaluation(training, "250", "221", null, FigureKind.ESTIMATE),
                        evaluation(jobs, "950", "950", null, FigureKind.ESTIMATE))))
                .isEqualTo("Có 01 chỉ tiêu chủ yếu không đạt kế hoạch đề ra gồm: Số lao động được đào tạo nghề sơ cấp "
                        + "và dạy nghề thường xuyên (đạt 88,4% KH giao).");
        assertThat(IndicatorSentences.missed(List.of(evaluation(jobs, "950", "950", null, FigureKind.ESTIMATE))))
                .isEqualTo("Các chỉ tiêu chủ yếu đều đạt và vượt kế hoạch đề ra.");
    }

    @Test
    void mainIndicatorsWithoutFiguresAreNamedNeverCountedAsMet() {
        Indicator jobs = indicator("Số lao động được giải quyết việc làm", "người", Direction.UP);
        Indicator water = indicator("Tỷ lệ dân số nông thôn được sử dụng nước sạch", "%", Direction.UP);
        Evaluation noFigure = Evaluator.evaluate(new Evaluator.Facts(
                water,
                Period.parse("2024"),
                target(TargetForm.VALUE, "95"),
                null,
                null,
                false,
                null,
                null,
                null,
                null,
                null));
        assertThat(IndicatorSentences.missed(
                        List.of(evaluation(jobs, "950", "950", null, FigureKind.ESTIMATE), noFigure)))
                .isEqualTo(
                        "Các chỉ tiêu chủ yếu có số liệu đều đạt và vượt kế hoạch đề ra. Chưa có số liệu thực hiện của "
                                + "01 chỉ tiêu chủ yếu: Tỷ lệ dân số nông thôn được sử dụng nước sạch.")
                .doesNotContain("đều đạt và vượt kế hoạch đề ra.\n");
        assertThat(IndicatorSentences.missed(List.of(noFigure)))
                .doesNotContain("đều đạt")
                .startsWith("Chưa có số liệu thực hiện của 01 chỉ tiêu chủ yếu");
    }

    @ParameterizedTest(name = "{0} {1}% against {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            MORE_THAN | 95 | 97,1 | Tỷ lệ ước thực hiện 97,1%, vượt kế hoạch.
            MORE_THAN | 95 | 95   | Tỷ lệ ước thực hiện 95%, chưa đạt kế hoạch (trên 95%).
            AT_LEAST  | 95 | 95   | Tỷ lệ ước thực hiện 95%, đạt kế hoạch.
            MAINTAIN  | 100| 100  | Tỷ lệ ước thực hiện 100%, đạt kế hoạch.
            """)
    void aBoundIsMetOrExceededNeverAPercentage(TargetForm form, String target, String actual, String sentence) {
        Indicator share = indicator("Tỷ lệ", "%", Direction.UP);
        assertThat(IndicatorSentences.result(Evaluator.evaluate(new Evaluator.Facts(
                        share,
                        Period.parse("2024"),
                        target(form, target),
                        VnNumber.parse(actual),
                        FigureKind.ESTIMATE,
                        false,
                        null,
                        null,
                        null,
                        null,
                        null))))
                .isEqualTo(sentence);
    }

    @ParameterizedTest(name = "{1} against the dự toán {0}, {3}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            100000 | 112500 | vượt 12,5% dự toán | ONE_DECIMAL
            100000 | 100000 | đạt 100% dự toán   | ONE_DECIMAL
            100000 | 87300  | đạt 87,3% dự toán  | ONE_DECIMAL
            100000 | 102600 | vượt 3% dự toán    | WHOLE
            100000 | 100400 | vượt 0,4% dự toán  | WHOLE
            100000 | 99960  | đạt 100% dự toán   | ONE_DECIMAL
            """)
    void aBudgetAgainstItsEstimateIsPrintedBeyondOrShortOfIt(
            String budget, String actual, String words, PercentPrecision precision) {
        Indicator revenue = indicator("Thu ngân sách nhà nước trên địa bàn", "triệu đồng", Direction.UP);
        Evaluation e = Evaluator.evaluate(new Evaluator.Facts(
                revenue,
                Period.parse("2024"),
                target(TargetForm.BUDGET_ESTIMATE, budget),
                new BigDecimal(actual),
                FigureKind.ESTIMATE,
                false,
                null,
                null,
                null,
                null,
                null));
        assertThat(IndicatorSentences.result(e, null, precision))
                .isEqualTo("Thu ngân sách nhà nước trên địa bàn ước thực hiện "
                        + VnNumber.format(new BigDecimal(actual)) + " triệu đồng, " + words + ".");
    }

    @ParameterizedTest(name = "{0} {1} → {4}")
    @CsvSource(delimiter = '|', textBlock = """
            VALUE                 | 170300 | triệu đồng | UP   | Thu ngân sách đạt 170.300 triệu đồng.
            AT_LEAST              | 170300 | triệu đồng | UP   | Thu ngân sách đạt 170.300 triệu đồng trở lên.
            MORE_THAN             | 95     | %          | UP   | Thu ngân sách đạt trên 95%.
            AT_MOST               | 9      | %          | DOWN | Thu ngân sách giảm xuống còn 9%.
            LESS_THAN             | 13.99  | %          | DOWN | Thu ngân sách dưới 13,99%.
            MAINTAIN              | 100    | %          | UP   | Thu ngân sách duy trì 100%.
            GROWTH_VS_PREVIOUS    | 10     | tỷ đồng    | UP   | Thu ngân sách tăng 10% trở lên so với năm trước.
            AVERAGE_ANNUAL_GROWTH | 10     | tỷ đồng    | UP   | Thu ngân sách tăng bình quân hằng năm 10%.
            """)
    void nextYearsTargetsArePhrasedAsTargets(
            TargetForm form, String value, String unit, Direction direction, String sentence) {
        assertThat(IndicatorSentences.target(indicator("Thu ngân sách", unit, direction), target(form, value)))
                .isEqualTo(sentence);
    }
}
