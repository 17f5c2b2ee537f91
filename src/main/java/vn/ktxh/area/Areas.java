package vn.ktxh.area;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktxh.area.storage.AreaRows;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.RejectedInput;

/** The door of the module: the current map of units, and the recording of units and lineage events. */
@Service
public class Areas {

    private final AreaRows rows;
    private volatile AreaMap map;

    private final ApplicationEventPublisher events;

    Areas(AreaRows rows, ApplicationEventPublisher events) {
        this.rows = rows;
        this.events = events;
    }

    public AreaMap map() {
        AreaMap current = map;
        if (current == null) {
            current = reload();
        }
        return current;
    }

    public List<Area> asOf(LocalDate day, String query) {
        return map().asOf(day, query);
    }

    public Area require(String code, Period period, String field) {
        return map().require(code, period, field);
    }

    /**
     * The unit a code names on a day, or (without a day) the latest unit that used the code. A page's reference
     * "CODE@first day" ({@link AreaMap#reference}) names its unit whatever the day.
     */
    public Optional<Area> find(String code, LocalDate day) {
        int at = code.indexOf('@');
        if (at > 0) {
            LocalDate from = AreaMap.day(code.substring(at + 1), "area");
            return map().resolve(code.substring(0, at), from, from);
        }
        LocalDate to = day == null ? LocalDate.of(9999, 12, 31) : day;
        LocalDate from = day == null ? LocalDate.of(1900, 1, 1) : day;
        return map().resolve(code, from, to);
    }

    @Transactional
    public Area record(NewArea area) {
        Long parentId = null;
        if (area.parentCode() != null && !area.parentCode().isBlank()) {
            parentId = map().resolve(area.parentCode(), area.validFrom(), area.validFrom())
                    .orElseThrow(() -> new RejectedInput(
                            "parentCode",
                            "Không có đơn vị cấp trên mã \"%s\" vào ngày %s"
                                    .formatted(area.parentCode(), area.validFrom())))
                    .id();
        }
        rows.insert(area, parentId);
        return reload().resolve(area.code(), area.validFrom(), area.validFrom()).orElseThrow();
    }

    /** Records an event and its links; every unit must exist on the right side of the event's day. */
    @Transactional
    public void recordEvent(LineageEvent.Kind kind, LocalDate effective, String legalBasis, List<NewLink> links) {
        AreaMap current = map();
        long eventId = rows.insertEvent(kind, effective, legalBasis);
        for (NewLink link : links) {
            Area predecessor = current.resolve(
                            link.predecessorCode(), link.predecessorDay(effective), link.predecessorDay(effective))
                    .orElseThrow(() -> new RejectedInput(
                            "predecessorCode",
                            "Không có đơn vị mã \"%s\" trước ngày %s".formatted(link.predecessorCode(), effective)));
            Area successor = current.resolve(link.successorCode(), effective, effective)
                    .orElseThrow(() -> new RejectedInput(
                            "successorCode",
                            "Không có đơn vị mã \"%s\" từ ngày %s".formatted(link.successorCode(), effective)));
            rows.insertLink(eventId, predecessor.id(), successor.id(), link.share());
            link.indicatorShares()
                    .forEach((indicator, share) ->
                            rows.insertIndicatorShare(eventId, predecessor.id(), successor.id(), indicator, share));
        }
        reload();
    }

    /** Nothing recorded but the country itself, which the schema starts with. */
    public boolean isEmpty() {
        return map().asOf(null, "").stream().allMatch(a -> a.kind() == AreaKind.NATION);
    }

    public synchronized AreaMap reload() {
        map = new AreaMap(rows.all(), rows.events(), rows.links());
        events.publishEvent(new AreasChanged(map.size()));
        return map;
    }
}
