package vn.ktxh.investment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktxh.account.Actor;
import vn.ktxh.area.Area;
import vn.ktxh.area.Areas;
import vn.ktxh.investment.NewCapitalLine.NewProject;
import vn.ktxh.investment.storage.InvestmentRows;
import vn.ktxh.plan.Decision;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.RejectedInput;

/**
 * The door of the module: the office above sets and adjusts a unit's capital plan, the unit reports its disbursement,
 * everyone who may read the unit reads the statement.
 */
@Service
public class Investments {

    private final InvestmentRows rows;
    private final Areas areas;

    Investments(InvestmentRows rows, Areas areas) {
        this.rows = rows;
        this.areas = areas;
    }

    /**
     * Records a line of the capital plan, or its adjustment (the next version, the earlier kept): the office above's, as
     * targets it assigns, with the document that decided it.
     */
    @Transactional
    public CapitalLine setPlan(Actor actor, NewCapitalLine line, boolean demo) {
        Area area = areas.require(line.areaCode(), Period.year(line.year()), "area");
        actor.requireAssignTargets(area, false);
        CapitalSource source = required(line.source(), "source", "Chọn nguồn vốn");
        BigDecimal amount = required(line.amount(), "amount", "Thiếu số vốn kế hoạch (triệu đồng)");
        if (amount.signum() < 0) {
            throw new RejectedInput("amount", "Vốn kế hoạch không thể âm (%s)".formatted(amount.toPlainString()));
        }
        Decision decision = line.decision();
        if (decision == null || blankToNull(decision.issuer()) == null && blankToNull(decision.number()) == null) {
            throw new RejectedInput(
                    "decision",
                    "Thiếu văn bản giao kế hoạch vốn: số, ngày và cơ quan ban hành (ví dụ: 1758/QĐ-UBND "
                            + "ngày 20/12/2023 của UBND tỉnh)");
        }
        if (line.partOf() != null && (line.partOf() == source || line.partOf().programme() || source.programme())) {
            throw new RejectedInput(
                    "partOf",
                    "\"%s\" không thể tính trong \"%s\""
                            .formatted(source.label(), line.partOf().label()));
        }
        String user = actor.name("hệ thống");
        Long projectId = null;
        String name = line.name() == null || line.name().isBlank()
                ? source.label()
                : line.name().strip();
        if (line.project() != null) {
            Project project = project(area, line.year(), source, line.project(), user, demo);
            projectId = project.id();
            name = project.name();
        }
        if (blankToNull(decision.number()) == null
                && !rows.versions(area.id(), line.year(), source, projectId).isEmpty()) {
            throw new RejectedInput(
                    "decision",
                    "Điều chỉnh kế hoạch vốn \"%s\" cần số văn bản điều chỉnh (ví dụ: 123/QĐ-UBND)".formatted(name));
        }
        return rows.insert(
                new CapitalLine(
                        0,
                        area.id(),
                        line.year(),
                        source,
                        projectId,
                        name,
                        line.project() == null ? line.partOf() : null,
                        0,
                        amount,
                        decision,
                        user,
                        null),
                demo);
    }

    private Project project(Area area, int year, CapitalSource source, NewProject p, String user, boolean demo) {
        String name = required(blankToNull(p.name()), "project", "Thiếu tên dự án");
        var known = rows.project(area.id(), year, source, name.strip());
        if (known.isPresent()) {
            return known.get();
        }
        String owner = required(blankToNull(p.owner()), "owner", "Thiếu chủ đầu tư của dự án \"%s\"".formatted(name));
        if (p.totalInvestment() != null && p.totalInvestment().signum() < 0) {
            throw new RejectedInput("totalInvestment", "Tổng mức đầu tư của dự án \"%s\" không thể âm".formatted(name));
        }
        return rows.insertProject(
                area.id(), year, source, new NewProject(name.strip(), owner.strip(), p.totalInvestment()), user, demo);
    }

