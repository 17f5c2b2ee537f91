package vn.ktxh.extraction;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ktxh.plan.TargetForm;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.RejectedInput;
import vn.ktxh.shared.UnitOfMeasure;
import vn.ktxh.shared.VnNumber;

/**
 * The rules that turn an extracted statement into KTXH's words: the benchmark's periods ("6T/2025", "Q1/2025",
 * "T10/2025", "2021-2025") into {@link Period}, its comparators and growth forms into a {@link TargetForm}, and its
 * value into the catalogue indicator's unit (1,6 tỷ đồng → 1.600 triệu đồng).
 */
public final class Proposals {

    private static final Pattern MONTHS = Pattern.compile("(\\d{1,2})T/(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("Q([1-4])/(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("T(\\d{1,2})/(\\d{4})");
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(19|20|21)\\d{2}");

    private Proposals() {}

    /**
     * The KTXH period of an extracted one: "2025", "2021-2025" as they are; the first n months "6T/2025" → 2025-H1,
     * "9T/2025" → 2025-9M, "3T/2025" → 2025-Q1, "12T/2025" → 2025; "Q1/2025" → 2025-Q1; "T10/2025" → 2025-M10; a day
     * that closes such a span ("2025-06-30") the same way. Empty for what KTXH does not keep (the first 5 months).
     */
    public static Optional<Period> period(String extracted) {
        if (extracted == null || extracted.isBlank()) {
            return Optional.empty();
        }
        String text = extracted.strip();
        try {
            Matcher m;
            if ((m = MONTHS.matcher(text)).matches()) {
                return firstMonths(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if ((m = QUARTER.matcher(text)).matches()) {
                return Optional.of(Period.quarter(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
            }
            if ((m = MONTH.matcher(text)).matches()) {
                int month = Integer.parseInt(m.group(1));
                return month >= 1 && month <= 12
                        ? Optional.of(Period.month(Integer.parseInt(m.group(2)), month))
                        : Optional.empty();
            }
            if ((m = DAY.matcher(text)).matches()) {
                LocalDate day = LocalDate.parse(text);
                return day.equals(day.withDayOfMonth(day.lengthOfMonth()))
                        ? firstMonths(day.getMonthValue(), day.getYear())
                        : Optional.empty();
            }
            return Optional.of(Period.parse(text));
        } catch (RejectedInput | DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Period> firstMonths(int months, int year) {
        return switch (months) {
            case 3 -> Optional.of(Period.quarter(year, 1));
            case 6 -> Optional.of(Period.parse(year + "-H1"));
            case 9 -> Optional.of(Period.parse(year + "-9M"));
            case 12 -> Optional.of(Period.year(year));
            default -> Optional.empty();
        };
    }

    /**
     * The form of a target: a growth form wins ("tăng bình quân 10%/năm" → average annual growth, "so với năm 2025
     * tăng 25%" → growth against the base), then "x/y" (count of a total), then the comparator: = value, &gt;= at
     * least, &gt; more than, &lt;= at most, &lt; less than, "duy trì" maintain; "khoảng" is read as the value and a
     * range as at least its lower end.
     */
    public static TargetForm form(Comparison comparator, GrowthForm growth, BigDecimal of) {
        if (growth == GrowthForm.ANNUAL_AVG) {
            return TargetForm.AVERAGE_ANNUAL_GROWTH;
        }
        if (growth == GrowthForm.VS_BASE) {
            return TargetForm.GROWTH_VS_BASE;
        }
        if (of != null) {
            return TargetForm.COUNT_OF_TOTAL;
        }
        if (comparator == null) {
            return TargetForm.VALUE;
        }
        return switch (comparator) {
            case EQUAL, ABOUT -> TargetForm.VALUE;
            case AT_LEAST, BETWEEN -> TargetForm.AT_LEAST;
            case ABOVE -> TargetForm.MORE_THAN;
            case AT_MOST -> TargetForm.AT_MOST;
            case BELOW -> TargetForm.LESS_THAN;
            case MAINTAIN -> TargetForm.MAINTAIN;
        };
    }

    /**
     * The base year of a growth target: the year its comparison names ("so với năm 2020"), else, for an average over
     * a term, the year before the term; null when the text gives neither (the user names it).
     */
    public static Period basePeriod(TargetForm form, String changeRef, Period period) {
        if (!form.isGrowth()) {
            return null;
        }
        Matcher year = YEAR.matcher(changeRef == null ? "" : changeRef);
        if (year.find()) {
            return Period.year(Integer.parseInt(year.group()));
        }
        return period != null ? Period.year(period.year() - 1) : null;
    }

    /** A value in the indicator's unit where the two convert; else as written (the user decides). */
    public record InUnit(BigDecimal value, String unit, String note) {}

    public static InUnit inUnit(BigDecimal value, String unit, String indicatorUnit) {
        if (value == null || indicatorUnit == null) {
            return new InUnit(value, unit, null);
        }
        if (unit == null || unit.isBlank()) {
            return new InUnit(value, indicatorUnit, null);
        }
        UnitOfMeasure from = UnitOfMeasure.of(unit);
        UnitOfMeasure to = UnitOfMeasure.of(indicatorUnit);
        if (from.equals(to)) {
            return new InUnit(value, to.name(), null);
        }
        return from.convert(value, to)
                .map(v -> new InUnit(
                        v,
                        to.name(),
                        "đổi %s %s thành %s %s"
                                .formatted(VnNumber.format(value), from.name(), VnNumber.format(v), to.name())))
                .orElseGet(() -> new InUnit(
                        value, unit, "đơn vị \"%s\" khác đơn vị của chỉ tiêu (%s)".formatted(unit, to.name())));
    }

    /** The proposal for a statement, given its catalogue match (entry null: a new indicator). */
    public static Proposal of(int number, IndicatorStatement s, CatalogMatcher.CatalogMatch match) {
        CatalogEntry entry = match.entry();
        Period period = period(s.period()).orElse(null);
        TargetForm form = form(s.comparator(), s.growthForm(), s.of());
        boolean growth = form.isGrowth();
        InUnit converted = growth
                ? new InUnit(s.value(), "%", null)
                : inUnit(s.value(), s.unit(), entry == null ? null : entry.unit());
        List<String> notes = new ArrayList<>();
        if (converted.note() != null) {
            notes.add(converted.note());
        }
        if (s.comparator() == Comparison.ABOUT) {
            notes.add("văn bản ghi \"khoảng\"");
        }
        if (s.comparator() == Comparison.BETWEEN && s.valueMax() != null) {
            notes.add("khoảng từ %s đến %s".formatted(VnNumber.format(s.value()), VnNumber.format(s.valueMax())));
        }
        if (period == null && s.period() != null) {
            notes.add("kỳ \"%s\" chưa có dạng kỳ báo cáo".formatted(s.period()));
        }
        return new Proposal(
                number,
                s.line(),
                s.quote(),
                entry == null ? match.proposedName() : entry.name(),
                entry == null ? null : entry.code(),
                match.score(),
                Use.of(s.kind()),
                period,
                s.period(),
                converted.value(),
                s.of(),
                converted.unit(),
                form,
                basePeriod(form, s.changeRef(), period),
                String.join("; ", notes));
    }
}
