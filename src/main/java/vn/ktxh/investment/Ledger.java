package vn.ktxh.investment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one unit recorded for one year: the current version of each line of its capital plan, its projects, and every
 * disbursement reported. Rolls up a project's figures into its source when the source reported none of its own.
 */
public record Ledger(int year, List<CapitalLine> lines, List<Project> projects, List<Disbursed> figures) {

    public static Ledger empty(int year) {
        return new Ledger(year, List.of(), List.of(), List.of());
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /** The last date a figure was reported for, not after {@code notAfter}. */
    public Optional<LocalDate> latestDate(LocalDate notAfter) {
        return figures.stream()
                .map(Disbursed::asOf)
                .filter(d -> !d.isAfter(notAfter))
                .max(Comparator.naturalOrder());
    }

    public List<CapitalLine> sourceLines() {
        return lines.stream().filter(l -> l.projectId() == null).toList();
    }

    public Optional<CapitalLine> line(CapitalSource source, Long projectId) {
        return lines.stream()
                .filter(l -> l.source() == source && Objects.equals(l.projectId(), projectId))
                .findFirst();
    }

    public List<Project> projectsOf(CapitalSource source) {
        return projects.stream().filter(p -> p.source() == source).toList();
    }

    /** A project's plan and its latest figure on or before {@code date}. */
    public Progress ofProject(Project project, LocalDate date) {
        BigDecimal plan =
                line(project.source(), project.id()).map(CapitalLine::amount).orElse(BigDecimal.ZERO);
        return latest(project.source(), project.id(), date)
                .map(f -> new Progress(plan, f.disbursed(), f.estimate()))
                .orElse(new Progress(plan, null, null));
    }

    /** A source's plan and its own latest figure on or before {@code date}, or else the sum of its projects' figures. */
    public Progress ofSource(CapitalSource source, LocalDate date) {
        List<Project> own = projectsOf(source);
        BigDecimal plan = line(source, null)
                .map(CapitalLine::amount)
                .orElseGet(() ->
                        own.stream().map(p -> ofProject(p, date).plan()).reduce(BigDecimal.ZERO, BigDecimal::add));
        Optional<Disbursed> reported = latest(source, null, date);
        if (reported.isPresent()) {
            return new Progress(plan, reported.get().disbursed(), reported.get().estimate());
        }
        Progress projects = own.stream().map(p -> ofProject(p, date)).reduce(Progress.NONE, Progress::plus);
        return new Progress(plan, projects.disbursed(), projects.estimate());
    }

    private Optional<Disbursed> latest(CapitalSource source, Long projectId, LocalDate date) {
        return figures.stream()
                .filter(f -> f.source() == source
                        && Objects.equals(f.projectId(), projectId)
                        && !f.asOf().isAfter(date))
                .max(Comparator.comparing(Disbursed::asOf)
                        .thenComparing(Disbursed::recordedAt)
                        .thenComparing(Disbursed::id));
    }
}
