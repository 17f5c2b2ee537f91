package vn.ktxh.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.ktxh.evaluation.Evaluation;
import vn.ktxh.evaluation.PercentOfPlan;
import vn.ktxh.evaluation.Status;
import vn.ktxh.indicator.Direction;
import vn.ktxh.indicator.Indicator;
import vn.ktxh.plan.Target;
import vn.ktxh.plan.TargetForm;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.UnitOfMeasure;
import vn.ktxh.shared.VnNumber;

/**
 * The sentences of section "Kết quả thực hiện các chỉ tiêu chủ yếu" and of next year's targets, worded as the
 * reports do: "Giá trị sản xuất ... ước thực hiện 128,5 triệu đồng/ha/năm, đạt 102,7% kế hoạch."
 */
public final class IndicatorSentences {

    private IndicatorSentences() {}

    /** Whether the evaluation has a figure to write a sentence about. */
    public static boolean hasFigure(Evaluation e) {
        return e.actual() != null;
    }

    /** One indicator's result without a cumulative term figure, % to one decimal: see {@link #result(Evaluation, BigDecimal, PercentPrecision)}. */
    public static String result(Evaluation e) {
        return result(e, null, PercentPrecision.ONE_DECIMAL);
    }

    /**
     * One indicator's result: the figure as an estimate or final ("ước thực hiện", "thực hiện") — "06/07 xã, phường"
     * for a count of a total, "giảm xuống còn" for a down indicator that fell — then the plan in the target's own
     * form ("đạt 102,7% kế hoạch"; a bound such as "trên 95%" is "vượt kế hoạch" or "đạt kế hoạch"), the change
     * against the same period, and progress toward a term target, naming the cumulative figure it is measured on;
     * percentages of plan and of the term target at the unit's precision.
     */
    public static String result(Evaluation e, BigDecimal cumulative, PercentPrecision precision) {
        Indicator indicator = e.indicator();
        StringBuilder s = new StringBuilder(indicator.name()).append(' ');
        if (e.kind() != null) {
            s.append(e.kind().label()).append(' ');
        }
        boolean fell = e.change() != null && e.change().asPrinted().signum() < 0;
        boolean wentDown = indicator.direction() == Direction.DOWN && fell;
        if (wentDown) {
            s.append("giảm xuống còn ");
        }
        s.append(figure(e)).append(againstPlan(e, precision));
        if (e.change() != null && !wentDown) {
            s.append(", ").append(e.change().words()).append(" so với cùng kỳ");
        }
        return s.append(towardTerm(e, cumulative, precision)).append('.').toString();
    }

    /** "950 người"; "06/07 xã, phường" when the target counts out of a total. */
    private static String figure(Evaluation e) {
        Target t = e.target();
        if (t != null && t.form() == TargetForm.COUNT_OF_TOTAL && t.ofTotal() != null) {
            return twoDigits(e.actual()) + "/" + twoDigits(t.ofTotal()) + " "
                    + e.indicator().unit().name();
        }
        return withUnit(e.actual(), e.indicator().unit());
    }

    /** The plan, as its form allows: a percentage for an amount, a verdict for a bound or "duy trì". */
    private static String againstPlan(Evaluation e, PercentPrecision precision) {
        Target t = e.target();
        if (t == null || e.status() == null) {
            return "";
        }
        return switch (t.form()) {
            case AT_LEAST, MORE_THAN, AT_MOST, LESS_THAN, MAINTAIN ->
                ", " + verdict(e.indicator(), t, e.actual(), e.levelToReach(), "kế hoạch");
            case BUDGET_ESTIMATE -> e.percentOfPlan() == null ? "" : ", " + againstBudget(e, precision);
            default -> e.percentOfPlan() == null ? "" : ", đạt " + precision.format(e.percentOfPlan()) + "% kế hoạch";
        };
    }

    /**
     * Against the budget's dự toán, as the budget reports say it: "vượt 12,5% dự toán" above it (the part beyond 100%),
     * "đạt 100% dự toán" at it, "đạt 87,3% dự toán" short of it; the verdict is the evaluation's, the figure the unit's precision.
     */
    private static String againstBudget(Evaluation e, PercentPrecision precision) {
        if (e.status() != Status.EXCEEDED) {
            return "đạt " + precision.format(e.percentOfPlan()) + "% dự toán";
        }
        var beyond = new PercentOfPlan(e.percentOfPlan().value().subtract(BigDecimal.valueOf(100)));
        // exceeded by less than half a whole percent: "vượt 0%" would deny it, so one decimal says by how much
        PercentPrecision shown = precision.printed(beyond).signum() == 0 ? PercentPrecision.ONE_DECIMAL : precision;
        return "vượt " + shown.format(beyond) + "% dự toán";
    }

