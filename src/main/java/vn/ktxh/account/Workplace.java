package vn.ktxh.account;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import vn.ktxh.area.Area;
import vn.ktxh.area.AreaMap;
import vn.ktxh.area.Areas;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.RejectedInput;
import vn.ktxh.shared.VietnamTime;

/**
 * Where a page opens: the unit and period asked for, else the signed-in account's own unit (an administrator of
 * the whole system: the top of the map, the nation) in the current year — or, when the unit has no targets this year, the
 * latest year it has, and never a year the unit did not exist in.
 */
@Service
public class Workplace {

    /** A unit, how pages name it in the period (the code, or "code@first day" when the code alone names another), the period. */
    public record Place(Area unit, String ref, Period period) {

        /** What every page names its place by: the unit, the reference typed for it, the period. */
        public Map<String, Object> attributes() {
            return Map.of("unit", unit, "areaRef", ref, "period", period);
        }
    }

    private final Areas areas;
    private final Clock clock;
    private final ObjectProvider<YearsOfWork> years;

    Workplace(Areas areas, Clock clock, ObjectProvider<YearsOfWork> years) {
        this.areas = areas;
        this.clock = clock;
        this.years = years;
    }

    /**
     * The place a page asked with these (possibly blank) parameters shows; refused when the signed-in account may not
     * read that unit, so that no page opens on another unit's data.
     */
    public Place resolve(Actor actor, String area, String period) {
        Place place = place(actor, area, period);
        actor.requireRead(place.unit());
        return place;
    }

    private Place place(Actor actor, String area, String period) {
        AreaMap map = areas.map();
        boolean noArea = area == null || area.isBlank();
        boolean noPeriod = period == null || period.isBlank();
        if (noArea) {
            Area home = home(actor, map);
            Period p = noPeriod ? currentPeriod(home) : Period.parse(period.strip());
            return new Place(home, map.reference(home, p), p);
        }
        String code = area.strip();
        if (!noPeriod) {
            Period p = Period.parse(period.strip());
            return new Place(map.require(code, p, "area"), code, p);
        }
        Period thisYear = Period.year(today().getYear());
        Area unit = code.contains("@")
                ? map.require(code, thisYear, "area")
                : map.resolve(code, thisYear)
                        .or(() -> map.resolve(code, LocalDate.of(1900, 1, 1), today()))
                        .orElseGet(() -> map.require(code, thisYear, "area"));
        Period p = currentPeriod(unit);
        return new Place(unit, map.reference(unit, p), p);
    }

    /** The signed-in account's own unit; for an administrator of the whole system, the top unit today (the nation). */
    public Area home(Actor actor, AreaMap map) {
        Long id = actor.account().map(Account::areaId).orElse(null);
        if (id != null) {
            return map.byId(id)
                    .orElseThrow(() -> new RejectedInput("area", "Đơn vị của tài khoản không còn trong danh mục"));
        }
        LocalDate today = VietnamTime.today(clock);
        List<Area> units = map.asOf(today, "").stream()
                .sorted(Comparator.comparing(Area::code))
                .toList();
        return units.stream()
                .filter(a -> a.parentId() == null)
                .findFirst()
                .orElseThrow(() -> new RejectedInput("area", "Chưa có đơn vị hành chính nào"));
    }

    /** This year (the last year the unit existed in, if it has ended); the latest earlier year with targets when this one has none. */
    public Period currentPeriod(Area unit) {
        int year = VietnamTime.today(clock).getYear();
        if (unit.validTo() != null && unit.validTo().getYear() < year) {
            year = unit.validTo().getYear();
        }
        YearsOfWork known = years.getIfAvailable();
        if (known != null) {
            SortedSet<Integer> withWork = known.of(unit).headSet(year + 1);
            if (!withWork.isEmpty() && !withWork.contains(year)) {
                year = withWork.last();
            }
        }
        return Period.year(year);
    }

    /** The years the unit has a plan for, to offer when the period shown has none. */
    public SortedSet<Integer> yearsOfWork(Area unit) {
        YearsOfWork known = years.getIfAvailable();
        return known == null ? new TreeSet<>() : known.of(unit);
    }

    public LocalDate today() {
        return VietnamTime.today(clock);
    }
}
