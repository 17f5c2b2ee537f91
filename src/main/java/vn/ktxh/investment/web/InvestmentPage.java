package vn.ktxh.investment.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ktxh.account.Accounts;
import vn.ktxh.account.Actor;
import vn.ktxh.account.Workplace;
import vn.ktxh.area.Area;
import vn.ktxh.area.Areas;
import vn.ktxh.investment.CapitalSource;
import vn.ktxh.investment.InvestmentStatement;
import vn.ktxh.investment.Investments;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.RejectedInput;

/**
 * Đầu tư công: a unit's capital plan against its disbursement by source, programme and project, with the same date a
 * year before, the required pace and the laggards; for a unit with units below, the disbursement of each of them by
 * source; the forms to report disbursement (the unit) and to set or adjust the capital plan (the office above).
 */
@Controller
class InvestmentPage {

    /** A unit below with its statement and the progress of each source shown in the columns. */
    record UnitRow(
            Area unit,
            String ref,
            InvestmentStatement statement,
            Map<CapitalSource, InvestmentStatement.Row> bySource) {}

    private final Investments investments;
    private final Workplace workplace;
    private final Accounts accounts;
    private final Areas areas;

    InvestmentPage(Investments investments, Workplace workplace, Accounts accounts, Areas areas) {
        this.investments = investments;
        this.workplace = workplace;
        this.accounts = accounts;
        this.areas = areas;
    }

    @GetMapping("/dau-tu-cong")
    String show(
            Actor actor,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String date,
            Model model) {
        Workplace.Place place = workplace.resolve(actor, area, period);
        Area unit = place.unit();
        int year = place.period().year();
        LocalDate asked = asked(date, year);
        InvestmentStatement statement = investments.statement(actor, unit, year, asked);
        model.addAttribute("unit", unit);
        model.addAttribute("areaRef", place.ref());
        model.addAttribute("period", place.period());
        model.addAttribute("year", year);
        model.addAttribute("s", statement);
        List<UnitRow> units = units(actor, unit, year, asked);
        model.addAttribute("units", units);
        model.addAttribute(
                "unitSources",
                Arrays.stream(CapitalSource.values())
                        .filter(src -> units.stream().anyMatch(u -> u.bySource().containsKey(src)))
                        .toList());
        model.addAttribute("sources", CapitalSource.values());
        model.addAttribute(
                "canEnter",
                actor.access()
                        .map(a -> a.canWriteSector(unit, Accounts.INVESTMENT_SECTOR))
                        .orElse(false));
        model.addAttribute(
                "canSetPlan",
                actor.access().map(a -> a.canAssignTargets(unit, false)).orElse(false));
        return "investment/page";
    }

    /** The day asked for ("đến ngày"), or the deadline of the year: the latest figures reported. */
    private static LocalDate asked(String date, int year) {
        if (date == null || date.isBlank()) {
            return LocalDate.of(year + 1, 1, 31);
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new RejectedInput("date", "Ngày \"%s\" không đúng (chọn ngày trên lịch)".formatted(date));
        }
    }

    private List<UnitRow> units(Actor actor, Area parent, int year, LocalDate asked) {
        Map<Area, InvestmentStatement> byUnit = investments.byUnit(actor, parent, year, asked);
        List<UnitRow> rows = new ArrayList<>();
        byUnit.forEach((unit, s) -> {
            Map<CapitalSource, InvestmentStatement.Row> bySource = new LinkedHashMap<>();
            s.sources().forEach(r -> bySource.put(r.source(), r));
            s.programmes().forEach(r -> bySource.put(r.source(), r));
            rows.add(new UnitRow(unit, areas.map().reference(unit, Period.year(year)), s, bySource));
        });
        return rows;
    }
}
