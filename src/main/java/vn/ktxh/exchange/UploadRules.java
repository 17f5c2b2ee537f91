package vn.ktxh.exchange;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import vn.ktxh.cycle.Cycles.ReportKey;
import vn.ktxh.data.Figure;
import vn.ktxh.data.FigureKind;
import vn.ktxh.exchange.FileContents.ProblemAt;
import vn.ktxh.indicator.Aggregation;
import vn.ktxh.indicator.Indicator;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.VnNumber;

/**
 * The checks issue 4 asks of a report beyond each single figure: a ratio's numerator cannot exceed its denominator
 * (an error); an indicator with a target should have a value (a warning: partial reports are normal mid-period); a
 * value far from the same period of the previous year deserves a second look (a warning, threshold configurable).
 */
public final class UploadRules {

    /** A figure of an area, a period and a kind, whatever its value. */
    public record Key(String indicator, long areaId, Period period, FigureKind kind) {

        public static Key of(Figure f) {
            return new Key(f.indicator(), f.areaId(), f.period(), f.kind());
        }
    }

    /** An indicator with a value, of either kind, for an area and a period. */
    public record Reported(long areaId, Period period, String indicator) {

        public static Reported of(Key key) {
            return new Reported(key.areaId(), key.period(), key.indicator());
        }
    }

    /** An uploaded value that passed the single-figure checks, with where it was read. */
    public record Read(UploadedFigure uploaded, Figure figure) {}

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Map<String, Indicator> catalogue;
    private final BigDecimal jumpThresholdPercent;

    public UploadRules(Map<String, Indicator> catalogue, BigDecimal jumpThresholdPercent) {
        this.catalogue = catalogue;
        this.jumpThresholdPercent = jumpThresholdPercent;
    }

    /** The codes whose stored values the ratio rule needs besides the uploaded ones: the other part of each ratio. */
    public Set<String> partsOf(Collection<String> uploadedCodes) {
        Set<String> parts = new HashSet<>(uploadedCodes);
        for (Indicator ratio : catalogue.values()) {
            if (ratio.aggregation() == Aggregation.RATIO
                    && (uploadedCodes.contains(ratio.numerator()) || uploadedCodes.contains(ratio.denominator()))) {
                parts.add(ratio.numerator());
                parts.add(ratio.denominator());
            }
        }
        return parts;
    }

    /**
     * Numerator ≤ denominator for every ratio one of whose parts is uploaded, each part taken from the upload or,
     * when not uploaded, from what is stored; compared within one kind (estimate with estimate).
     */
    public List<ProblemAt> ratioParts(List<Read> reads, Map<Key, BigDecimal> stored) {
        Map<Key, Read> uploaded = new HashMap<>();
        reads.forEach(r -> uploaded.put(Key.of(r.figure()), r));
        List<ProblemAt> problems = new ArrayList<>();
        for (Indicator ratio : catalogue.values()) {
            if (ratio.aggregation() != Aggregation.RATIO) {
                continue;
            }
            for (Read read : reads) {
                Key key = Key.of(read.figure());
                if (!key.indicator().equals(ratio.numerator())
                        && !key.indicator().equals(ratio.denominator())) {
                    continue;
                }
                Key numerator = new Key(ratio.numerator(), key.areaId(), key.period(), key.kind());
                Key denominator = new Key(ratio.denominator(), key.areaId(), key.period(), key.kind());
                // a pair with both parts uploaded is reported once, at the numerator
                if (key.indicator().equals(ratio.denominator()) && uploaded.containsKey(numerator)) {
                    continue;
                }
                BigDecimal top = valueOf(numerator, uploaded, stored);
                BigDecimal bottom = valueOf(denominator, uploaded, stored);
                if (top != null && bottom != null && top.compareTo(bottom) > 0) {
                    problems.add(new ProblemAt(
                            read.uploaded().place(),
                            "value",
                            "tử số \"%s\" (%s) lớn hơn mẫu số \"%s\" (%s) của tỷ lệ \"%s\"; tử số phải nhỏ hơn hoặc bằng mẫu số"
                                    .formatted(
                                            name(ratio.numerator()),
                                            VnNumber.format(top),
                                            name(ratio.denominator()),
                                            VnNumber.format(bottom),
                                            ratio.name())));
                }
            }
        }
        return problems;
    }

    private static BigDecimal valueOf(Key key, Map<Key, Read> uploaded, Map<Key, BigDecimal> stored) {
        Read read = uploaded.get(key);
        return read != null ? read.figure().value() : stored.get(key);
    }

    /** Indicators due for a report (an area and a period) but with no value of either kind, uploaded or stored. */
    public List<String> missing(
            Map<ReportKey, ? extends Collection<String>> due, Set<Reported> present, Map<ReportKey, String> labels) {
        List<String> warnings = new ArrayList<>();
        due.forEach((report, codes) -> codes.stream()
                .sorted()
                .filter(code -> !present.contains(new Reported(report.areaId(), report.period(), code)))
                .forEach(code -> warnings.add(
                        "%s: chỉ tiêu \"%s\" (%s) có kế hoạch nhưng chưa có số liệu ước thực hiện hoặc thực hiện"
                                .formatted(labels.get(report), name(code), code))));
        return warnings;
    }

    /**
     * Values that move more than the threshold against the same period of the previous year (same kind, else the
     * other kind, since last year's final often stands against this year's estimate).
     */
    public List<String> jumps(List<Read> reads, Map<Key, BigDecimal> previousYear, LongFunction<String> areaName) {
        List<String> warnings = new ArrayList<>();
        for (Read read : reads) {
            Figure f = read.figure();
            if (f.period().isTerm()) {
                continue;
            }
            Period previous = f.period().sameOfPreviousYear();
            BigDecimal before = previousYear.get(new Key(f.indicator(), f.areaId(), previous, f.kind()));
            if (before == null) {
                FigureKind other = f.kind() == FigureKind.FINAL ? FigureKind.ESTIMATE : FigureKind.FINAL;
                before = previousYear.get(new Key(f.indicator(), f.areaId(), previous, other));
            }
            if (before == null || before.signum() == 0) {
                continue;
            }
            BigDecimal percent = f.value()
                    .subtract(before)
                    .divide(before.abs(), MathContext.DECIMAL64)
                    .multiply(HUNDRED);
            if (percent.abs().compareTo(jumpThresholdPercent) > 0) {
                warnings.add(
                        "%s: \"%s\" của %s là %s, %s %s%% so với cùng kỳ %s (%s), vượt ngưỡng %s%%; hãy kiểm tra lại"
                                .formatted(
                                        read.uploaded().place().describe("value"),
                                        name(f.indicator()),
                                        areaName.apply(f.areaId()),
                                        VnNumber.format(f.value()),
                                        percent.signum() > 0 ? "tăng" : "giảm",
                                        VnNumber.formatRounded(percent.abs(), 1),
                                        previous,
                                        VnNumber.format(before),
                                        VnNumber.format(jumpThresholdPercent)));
            }
        }
        return warnings;
    }

    private String name(String code) {
        Indicator indicator = catalogue.get(code);
        return indicator == null ? code : indicator.name();
    }
}
