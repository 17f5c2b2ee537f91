package vn.ktxh.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ktxh.area.AreaFixture.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.RejectedInput;

class AreaMapTest {

    private final AreaMap map = AreaFixture.map();

    @Test
    void showsTheTreeAsItWasOnADay() {
        assertThat(map.asOf(LocalDate.of(2024, 12, 31), null))
                .containsExactlyInAnyOrder(PROVINCE, DISTRICT, OLD_TAN_PHONG, DONG_PHONG, SAN_THANG);
        assertThat(map.asOf(NEW, null)).containsExactlyInAnyOrder(PROVINCE, NEW_TAN_PHONG, NORTH, SOUTH);
        assertThat(map.childrenOn(PROVINCE, LAST_OLD_DAY)).containsExactly(DISTRICT);
        assertThat(map.childrenOn(PROVINCE, NEW)).contains(NEW_TAN_PHONG).doesNotContain(DISTRICT);
    }

    @Test
    void aPageNamesAUnitByItsCodeUnlessTheCodeNamesAnotherUnitInThePeriod() {
        assertThat(map.reference(NEW_TAN_PHONG, Period.parse("2025"))).isEqualTo("03408");
        assertThat(map.reference(DONG_PHONG, Period.parse("2024"))).isEqualTo("03408");
        assertThat(map.reference(DONG_PHONG, Period.parse("2025"))).isEqualTo("03408@2021-01-01");
        assertThat(map.reference(NEW_TAN_PHONG, Period.parse("2024"))).isEqualTo("03408@2025-07-01");
    }

    @Test
    void showsAUnitInAPeriodItExisted() {
        assertThat(AreaMap.periodFor(NEW_TAN_PHONG, Period.parse("2024"))).isEqualTo(Period.parse("2025"));
        assertThat(AreaMap.periodFor(OLD_TAN_PHONG, Period.parse("2026"))).isEqualTo(Period.parse("2025"));
        assertThat(AreaMap.periodFor(OLD_TAN_PHONG, Period.parse("2024-Q3"))).isEqualTo(Period.parse("2024-Q3"));
    }

    @Test
    void findsUnitsByNameWithoutDiacritics() {
        assertThat(map.asOf(null, "tan phong")).containsExactlyInAnyOrder(OLD_TAN_PHONG, NEW_TAN_PHONG);
        assertThat(map.asOf(NEW, "PHUONG TAN PHONG")).containsExactly(NEW_TAN_PHONG);
        assertThat(map.asOf(null, "dong phong")).containsExactly(DONG_PHONG);
    }

    @Test
    void aReusedCodeNamesTheUnitOfThePeriod() {
        assertThat(map.resolve("03408", Period.parse("2024"))).contains(DONG_PHONG);
        assertThat(map.resolve("03408", Period.parse("2026"))).contains(NEW_TAN_PHONG);
        assertThat(map.resolve("03408", Period.parse("2025-H1"))).contains(DONG_PHONG);
        assertThat(map.resolve("03408", Period.parse("2025"))).contains(NEW_TAN_PHONG);
        assertThat(map.resolve("105", Period.parse("2025"))).contains(DISTRICT);
        assertThatThrownBy(() -> map.require("105", Period.parse("2026"), "area"))
                .isInstanceOf(RejectedInput.class)
                .hasMessageContaining("mã \"105\"")
                .hasMessageContaining("năm 2026");
    }

    @Test
    void knowsPredecessorsAndSuccessors() {
        Lineage merged = map.lineage(NEW_TAN_PHONG);
        assertThat(merged.predecessors()).extracting(LineageStep::other).containsExactly(OLD_TAN_PHONG, DONG_PHONG);
        assertThat(merged.successors()).isEmpty();
        Lineage split = map.lineage(SAN_THANG);
        assertThat(split.successors()).extracting(LineageStep::other).containsExactly(NORTH, SOUTH);
        assertThat(split.successors())
                .extracting(LineageStep::share)
                .containsExactly(new BigDecimal("0.7"), new BigDecimal("0.3"));
        assertThat(split.successors().get(0).event().kind()).isEqualTo(LineageEvent.Kind.SPLIT);
    }

    @Test
    void aNewUnitIsMadeOfItsPredecessorsForYearsBeforeIt() {
        assertThat(map.composition(NEW_TAN_PHONG, Period.parse("2024"), "ANY"))
                .containsExactly(
                        new Contribution(OLD_TAN_PHONG, BigDecimal.ONE), new Contribution(DONG_PHONG, BigDecimal.ONE));
        assertThat(map.composition(NORTH, Period.parse("2024"), "ANY"))
                .containsExactly(new Contribution(SAN_THANG, new BigDecimal("0.7")));
        assertThat(map.composition(NORTH, Period.parse("2024"), HOUSEHOLDS))
                .containsExactly(new Contribution(SAN_THANG, new BigDecimal("0.3")));
    }

    @Test
    void anExistingUnitIsMadeOfItsSubUnitsAndAVanishedOneOfNothing() {
        assertThat(map.composition(DISTRICT, Period.parse("2024"), "ANY"))
                .extracting(Contribution::area)
                .containsExactlyInAnyOrder(OLD_TAN_PHONG, DONG_PHONG, SAN_THANG);
        assertThat(map.composition(DISTRICT, Period.parse("2026"), "ANY")).isEmpty();
        assertThat(map.closure(PROVINCE, Period.parse("2024"))).hasSize(5);
    }
}
