package vn.ktxh.exchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.ktxh.account.Access;
import vn.ktxh.area.Area;
import vn.ktxh.area.AreaMap;
import vn.ktxh.cycle.Cycles.ReportKey;
import vn.ktxh.cycle.ReportState;
import vn.ktxh.data.Figure;
import vn.ktxh.data.FigureCheck;
import vn.ktxh.data.FigureInput;
import vn.ktxh.exchange.FileContents.ProblemAt;
import vn.ktxh.exchange.UploadRules.Key;
import vn.ktxh.exchange.UploadRules.Read;
import vn.ktxh.exchange.UploadRules.Reported;
import vn.ktxh.indicator.Indicator;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.RejectedInput;
import vn.ktxh.shared.RejectedInputs;
import vn.ktxh.shared.VnNumber;

/**
 * The preview of an upload as plain rules: every row of a file checked against the catalogue, the area map, the
 * caller's rights and what is stored, before anything is written. It runs in two steps because what it must know
 * depends on what the file names: {@link #read} checks each row alone and says which facts to read;
 * {@link #preview} takes those facts as values and answers the changes and warnings, or refuses the file whole.
 */
public final class UploadPreview {

    /** How many problems a refusal lists: enough to fix a file in one pass, few enough to read. */
    public static final int MAX_PROBLEMS = 100;

    /** The rows of a file checked one by one, and what the rules that span rows still need to read. */
    public record Rows(
            List<ProblemAt> problems,
            List<String> warnings,
            List<Read> reads,
            List<UploadedFigure> blanks,
            Set<Long> areaIds,
            Set<Period> periods,
            Set<String> storedCodes) {

        /** The reports the rows belong to: their locks and their due indicators are read for these. */
        public Set<ReportKey> reports() {
            return reads.stream()
                    .map(r -> new ReportKey(r.figure().areaId(), r.figure().period()))
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        }

        /** The periods a year before the rows' (a term has none): what the jump warning compares with. */
        public Set<Period> previousPeriods() {
            return periods.stream()
                    .filter(p -> !p.isTerm())
                    .map(Period::sameOfPreviousYear)
                    .collect(Collectors.toSet());
        }
    }

    /**
     * What is stored, read for the rows: the values of their areas, periods and {@link Rows#storedCodes}; the reports
     * among theirs that are submitted or approved; the indicators due per report, and which of those have a value
     * stored; the values of the previous year.
     */
    public record Facts(
            Map<Key, BigDecimal> stored,
            Map<ReportKey, ReportState> closed,
            Map<ReportKey, Set<String>> due,
            Set<Reported> dueStored,
            Map<Key, BigDecimal> previousYear) {}

    private final AreaMap map;
    private final Map<String, Indicator> catalogue;
    private final UploadRules rules;
    private final String templateKey;

    public UploadPreview(
            AreaMap map, Map<String, Indicator> catalogue, BigDecimal jumpThresholdPercent, String templateKey) {
        this.map = map;
        this.catalogue = catalogue;
        this.rules = new UploadRules(catalogue, jumpThresholdPercent);
        this.templateKey = templateKey;
    }

    /**
     * Checks the stamp, the caller's right to enter every unit and indicator named (an empty {@code access} is the
     * system's), and each row alone. {@code expectedArea} and {@code expectedPeriod}, when not null, are what the user
     * chose: a file or line of another area or period is refused naming both. Refusals of the file as a whole are
     * thrown; those of single rows are collected.
     */
    public Rows read(FileContents contents, String expectedArea, String expectedPeriod, Optional<Access> access) {
        if (contents.stamp() != null) {
            new StampCheck(map, templateKey).check(contents, expectedArea, expectedPeriod);
        }
        access.ifPresent(a -> new FigureCheck(map, catalogue).requireEnter(a, enteredValues(contents)));
        List<ProblemAt> problems = new ArrayList<>(contents.problems());
        List<Read> reads = new ArrayList<>();
        List<UploadedFigure> blanks = new ArrayList<>();
        FigureCheck check = new FigureCheck(map, catalogue);
        Map<Key, Place> seen = new HashMap<>();
        for (UploadedFigure uploaded : contents.figures()) {
            if (problems.size() >= MAX_PROBLEMS) {
                break;
            }
            if (uploaded.value() == null) {
                blanks.add(uploaded);
            } else if (contents.stamp() != null || matches(uploaded, expectedArea, expectedPeriod, problems)) {
                checkRow(check, uploaded, seen, reads, problems);
            }
        }
        Set<Long> areaIds = new LinkedHashSet<>();
        Set<Period> periods = new LinkedHashSet<>();
        Set<String> codes = new LinkedHashSet<>();
        reads.forEach(r -> {
            areaIds.add(r.figure().areaId());
            periods.add(r.figure().period());
            codes.add(r.figure().indicator());
        });
        // a blank cell is warned of when a value is stored, so its stored values are read too
        blanks.forEach(b -> keyOf(b).ifPresent(key -> {
            areaIds.add(key.areaId());
            periods.add(key.period());
            codes.add(key.indicator());
        }));
        return new Rows(problems, contents.warnings(), reads, blanks, areaIds, periods, rules.partsOf(codes));
    }

