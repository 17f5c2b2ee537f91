package vn.ktxh.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ktxh.indicator.Aggregation;
import vn.ktxh.indicator.AnIndicator;
import vn.ktxh.indicator.Direction;
import vn.ktxh.indicator.Indicator;
import vn.ktxh.shared.UnitOfMeasure;

class CascadeTest {

    private static Indicator indicator(Aggregation aggregation, Direction direction) {
        boolean ratio = aggregation == Aggregation.RATIO;
        return AnIndicator.code(ratio ? "RATE" : "REVENUE")
                .named("Chỉ tiêu")
                .in("triệu đồng")
                .ofSector("tài chính ngân sách")
                .going(direction)
                .aggregated(aggregation)
                .ratioOf(ratio ? "POOR" : null, ratio ? "HOUSEHOLDS" : null)
                .build();
    }

    private static Map<String, Map<String, BigDecimal>> communes(String code, String... values) {
        Map<String, Map<String, BigDecimal>> out = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            out.put("0" + (i + 1), values[i] == null ? Map.of() : Map.of(code, new BigDecimal(values[i])));
        }
        return out;
    }

    @Test
    void communeTargetsThatAddUpToTheProvinceTargetMatch() {
        Cascade.Check check = Cascade.check(
                indicator(Aggregation.SUM, Direction.UP),
                new BigDecimal("1595.3"),
                communes("REVENUE", "500", "595.3", "500"));
        assertThat(check.verdict()).isEqualTo(Cascade.Verdict.MATCHES);
        assertThat(check.communeTotal()).isEqualByComparingTo("1595.3");
    }

    @Test
    void reportsCommuneTargetsThatFallShortOrExceed() {
        assertThat(Cascade.check(
                                indicator(Aggregation.SUM, Direction.UP),
                                new BigDecimal("1600"),
                                communes("REVENUE", "500", "500", "500"))
                        .verdict())
                .isEqualTo(Cascade.Verdict.FALLS_SHORT);
        assertThat(Cascade.check(
                                indicator(Aggregation.SUM, Direction.UP),
                                new BigDecimal("1400"),
                                communes("REVENUE", "500", "500", "500"))
                        .verdict())
                .isEqualTo(Cascade.Verdict.EXCEEDS);
        // less is better: communes allowed 1.500 accidents in total against a province ceiling of 1.400
        assertThat(Cascade.check(
                                indicator(Aggregation.SUM, Direction.DOWN),
                                new BigDecimal("1400"),
                                communes("REVENUE", "500", "500", "500"))
                        .verdict())
                .isEqualTo(Cascade.Verdict.FALLS_SHORT);
    }

    @Test
    void namesTheCommunesWithoutATarget() {
        Cascade.Check check = Cascade.check(
                indicator(Aggregation.SUM, Direction.UP),
                new BigDecimal("1000"),
                communes("REVENUE", "500", null, "500"));
        assertThat(check.verdict()).isEqualTo(Cascade.Verdict.INCOMPLETE);
        assertThat(check.communesWithout()).containsExactly("02");
    }

    @Test
    void checksARateByTheRatioOfItsPartsSums() {
        Map<String, Map<String, BigDecimal>> targets = new LinkedHashMap<>();
        targets.put("01", Map.of("POOR", new BigDecimal("5"), "HOUSEHOLDS", new BigDecimal("100")));
        targets.put("02", Map.of("POOR", new BigDecimal("10"), "HOUSEHOLDS", new BigDecimal("400")));
        Cascade.Check check = Cascade.check(indicator(Aggregation.RATIO, Direction.DOWN), new BigDecimal("3"), targets);
        assertThat(check.communeTotal()).isEqualByComparingTo("3");
        assertThat(check.verdict()).isEqualTo(Cascade.Verdict.MATCHES);
    }

    @Test
    void anIndicatorThatDoesNotAddUpCannotBeChecked() {
        assertThat(Cascade.check(
                                indicator(Aggregation.NONE, Direction.UP),
                                BigDecimal.TEN,
                                communes("REVENUE", "1", "2"))
                        .verdict())
                .isEqualTo(Cascade.Verdict.NOT_AGGREGATABLE);
    }

    @Test
    void aProvinceOnlyIndicatorIsNotAssignedToCommunes() {
        Indicator districts = new Indicator(
                "NN15",
                "Số huyện đạt chuẩn nông thôn mới",
                UnitOfMeasure.of("huyện"),
                "nông lâm nghiệp",
                Direction.UP,
                Aggregation.SUM,
                null,
                null,
                null,
                List.of("tỉnh"),
                null,
                null,
                null);
        assertThat(Cascade.assignedToCommunes(districts)).isFalse();
        assertThat(Cascade.assignedToCommunes(indicator(Aggregation.SUM, Direction.UP)))
                .as("no levels named: every level")
                .isTrue();
    }

    @Test
    void aGrowthTargetIsNeverComparedWithTheCommunesAmounts() {
        assertThat(Cascade.ofGrowth(indicator(Aggregation.SUM, Direction.UP), BigDecimal.TEN)
                        .verdict())
                .isEqualTo(Cascade.Verdict.GROWTH);
    }
}
