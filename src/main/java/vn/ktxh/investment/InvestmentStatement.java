package vn.ktxh.investment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Tình hình giải ngân: a unit's (or several units') capital plan for a year against what was disbursed by {@code asOf},
 * by source, by national target programme and by project and owner, with the same date a year before where reported,
 * the pace required on that date, and the laggards below it.
 */
public record InvestmentStatement(
        int year,
        LocalDate asOf,
        BigDecimal requiredPercent,
        Progress total,
        Progress totalLastYear,
        List<Row> sources,
        Progress programmesTotal,
        List<Row> programmes,
        List<Row> projects,
        List<Row> owners,
        List<Row> laggards) {

    public enum Kind {
        SOURCE("Nguồn vốn"),
        PROGRAMME("Chương trình"),
        PROJECT("Dự án"),
        OWNER("Chủ đầu tư");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One line: a source, a programme, a project or an owner's projects; {@code lastYear} null when not reported then;
     * {@code line} the plan's current version (null for an owner and in a roll-up).
     */
    public record Row(
            Kind kind,
            String name,
            CapitalSource source,
            CapitalSource partOf,
            String owner,
            Progress progress,
            Progress lastYear,
            CapitalLine line) {

        Row plus(Row other) {
            return new Row(
                    kind,
                    name,
                    source,
                    partOf,
                    owner,
                    progress.plus(other.progress),
                    lastYear == null
                            ? other.lastYear
                            : other.lastYear == null ? lastYear : lastYear.plus(other.lastYear),
                    null);
        }
    }

    /** The statement of one unit by the latest figures on or before {@code asked}, against its ledger of the year before. */
    public static InvestmentStatement of(Ledger ledger, Ledger lastYear, LocalDate asked) {
        LocalDate asOf = ledger.latestDate(asked).orElse(asked);
        LocalDate before = asOf.minusYears(1);
        boolean compared = lastYear.latestDate(before).isPresent();
        List<Row> lines = new ArrayList<>();
        for (CapitalLine line : ledger.sourceLines()) {
            Progress then = compared && lastYear.line(line.source(), null).isPresent()
                    ? lastYear.ofSource(line.source(), before)
                    : null;
            lines.add(new Row(
                    line.source().programme() ? Kind.PROGRAMME : Kind.SOURCE,
                    line.name(),
                    line.source(),
                    line.partOf(),
                    null,
                    ledger.ofSource(line.source(), asOf),
                    then,
                    line));
        }
        List<Row> projects = ledger.projects().stream()
                .map(p -> new Row(
                        Kind.PROJECT,
                        p.name(),
                        p.source(),
                        null,
                        p.owner(),
                        ledger.ofProject(p, asOf),
                        null,
                        ledger.line(p.source(), p.id()).orElse(null)))
                .toList();
        return assemble(ledger.year(), asOf, lines, projects);
    }

    /** Several units' statements as one (a unit above its units): lines of the same source added, projects side by side. */
    public static InvestmentStatement rollUp(int year, LocalDate asOf, List<InvestmentStatement> parts) {
        Map<CapitalSource, Row> bySource = new LinkedHashMap<>();
        parts.stream()
                .flatMap(s -> Stream.concat(s.sources.stream(), s.programmes.stream()))
                .sorted(Comparator.comparing(Row::source))
                .forEach(row -> bySource.merge(
                        row.source(),
                        new Row(
                                row.kind(),
                                row.source().label(),
                                row.source(),
                                row.partOf(),
                                null,
                                row.progress(),
                                row.lastYear(),
                                null),
                        Row::plus));
        return assemble(
                year,
                asOf,
                List.copyOf(bySource.values()),
                parts.stream().flatMap(s -> s.projects.stream()).toList());
    }

    private static InvestmentStatement assemble(int year, LocalDate asOf, List<Row> lines, List<Row> projects) {
        Predicate<Row> inTotal = r -> r.kind() == Kind.SOURCE && r.partOf() == null;
        List<Row> sources = lines.stream().filter(r -> r.kind() == Kind.SOURCE).toList();
        List<Row> programmes =
                lines.stream().filter(r -> r.kind() == Kind.PROGRAMME).toList();
        Map<String, Row> byOwner = new LinkedHashMap<>();
        projects.forEach(p -> byOwner.merge(
                p.owner(),
                new Row(Kind.OWNER, p.owner(), p.source(), null, p.owner(), p.progress(), null, null),
                Row::plus));
        List<Row> owners = List.copyOf(byOwner.values());
        List<Row> laggards = Stream.of(sources, programmes, projects, owners)
                .flatMap(List::stream)
                .filter(r -> Pace.behind(r.progress(), year, asOf))
                .toList();
        Progress total = sum(sources.stream().filter(inTotal).map(Row::progress).toList());
        List<Progress> then = sources.stream()
                .filter(inTotal)
                .map(Row::lastYear)
                .filter(p -> p != null)
                .toList();
        return new InvestmentStatement(
                year,
                asOf,
                Pace.required(year, asOf),
                total,
                then.isEmpty() ? null : sum(then),
                sources,
                sum(programmes.stream().map(Row::progress).toList()),
                programmes,
                projects,
                owners,
                laggards);
    }

    private static Progress sum(List<Progress> parts) {
        return parts.stream().reduce(Progress.NONE, Progress::plus);
    }

    /** The whole plan below the pace required on {@code asOf}: a unit among the laggards of the units above it. */
    public boolean behind() {
        return Pace.behind(total, year, asOf);
    }

    public LocalDate deadline() {
        return Pace.deadline(year);
    }

    public boolean isEmpty() {
        return sources.isEmpty() && programmes.isEmpty();
    }

    /** The sources, then the programmes: every line of the plan as a page lists them. */
    public List<Row> lines() {
        return Stream.concat(sources.stream(), programmes.stream()).toList();
    }

    /** The lines counted within {@code source} ("trong đó"). */
    public List<Row> within(CapitalSource source) {
        return sources.stream().filter(r -> r.partOf() == source).toList();
    }
}