    /** "vượt kế hoạch" when better than the bound, "đạt kế hoạch" at it, "chưa đạt kế hoạch (trên 95%)" short of it. */
    private static String verdict(Indicator indicator, Target t, BigDecimal actual, BigDecimal level, String what) {
        int better = actual.compareTo(level) * (indicator.direction() == Direction.DOWN ? -1 : 1);
        boolean holds = switch (t.form()) {
            case MORE_THAN -> actual.compareTo(level) > 0;
            case AT_MOST -> actual.compareTo(level) <= 0;
            case LESS_THAN -> actual.compareTo(level) < 0;
            case AT_LEAST -> actual.compareTo(level) >= 0;
            default -> better >= 0;
        };
        if (!holds) {
            return "chưa đạt " + what + " (" + t.inWordsWithUnit(indicator.unit()) + ")";
        }
        boolean beyond = t.form() == TargetForm.MORE_THAN || t.form() == TargetForm.LESS_THAN || better > 0;
        return (beyond && t.form() != TargetForm.MAINTAIN ? "vượt " : "đạt ") + what;
    }

    /**
     * Progress toward a term target: "; lũy kế giai đoạn 2020-2024 đạt 647.700 lượt, bằng 70,8% mục tiêu Nghị quyết
     * giai đoạn 2020-2025 (915.000 lượt)", ", bằng 92,6% mục tiêu Nghị quyết đến năm 2025 (4.832 tỷ đồng)", or for a
     * bound ", vượt mục tiêu Nghị quyết (trên 30%)".
     */
    private static String towardTerm(Evaluation e, BigDecimal cumulative, PercentPrecision precision) {
        Target t = e.termTarget();
        if (t == null) {
            return "";
        }
        String goal = "mục tiêu Nghị quyết "
                + (t.period().isTerm()
                        ? t.period().label()
                        : "đến " + t.period().label());
        UnitOfMeasure unit = e.indicator().unit();
        BigDecimal measured = cumulative != null ? cumulative : e.actual();
        if (t.form() != TargetForm.VALUE && t.form() != TargetForm.COUNT_OF_TOTAL) {
            return t.form().isGrowth() || measured == null
                    ? ""
                    : ", " + verdict(e.indicator(), t, measured, t.value(), goal);
        }
        if (e.percentOfTermTarget() == null) {
            return "";
        }
        String percent = precision.format(e.percentOfTermTarget()) + "% " + goal + " (" + t.inWordsWithUnit(unit) + ")";
        if (cumulative != null && t.period().isTerm() && e.period().type() == Period.Type.YEAR) {
            return "; lũy kế "
                    + Period.term(t.period().year(), e.period().year()).label() + " đạt " + withUnit(cumulative, unit)
                    + ", bằng " + percent;
        }
        return ", bằng " + percent;
    }

    /**
     * "Tồn tại, hạn chế": the main indicators that missed their plan (or, with no plan for the year, fall short of
     * their term target), "(đạt 88,4% KH giao)"; the main indicators without figures are named, never counted as met.
     */
    public static String missed(List<Evaluation> main) {
        return missed(main, PercentPrecision.ONE_DECIMAL);
    }

