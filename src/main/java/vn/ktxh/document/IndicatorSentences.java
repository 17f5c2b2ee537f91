package vn.ktxh.document;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.ktxh.evaluation.Evaluation;
import vn.ktxh.evaluation.Status;
import vn.ktxh.indicator.Direction;
import vn.ktxh.indicator.Indicator;
import vn.ktxh.plan.Target;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.UnitOfMeasure;
import vn.ktxh.shared.VnNumber;

/**
 * The sentences of section "Kết quả thực hiện các chỉ tiêu chủ yếu" and of next year's targets, worded as the
 * reports do: "Giá trị sản xuất ... ước thực hiện 128,5 triệu đồng/ha/năm, đạt 102,7% kế hoạch."
 */
public final class IndicatorSentences {

    private IndicatorSentences() {
    }

    /** Whether the evaluation has a figure to write a sentence about. */
    public static boolean hasFigure(Evaluation e) {
        return e.actual() != null;
    }

    /**
     * One indicator's result: the figure as an estimate or final ("ước thực hiện", "thực hiện"), a down
     * indicator that fell "giảm xuống còn", the % of plan, the change against the same period, and progress
     * toward a term target.
     */
    public static String result(Evaluation e) {
        Indicator indicator = e.indicator();
        StringBuilder s = new StringBuilder(indicator.name()).append(' ').append(e.kind().label()).append(' ');
        boolean fell = e.change() != null && e.change().asPrinted().signum() < 0;
        if (indicator.direction() == Direction.DOWN && fell) {
            s.append("giảm xuống còn ");
        }
        s.append(withUnit(e.actual(), indicator.unit()));
        if (e.percentOfPlan() != null) {
            s.append(", đạt ").append(VnNumber.format(e.percentOfPlan().asPrinted())).append("% kế hoạch");
        }
        if (e.change() != null && !(indicator.direction() == Direction.DOWN && fell)) {
            s.append(", ").append(e.change().words()).append(" so với cùng kỳ");
        }
        if (e.percentOfTermTarget() != null) {
            s.append(", bằng ").append(VnNumber.format(e.percentOfTermTarget().asPrinted()))
                    .append("% mục tiêu giai đoạn ").append(termLabel(e.termTarget().period()));
        }
        return s.append('.').toString();
    }

    /** "Có 01 chỉ tiêu chủ yếu không đạt kế hoạch đề ra gồm: ... (đạt 88,4% KH giao)." */
    public static String missed(List<Evaluation> evaluations) {
        List<Evaluation> missed = evaluations.stream().filter(e -> e.status() == Status.MISSED).toList();
        if (missed.isEmpty()) {
            return "Các chỉ tiêu chủ yếu có số liệu đều đạt và vượt kế hoạch đề ra.";
        }
        StringBuilder s = new StringBuilder("Có ").append(twoDigits(missed.size()))
                .append(" chỉ tiêu chủ yếu không đạt kế hoạch đề ra gồm: ");
        for (int i = 0; i < missed.size(); i++) {
            Evaluation e = missed.get(i);
            s.append(i == 0 ? "" : "; ").append(e.indicator().name()).append(" (đạt ")
                    .append(VnNumber.format(e.percentOfPlan().asPrinted())).append("% KH giao)");
        }
        return s.append('.').toString();
    }

    /**
     * A target phrased as a target: "Thu nhập bình quân đầu người đạt 65 triệu đồng/người/năm", "... đạt trên
     * 95%", "... giảm xuống còn 9%", "... tăng bình quân hằng năm 10% trở lên".
     */
    public static String target(Indicator indicator, Target target) {
        String name = indicator.name();
        String value = withUnit(target.value(), indicator.unit());
        String growth = VnNumber.format(target.value()) + "%";
        String text = switch (target.form()) {
            case VALUE -> name + " đạt " + value;
            case AT_LEAST -> name + " đạt " + value + " trở lên";
            case MORE_THAN -> name + " đạt trên " + value;
            case AT_MOST -> name + (indicator.direction() == Direction.DOWN ? " giảm xuống còn " : " không quá ") + value;
            case LESS_THAN -> name + " dưới " + value;
            case MAINTAIN -> name + " duy trì " + value;
            case GROWTH_VS_PREVIOUS -> name + " tăng " + growth + " trở lên so với năm trước";
            case AVERAGE_ANNUAL_GROWTH -> name + " tăng bình quân hằng năm " + growth;
            case GROWTH_VS_BASE -> name + " tăng " + growth + " so với "
                    + Optional.ofNullable(target.basePeriod()).map(Period::label).orElse("năm gốc");
            case COUNT_OF_TOTAL -> name + " đạt " + VnNumber.format(target.value()) + "/"
                    + VnNumber.format(Objects.requireNonNullElse(target.ofTotal(), BigDecimal.ZERO)) + " " + indicator.unit();
        };
        return text + ".";
    }

    /** A target as an annex cell writes it: "4.475", "≥ 95", "trên 95", "≤ 9", "tăng 10%", "6/8". */
    public static String targetShort(Target target) {
        String v = VnNumber.format(target.value());
        return switch (target.form()) {
            case VALUE -> v;
            case AT_LEAST -> "≥ " + v;
            case MORE_THAN -> "> " + v;
            case AT_MOST -> "≤ " + v;
            case LESS_THAN -> "< " + v;
            case MAINTAIN -> "duy trì " + v;
            case GROWTH_VS_PREVIOUS, GROWTH_VS_BASE -> "tăng " + v + "%";
            case AVERAGE_ANNUAL_GROWTH -> "tăng BQ " + v + "%/năm";
            case COUNT_OF_TOTAL -> v + "/" + VnNumber.format(Objects.requireNonNullElse(target.ofTotal(), BigDecimal.ZERO));
        };
    }

    /** "9,16%" and "9,73‰" are written close up; other units after a space: "128,5 triệu đồng/ha/năm". */
    public static String withUnit(BigDecimal value, UnitOfMeasure unit) {
        String number = VnNumber.format(value);
        String name = unit == null ? "" : unit.name();
        if (name.isEmpty()) {
            return number;
        }
        return name.equals("%") || name.equals("‰") ? number + name : number + " " + name;
    }

    /** Counts as the documents write them: "01", "23". */
    public static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static String termLabel(Period term) {
        return term.isTerm() ? term.year() + "-" + term.endYear() : term.label();
    }
}