    /** Records the disbursement of a source or project cumulative to a date: the unit's own officers enter it. */
    @Transactional
    public Disbursed disburse(Actor actor, NewDisbursement d, boolean demo) {
        Area area = areas.require(d.areaCode(), Period.year(d.year()), "area");
        actor.requireEnterDisbursement(area);
        CapitalSource source = required(d.source(), "source", "Chọn nguồn vốn");
        LocalDate asOf = required(d.asOf(), "asOf", "Thiếu ngày tính số giải ngân (lũy kế đến ngày)");
        if (asOf.getYear() < d.year() || asOf.isAfter(Pace.deadline(d.year()))) {
            throw new RejectedInput(
                    "asOf",
                    "Ngày %s nằm ngoài thời gian giải ngân kế hoạch vốn năm %d (01/01/%d đến %s)"
                            .formatted(asOf, d.year(), d.year(), Pace.deadline(d.year())));
        }
        BigDecimal disbursed = required(d.disbursed(), "disbursed", "Thiếu số giải ngân (triệu đồng)");
        if (disbursed.signum() < 0 || d.estimate() != null && d.estimate().signum() < 0) {
            throw new RejectedInput(disbursed.signum() < 0 ? "disbursed" : "estimate", "Số giải ngân không thể âm");
        }
        Long projectId = null;
        if (d.project() != null && !d.project().isBlank()) {
            projectId = rows.project(area.id(), d.year(), source, d.project().strip())
                    .map(Project::id)
                    .orElseThrow(() -> new RejectedInput(
                            "project",
                            "Dự án \"%s\" không có trong kế hoạch vốn năm %d nguồn \"%s\" của %s"
                                    .formatted(d.project().strip(), d.year(), source.label(), area.fullName())));
        }
        Long project = projectId;
        CapitalLine line = ledger(area, d.year())
                .line(source, project)
                .orElseThrow(() -> new RejectedInput(
                        "source",
                        "%s chưa có kế hoạch vốn năm %d nguồn \"%s\": cấp trên giao kế hoạch vốn trước khi nhập giải ngân"
                                .formatted(area.fullName(), d.year(), source.label())));
        if (disbursed.compareTo(line.amount()) > 0) {
            throw new RejectedInput(
                    "disbursed",
                    "Số giải ngân %s vượt kế hoạch vốn %s triệu đồng của \"%s\""
                            .formatted(disbursed.toPlainString(), line.amount().toPlainString(), line.name()));
        }
        return rows.insert(
                new Disbursed(
                        0,
                        area.id(),
                        d.year(),
                        source,
                        projectId,
                        asOf,
                        disbursed,
                        d.estimate(),
                        actor.name("hệ thống"),
                        null),
                demo);
    }

    /** Every version of a line of the plan, oldest first (the decision, then its adjustments); read as the unit is. */
    public List<CapitalLine> history(Actor actor, Area area, int year, CapitalSource source, String project) {
        actor.requireRead(area);
        Long projectId = project == null || project.isBlank()
                ? null
                : rows.project(area.id(), year, source, project.strip())
                        .map(Project::id)
                        .orElse(-1L);
        return rows.versions(area.id(), year, source, projectId);
    }

    /**
     * The unit's statement for the year by the latest figures on or before {@code asked}: its own capital plan when it
     * has one, or else the roll-up of the units below it that have one.
     */
    public InvestmentStatement statement(Actor actor, Area area, int year, LocalDate asked) {
        actor.requireRead(area);
        Ledger own = ledger(area, year);
        if (!own.isEmpty()) {
            return InvestmentStatement.of(own, ledger(area, year - 1), asked);
        }
        List<InvestmentStatement> parts = new ArrayList<>();
        for (Area unit : unitsWithPlans(area, year)) {
            parts.add(InvestmentStatement.of(ledger(unit, year), ledger(unit, year - 1), asked));
        }
        LocalDate asOf = parts.stream()
                .map(InvestmentStatement::asOf)
                .max(LocalDate::compareTo)
                .orElse(asked);
        return InvestmentStatement.rollUp(year, asOf, parts);
    }

    /** The statement of each unit right below {@code parent} that has (or whose units have) a capital plan for the year. */
    public Map<Area, InvestmentStatement> byUnit(Actor actor, Area parent, int year, LocalDate asked) {
        actor.requireRead(parent);
        Map<Area, InvestmentStatement> out = new LinkedHashMap<>();
        for (Area child : areas.map().childrenEver(parent)) {
            if (child.validOn(Period.year(year).lastDay())
                    || child.validOn(Period.year(year).firstDay())) {
                InvestmentStatement s = statement(actor, child, year, asked);
                if (!s.isEmpty()) {
                    out.put(child, s);
                }
            }
        }
        return out;
    }

    /** Whether the unit has a capital plan of its own for the year (the report prints its section then). */
    public boolean hasPlan(Area area, int year) {
        return !rows.areasWithPlans(List.of(area.id()), year).isEmpty();
    }

    /** What was recorded for these units between two instants (the log reads it; its caller checks the rights). */
    public List<CapitalChange> changes(Collection<Long> areaIds, Instant from, Instant to) {
        return rows.changes(areaIds, from, to);
    }

    @Transactional
    public int removeDemo() {
        return rows.deleteDemo();
    }

    private List<Area> unitsWithPlans(Area area, int year) {
        List<Area> subtree = areas.map().subtreeEver(area);
        Set<Long> with =
                Set.copyOf(rows.areasWithPlans(subtree.stream().map(Area::id).collect(Collectors.toList()), year));
        return subtree.stream()
                .filter(a -> with.contains(a.id()) && !a.equals(area) && !aboveHasPlan(a, area, with))
                .toList();
    }

    /** A unit whose unit above (up to {@code top}) has a plan is in that plan's roll-up already: counted once. */
    private boolean aboveHasPlan(Area unit, Area top, Set<Long> with) {
        for (Long up = unit.parentId();
                up != null && up != top.id();
                up = areas.map().byId(up).map(Area::parentId).orElse(null)) {
            if (with.contains(up)) {
                return true;
            }
        }
        return false;
    }

    private Ledger ledger(Area area, int year) {
        List<Long> ids = List.of(area.id());
        return new Ledger(year, rows.currentLines(ids, year), rows.projects(ids, year), rows.disbursements(ids, year));
    }

    private static <T> T required(T value, String field, String message) {
        if (value == null) {
            throw new RejectedInput(field, message);
        }
        return value;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
