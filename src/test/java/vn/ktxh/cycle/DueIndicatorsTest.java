package vn.ktxh.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ktxh.IntegrationTest;
import vn.ktxh.account.Actor;
import vn.ktxh.api.Api;
import vn.ktxh.area.Area;
import vn.ktxh.area.AreaMap;
import vn.ktxh.area.Areas;
import vn.ktxh.exchange.Exchanges;
import vn.ktxh.exchange.Template;
import vn.ktxh.plan.Plans;
import vn.ktxh.shared.Period;

/**
 * One rule says what is due: the Excel template of a period lists exactly the indicators the entry form lists, for every
 * demo unit with a plan (and the units above and below it) and every period of the years they plan for.
 */
@IntegrationTest
class DueIndicatorsTest {

    private static final Pattern FIELD = Pattern.compile("name=\"v_([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    Areas areas;

    @Autowired
    Plans plans;

    @Autowired
    Exchanges exchanges;

    @Test
    void theTemplateOfEveryPeriodListsExactlyTheIndicatorsOfTheEntryForm() {
        Api page = Api.signedInPage(port, "quantri");
        AreaMap map = areas.map();
        int compared = 0;
        int nonEmpty = 0;
        for (Area unit : unitsAroundPlans(map)) {
            for (int year = 2024; year <= 2026; year++) {
                for (Period period : periodsOf(year)) {
                    if (!unit.validOn(period.lastDay()) && !unit.validOn(period.firstDay())) {
                        continue;
                    }
                    String ref = map.reference(unit, period);
                    Set<String> form = fields(page.text("/nhap-so-lieu?area=" + ref + "&period=" + period)
                            .body());
                    Template template = exchanges.template(Actor.system(), ref, period.toString());
                    Set<String> rows = new LinkedHashSet<>(template.rows().stream()
                            .map(Template.Row::indicator)
                            .toList());
                    assertThat(rows).as("%s %s", unit.fullName(), period).containsExactlyElementsOf(form);
                    compared++;
                    nonEmpty += form.isEmpty() ? 0 : 1;
                }
            }
        }
        assertThat(compared).isGreaterThan(100);
        assertThat(nonEmpty)
                .as("months and quarters of the planned years have rows")
                .isGreaterThan(50);
    }

    @Test
    void aMonthOfAYearWithTargetsAsksForTheYearsIndicators() {
        Api page = Api.signedInPage(port, "quantri");
        Set<String> month =
                fields(page.text("/nhap-so-lieu?area=03388&period=2026-M03").body());
        Set<String> quarter =
                fields(page.text("/nhap-so-lieu?area=03388&period=2026-Q1").body());
        assertThat(month).isNotEmpty().isEqualTo(quarter);
    }

    private List<Area> unitsAroundPlans(AreaMap map) {
        Set<Area> out = new LinkedHashSet<>();
        for (Area unit : map.asOf(null, "")) {
            if (!plans.plansOf(unit).isEmpty()) {
                out.add(unit);
                map.childrenEver(unit).stream().limit(3).forEach(out::add);
                if (unit.parentId() != null) {
                    map.byId(unit.parentId()).ifPresent(out::add);
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static List<Period> periodsOf(int year) {
        List<Period> out = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            out.add(Period.month(year, m));
        }
        for (int q = 1; q <= 4; q++) {
            out.add(Period.quarter(year, q));
        }
        out.add(Period.parse(year + "-H1"));
        out.add(Period.parse(year + "-9M"));
        out.add(Period.year(year));
        return out;
    }

    private static Set<String> fields(String html) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = FIELD.matcher(html);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