    /** The old values shown are the unit's data: only rows with a value are checked against the rights. */
    private static List<FigureInput> enteredValues(FileContents contents) {
        return contents.figures().stream()
                .filter(u -> u.value() != null)
                .map(u -> new FigureInput(
                        u.indicator(), u.area(), u.period(), u.kind().name(), u.value(), null, null))
                .toList();
    }

    private static void checkRow(
            FigureCheck check,
            UploadedFigure uploaded,
            Map<Key, Place> seen,
            List<Read> reads,
            List<ProblemAt> problems) {
        try {
            Figure figure = check.check(new FigureInput(
                    uploaded.indicator(),
                    uploaded.area(),
                    uploaded.period(),
                    uploaded.kind().name(),
                    uploaded.value(),
                    uploaded.unit(),
                    uploaded.note()));
            Place first = seen.putIfAbsent(Key.of(figure), uploaded.place());
            if (first == null) {
                reads.add(new Read(uploaded, figure));
                return;
            }
            problems.add(new ProblemAt(
                    uploaded.place(),
                    "indicator",
                    "số liệu %s của chỉ tiêu \"%s\" kỳ %s đã có ở %s"
                            .formatted(
                                    uploaded.kind().label(),
                                    figure.indicator(),
                                    figure.period(),
                                    first.describe().toLowerCase(Locale.ROOT))));
        } catch (RejectedInput problem) {
            problems.add(placed(uploaded.place(), problem));
        }
    }

    /** A CSV line of another area or period than the one chosen is refused where it stands. */
    private static boolean matches(UploadedFigure u, String area, String period, List<ProblemAt> problems) {
        if (area != null && !area.equals(u.area() == null ? null : u.area().strip())) {
            problems.add(new ProblemAt(
                    u.place(), "area", "mã đơn vị \"%s\" khác đơn vị đã chọn \"%s\"".formatted(u.area(), area)));
            return false;
        }
        if (period != null && u.period() != null && !period.equals(u.period().strip())) {
            problems.add(new ProblemAt(
                    u.place(), "period", "kỳ \"%s\" khác kỳ đã chọn \"%s\"".formatted(u.period(), period)));
            return false;
        }
        return true;
    }

    /** The data module's refusal of one row, placed at the row and column it came from. */
    private static ProblemAt placed(Place place, RejectedInput problem) {
        return new ProblemAt(place, problem.fieldInItem(), problem.detail());
    }

    /**
     * The preview under {@code token}: the rows that change a stored value (equal ones only counted) and the
     * warnings. Throws {@link RejectedInputs} with up to {@value #MAX_PROBLEMS} problems, in the file's order, and a
     * conflict when a change falls in a submitted or approved report.
     */
    public Preview preview(String token, String fileName, Rows rows, Facts facts) {
        List<ProblemAt> problems = new ArrayList<>(rows.problems());
        problems.addAll(rules.ratioParts(rows.reads(), facts.stored()));
        if (!problems.isEmpty()) {
            throw new RejectedInputs(problems.stream()
                    .sorted(Comparator.comparingInt(p -> p.place().row()))
                    .limit(MAX_PROBLEMS)
                    .map(p -> new RejectedInput(p.place().key(p.field()), p.text()))
                    .toList());
        }
        List<Change> changes = new ArrayList<>();
        List<Read> changed = new ArrayList<>();
        for (Read read : rows.reads()) {
            BigDecimal old = facts.stored().get(Key.of(read.figure()));
            if (old == null || old.compareTo(read.figure().value()) != 0) {
                changes.add(change(read, old));
                changed.add(read);
            }
        }
        refuseLocked(changed, facts.closed());
        List<String> warnings = new ArrayList<>(rows.warnings());
        warnings.addAll(blankWarnings(rows.blanks(), facts.stored()));
        warnings.addAll(missing(rows, facts));
        warnings.addAll(rules.jumps(
                changed,
                facts.previousYear(),
                id -> map.byId(id).map(Area::fullName).orElse("")));
        return new Preview(token, fileName, changes, rows.reads().size() - changed.size(), capped(warnings));
    }

