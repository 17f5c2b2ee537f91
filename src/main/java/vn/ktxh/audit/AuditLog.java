package vn.ktxh.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.ktxh.account.Accounts;
import vn.ktxh.area.Area;
import vn.ktxh.area.AreaMap;
import vn.ktxh.area.Areas;
import vn.ktxh.cycle.Cycles;
import vn.ktxh.data.Figures;
import vn.ktxh.indicator.Indicator;
import vn.ktxh.indicator.Indicators;
import vn.ktxh.plan.Plans;
import vn.ktxh.shared.VietnamTime;

/** The door of the module: the log of a unit and every unit ever under it, between two instants. */
@Service
public class AuditLog {


    private final Areas areas;
    private final Indicators indicators;
    private final Accounts accounts;
    private final Figures figures;
    private final Plans plans;
    private final Cycles cycles;

    AuditLog(Areas areas, Indicators indicators, Accounts accounts, Figures figures, Plans plans, Cycles cycles) {
        this.areas = areas;
        this.indicators = indicators;
        this.accounts = accounts;
        this.figures = figures;
        this.plans = plans;
        this.cycles = cycles;
    }

    /** The log of whole days, as Vietnam counts them: from the start of {@code from} to the end of {@code to}. */
    public List<AuditLine> of(String areaCode, LocalDate from, LocalDate to) {
        return of(areaCode, from.atStartOfDay(VietnamTime.ZONE).toInstant(), to.plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant());
    }

    public List<AuditLine> of(String areaCode, Instant from, Instant to) {
        AreaMap map = areas.map();
        Area root = areas.find(areaCode, null).orElseThrow(() -> new vn.ktxh.shared.RejectedInput("area",
                "Không có đơn vị hành chính mã \"%s\"".formatted(areaCode)));
        accounts.requireRead(root);
        List<Long> ids = map.subtreeEver(root).stream().map(Area::id).toList();
        Map<String, Indicator> catalogue = indicators.catalogue();
        List<AuditLine> out = new ArrayList<>();
        figures.changes(ids, from, to).forEach(l -> out.add(new AuditLine(l.change().changedAt(), l.change().changedBy(),
                l.change().oldValue() == null ? "Số liệu — tạo mới" : "Số liệu — sửa", code(map, l.areaId()), name(map, l.areaId()),
                l.period().toString(), l.indicator(), indicatorName(catalogue, l.indicator()), l.change().oldValue(), l.change().newValue(),
                l.change().kind().label() + (l.change().reason() == null ? "" : "; " + l.change().reason()))));
        plans.recorded(ids, from, to).forEach(r -> out.add(new AuditLine(r.at(), r.by(),
                r.target().version() == 1 ? "Chỉ tiêu — giao" : "Chỉ tiêu — điều chỉnh lần " + (r.target().version() - 1),
                code(map, r.target().areaId()), name(map, r.target().areaId()), r.target().period().toString(), r.target().indicator(),
                indicatorName(catalogue, r.target().indicator()), null, r.target().value(),
                r.target().decision() == null || r.target().decision().number() == null ? "" : "Văn bản " + r.target().decision().number())));
        cycles.events(ids, from, to).forEach(e -> out.add(new AuditLine(e.at(), e.by(), "Báo cáo — " + e.to().label().toLowerCase(),
                code(map, e.areaId()), name(map, e.areaId()), e.period(), null, null, null, null,
                e.from().label() + " → " + e.to().label() + (e.reason() == null ? "" : "; " + e.reason()))));
        out.sort(Comparator.comparing(AuditLine::at));
        return out;
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
