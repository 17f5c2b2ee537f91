package vn.ktxh.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import vn.ktxh.account.Actor;
import vn.ktxh.area.Area;
import vn.ktxh.area.AreaMap;
import vn.ktxh.area.Areas;
import vn.ktxh.cycle.Cycles;
import vn.ktxh.data.FigureChange;
import vn.ktxh.data.Figures;
import vn.ktxh.document.ReportSections;
import vn.ktxh.document.Reports;
import vn.ktxh.indicator.Indicator;
import vn.ktxh.indicator.Indicators;
import vn.ktxh.investment.Investments;
import vn.ktxh.plan.Plans;
import vn.ktxh.shared.RejectedInput;
import vn.ktxh.shared.VietnamTime;

/** The door of the module: the log of a unit and every unit ever under it, between two instants. */
@Service
public class AuditLog {

    private final Areas areas;
    private final Indicators indicators;
    private final Figures figures;
    private final Plans plans;
    private final Cycles cycles;
    private final Reports reports;
    private final Investments investments;

    AuditLog(
            Areas areas,
            Indicators indicators,
            Figures figures,
            Plans plans,
            Cycles cycles,
            Reports reports,
            Investments investments) {
        this.investments = investments;
        this.reports = reports;
        this.areas = areas;
        this.indicators = indicators;
        this.figures = figures;
        this.plans = plans;
        this.cycles = cycles;
    }

    /** The log of whole days, as Vietnam counts them: from the start of {@code from} to the end of {@code to}. */
    public List<AuditLine> of(Actor actor, String areaCode, LocalDate from, LocalDate to) {
        return of(
                actor,
                areaCode,
                from.atStartOfDay(VietnamTime.ZONE).toInstant(),
                to.plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant());
    }

    public List<AuditLine> of(Actor actor, String areaCode, Instant from, Instant to) {
        AreaMap map = areas.map();
        Area root = areas.find(areaCode, null)
                .orElseThrow(
                        () -> new RejectedInput("area", "Không có đơn vị hành chính mã \"%s\"".formatted(areaCode)));
        actor.requireRead(root);
        List<Long> ids = map.subtreeEver(root).stream().map(Area::id).toList();
        Map<String, Indicator> catalogue = indicators.catalogue();
        List<AuditLine> out = new ArrayList<>();
        figures.changes(ids, from, to)
                .forEach(l -> out.add(new AuditLine(
                        l.change().changedAt(),
                        l.change().changedBy(),
                        l.change().oldValue() == null ? "Số liệu — tạo mới" : "Số liệu — sửa",
                        code(map, l.areaId()),
                        name(map, l.areaId()),
                        l.period().toString(),
                        l.indicator(),
                        indicatorName(catalogue, l.indicator()),
                        l.change().oldValue(),
                        l.change().newValue(),
                        l.change().kind().label()
                                + sourceChange(l.change())
                                + (l.change().reason() == null
                                        ? ""
                                        : "; " + l.change().reason()))));
        plans.recorded(ids, from, to)
                .forEach(r -> out.add(new AuditLine(
                        r.at(),
                        r.by(),
                        r.target().version() == 1
                                ? "Chỉ tiêu — giao"
                                : "Chỉ tiêu — điều chỉnh lần " + (r.target().version() - 1),
                        code(map, r.target().areaId()),
                        name(map, r.target().areaId()),
                        r.target().period().toString(),
                        r.target().indicator(),
                        indicatorName(catalogue, r.target().indicator()),
                        null,
                        r.target().value(),
                        r.target().decision() == null || r.target().decision().number() == null
                                ? ""
                                : "Văn bản " + r.target().decision().number())));
        investments
                .changes(ids, from, to)
                .forEach(c -> out.add(new AuditLine(
                        c.at(),
                        c.by(),
                        c.what(),
                        code(map, c.areaId()),
                        name(map, c.areaId()),
                        String.valueOf(c.year()),
                        null,
                        c.name(),
                        c.before(),
                        c.after(),
                        c.detail())));
        cycles.events(ids, from, to)
                .forEach(e -> out.add(new AuditLine(
                        e.at(),
                        e.by(),
                        "Báo cáo — " + e.to().label().toLowerCase(),
                        code(map, e.areaId()),
                        name(map, e.areaId()),
                        e.period(),
                        null,
                        null,
                        null,
                        null,
                        e.from().label() + " → " + e.to().label() + (e.reason() == null ? "" : "; " + e.reason()))));
        reports.textChanges(ids, from, to)
                .forEach(t -> out.add(new AuditLine(
                        t.at(),
                        t.by(),
                        "Báo cáo — sửa nội dung",
                        code(map, t.areaId()),
                        name(map, t.areaId()),
                        t.period().toString(),
                        null,
                        null,
                        null,
                        null,
                        textChange(
                                t.change().part(),
                                t.change().before(),
                                t.change().after()))));
        out.sort(Comparator.comparing(AuditLine::at));
        return out;
    }

    /** "; nguồn, ghi chú: «old» → «new»" when a change of a figure changed its source or note. */
    private static String sourceChange(FigureChange c) {
        return c.oldValue() == null || Objects.equals(c.oldSource(), c.newSource())
                ? ""
                : "; nguồn, ghi chú: %s → %s".formatted(quoted(c.oldSource()), quoted(c.newSource()));
    }

    /** "Giáo dục và đào tạo: «old» → «new»", the section by its heading; empty text as "(trống)". */
    private static String textChange(String part, String before, String after) {
        return "%s: %s → %s".formatted(ReportSections.heading(part), quoted(before), quoted(after));
    }

    private static String quoted(String text) {
        return text == null ? "(trống)" : "«" + text + "»";
    }

    private static String code(AreaMap map, long id) {
        return map.byId(id).map(Area::code).orElse("?");
    }

    private static String name(AreaMap map, long id) {
        return map.byId(id).map(Area::fullName).orElse("?");
    }

    private static String indicatorName(Map<String, Indicator> catalogue, String code) {
        Indicator i = catalogue.get(code);
        return i == null ? code : i.name();
    }
}