    private Change change(Read read, BigDecimal old) {
        Figure f = read.figure();
        Indicator indicator = catalogue.get(f.indicator());
        Area area = map.byId(f.areaId()).orElseThrow();
        return new Change(
                read.uploaded().place().describe("value"),
                f.indicator(),
                indicator.name(),
                indicator.unit().name(),
                area.code(),
                area.fullName(),
                f.period().toString(),
                f.kind(),
                old,
                f.value(),
                read.uploaded().note());
    }

    /** Changes to a submitted or approved report are refused at once, not only when committed. */
    private void refuseLocked(List<Read> changed, Map<ReportKey, ReportState> closed) {
        Set<ReportKey> reports = changed.stream()
                .map(r -> new ReportKey(r.figure().areaId(), r.figure().period()))
                .collect(Collectors.toSet());
        closed.entrySet().stream()
                .filter(e -> reports.contains(e.getKey()))
                .findFirst()
                .ifPresent(e -> {
                    throw e.getValue()
                            .refusal(
                                    e.getKey().period(),
                                    map.byId(e.getKey().areaId()).orElseThrow().fullName(),
                                    "tải lên");
                });
    }

    private List<String> blankWarnings(List<UploadedFigure> blanks, Map<Key, BigDecimal> stored) {
        List<String> warnings = new ArrayList<>();
        for (UploadedFigure blank : blanks) {
            keyOf(blank)
                    .map(stored::get)
                    .ifPresent(old -> warnings.add(
                            "%s: ô để trống nhưng đã có số liệu %s; tải lên không xoá số liệu, giá trị đã lưu được giữ nguyên"
                                    .formatted(blank.place().describe("value"), VnNumber.format(old))));
        }
        return warnings;
    }

    /** The figure a blank cell stands for, when its unit and period can be told (a blank is never refused). */
    private Optional<Key> keyOf(UploadedFigure blank) {
        if (blank.area() == null) {
            return Optional.empty();
        }
        try {
            Period period = Period.parse(blank.period());
            return map.resolve(blank.area(), period.firstDay(), period.lastDay())
                    .map(area -> new Key(blank.indicator(), area.id(), period, blank.kind()));
        } catch (RejectedInput unreadable) {
            return Optional.empty();
        }
    }

    /** Due indicators without a value of either kind, neither uploaded nor stored, per report. */
    private List<String> missing(Rows rows, Facts facts) {
        Set<Reported> present = new LinkedHashSet<>(facts.dueStored());
        rows.reads().forEach(r -> present.add(Reported.of(Key.of(r.figure()))));
        facts.stored().keySet().forEach(k -> present.add(Reported.of(k)));
        Map<ReportKey, String> labels = new HashMap<>();
        facts.due()
                .keySet()
                .forEach(report -> labels.put(
                        report,
                        map.byId(report.areaId()).map(Area::fullName).orElse("") + ", kỳ "
                                + report.period().label()));
        return rules.missing(facts.due(), present, labels);
    }

    private static List<String> capped(List<String> warnings) {
        if (warnings.size() <= MAX_PROBLEMS) {
            return warnings;
        }
        List<String> kept = new ArrayList<>(warnings.subList(0, MAX_PROBLEMS));
        kept.add("... và %s cảnh báo khác"
                .formatted(VnNumber.format(BigDecimal.valueOf(warnings.size() - MAX_PROBLEMS))));
        return kept;
    }
}