    /** {@link #missed(List)} with percentages at the unit's precision. */
    public static String missed(List<Evaluation> main, PercentPrecision precision) {
        List<Evaluation> withFigures =
                main.stream().filter(IndicatorSentences::hasFigure).toList();
        List<String> without = main.stream()
                .filter(e -> !hasFigure(e))
                .map(e -> e.indicator().name())
                .toList();
        String lacking = without.isEmpty()
                ? ""
                : "Chưa có số liệu thực hiện của " + twoDigits(without.size()) + " chỉ tiêu chủ yếu: "
                        + String.join("; ", without) + ".";
        if (withFigures.isEmpty()) {
            return without.isEmpty()
                    ? "Chưa có chỉ tiêu chủ yếu để đánh giá."
                    : lacking + " Chưa đánh giá được kết quả thực hiện các chỉ tiêu này.";
        }
        List<String> missed = new ArrayList<>();
        for (Evaluation e : withFigures) {
            if (e.status() == Status.MISSED) {
                missed.add(e.indicator().name() + " ("
                        + (e.percentOfPlan() == null
                                ? verdict(e.indicator(), e.target(), e.actual(), e.levelToReach(), "kế hoạch")
                                : "đạt " + precision.format(e.percentOfPlan()) + "% KH giao")
                        + ")");
            } else if (e.status() == null && shortOfTerm(e)) {
                missed.add(e.indicator().name() + " (đạt "
                        + withUnit(e.actual(), e.indicator().unit()) + ", mục tiêu Nghị quyết "
                        + e.termTarget().inWordsWithUnit(e.indicator().unit()) + ")");
            }
        }
        String verdict = !missed.isEmpty()
                ? "Có " + twoDigits(missed.size()) + " chỉ tiêu chủ yếu không đạt kế hoạch đề ra gồm: "
                        + String.join("; ", missed) + "."
                : without.isEmpty()
                        ? "Các chỉ tiêu chủ yếu đều đạt và vượt kế hoạch đề ra."
                        : "Các chỉ tiêu chủ yếu có số liệu đều đạt và vượt kế hoạch đề ra.";
        return lacking.isEmpty() ? verdict : verdict + " " + lacking;
    }

    /** A figure below the level its end-of-term target asks for, judged with no plan for the year. */
    private static boolean shortOfTerm(Evaluation e) {
        return e.termTarget() != null
                && e.percentOfTermTarget() != null
                && e.termTarget().form() == TargetForm.VALUE
                && !e.termTarget().period().isTerm()
                && e.percentOfTermTarget().asPrinted().compareTo(BigDecimal.valueOf(100)) < 0;
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
            case BUDGET_ESTIMATE -> name + " theo dự toán " + value;
            case AT_LEAST -> name + " đạt " + value + " trở lên";
            case MORE_THAN -> name + " đạt trên " + value;
            case AT_MOST ->
                name + (indicator.direction() == Direction.DOWN ? " giảm xuống còn " : " không quá ") + value;
            case LESS_THAN -> name + " dưới " + value;
            case MAINTAIN -> name + " duy trì " + value;
            case GROWTH_VS_PREVIOUS -> name + " tăng " + growth + " trở lên so với năm trước";
            case AVERAGE_ANNUAL_GROWTH -> name + " tăng bình quân hằng năm " + growth;
            case GROWTH_VS_BASE ->
                name + " tăng " + growth + " so với "
                        + Optional.ofNullable(target.basePeriod())
                                .map(Period::label)
                                .orElse("năm gốc");
            case COUNT_OF_TOTAL ->
                name + " đạt " + VnNumber.format(target.value()) + "/"
                        + VnNumber.format(Objects.requireNonNullElse(target.ofTotal(), BigDecimal.ZERO)) + " "
                        + indicator.unit();
        };
        return text + ".";
    }

    /** A target as an annex cell writes it: "4.475", "≥ 95", "trên 95", "≤ 9", "tăng 10%", "6/8". */
    public static String targetShort(Target target) {
        String v = VnNumber.format(target.value());
        return switch (target.form()) {
            case VALUE, BUDGET_ESTIMATE -> v;
            case AT_LEAST -> "≥ " + v;
            case MORE_THAN -> "> " + v;
            case AT_MOST -> "≤ " + v;
            case LESS_THAN -> "< " + v;
            case MAINTAIN -> "duy trì " + v;
            case GROWTH_VS_PREVIOUS, GROWTH_VS_BASE -> "tăng " + v + "%";
            case AVERAGE_ANNUAL_GROWTH -> "tăng BQ " + v + "%/năm";
            case COUNT_OF_TOTAL ->
                v + "/" + VnNumber.format(Objects.requireNonNullElse(target.ofTotal(), BigDecimal.ZERO));
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

    private static String twoDigits(BigDecimal n) {
        return n.signum() >= 0
                        && n.compareTo(BigDecimal.TEN) < 0
                        && n.stripTrailingZeros().scale() <= 0
                ? "0" + VnNumber.format(n)
                : VnNumber.format(n);
    }
}
