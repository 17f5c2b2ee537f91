package vn.ktxh.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.ktxh.indicator.Aggregation;
import vn.ktxh.indicator.Direction;
import vn.ktxh.indicator.Indicator;
import vn.ktxh.shared.UnitOfMeasure;

/** The pre-fill and the check of the commune grid, over many random provinces drawn from fixed seeds. */
class CascadeFillTest {

    private static final Indicator REVENUE = new Indicator(
            "REVENUE",
            "Thu ngân sách",
            UnitOfMeasure.of("triệu đồng"),
            "tài chính",
            Direction.UP,
            Aggregation.SUM,
            null,
            null,
            null,
            List.of(),
            null,
            null,
            null);
    private static final Indicator POOR_RATE = new Indicator(
            "RATE",
            "Tỷ lệ hộ nghèo",
            UnitOfMeasure.of("%"),
            "xã hội",
            Direction.DOWN,
            Aggregation.RATIO,
            "POOR",
            "HOUSEHOLDS",
            BigDecimal.valueOf(100),
            List.of(),
            null,
            null,
            null);

    private static List<String> communes(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add("%05d".formatted(i + 1));
        }
        return out;
    }

    private static Map<String, BigDecimal> randomFigures(Random random, List<String> communes, int scale) {
        Map<String, BigDecimal> out = new HashMap<>();
        communes.forEach(c -> out.put(c, BigDecimal.valueOf(random.nextInt(5_000_000), scale)));
        return out;
    }

    @Test
    void everyRuleSplitsAnAmountSoTheCommunesAddUpToTheProvinceTargetExactly() {
        for (long seed = 1; seed <= 300; seed++) {
            Random random = new Random(seed);
            List<String> communes = communes(1 + random.nextInt(40));
            int scale = random.nextInt(3);
            BigDecimal target = BigDecimal.valueOf(1 + random.nextInt(90_000_000), scale);
            Map<String, BigDecimal> lastYear = randomFigures(random, communes, scale);
            Map<String, BigDecimal> population = randomFigures(random, communes, 0);
            for (CascadeFill.Rule rule : CascadeFill.Rule.values()) {
                Map<String, BigDecimal> filled =
                        CascadeFill.fill(rule, REVENUE, target, communes, lastYear, population);
                assertThat(filled.keySet()).as("seed %d %s", seed, rule).containsExactlyInAnyOrderElementsOf(communes);
                assertThat(filled.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                        .as("seed %d %s", seed, rule)
                        .isEqualByComparingTo(target);
                assertThat(CascadeFill.check(REVENUE, target, communes, filled, Map.of())
                                .verdict())
                        .as("seed %d %s", seed, rule)
                        .isEqualTo(Cascade.Verdict.MATCHES);
            }
        }
    }

    @Test
    void aShareRuleGivesEachCommuneItsShareAndEqualGrowthTheSameIncrease() {
        for (long seed = 1; seed <= 200; seed++) {
            Random random = new Random(seed);
            List<String> communes = communes(2 + random.nextInt(30));
            BigDecimal target = BigDecimal.valueOf(1_000_000 + random.nextInt(90_000_000));
            Map<String, BigDecimal> lastYear = randomFigures(random, communes, 0);
            BigDecimal total = lastYear.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            Map<String, BigDecimal> shares =
                    CascadeFill.fill(CascadeFill.Rule.LAST_YEAR_SHARE, REVENUE, target, communes, lastYear, Map.of());
            Map<String, BigDecimal> growth =
                    CascadeFill.fill(CascadeFill.Rule.EQUAL_GROWTH, REVENUE, target, communes, lastYear, Map.of());
            BigDecimal step = target.subtract(total).divide(BigDecimal.valueOf(communes.size()), MathContext.DECIMAL64);
            BigDecimal slack = BigDecimal.valueOf(communes.size()); // the rounding left over, put on one commune
            for (String c : communes) {
                BigDecimal exactShare = target.multiply(lastYear.get(c)).divide(total, MathContext.DECIMAL64);
                assertThat(shares.get(c).subtract(exactShare).abs())
                        .as("seed %d share of %s", seed, c)
                        .isLessThanOrEqualTo(slack);
                assertThat(growth.get(c)
                                .subtract(lastYear.get(c))
                                .subtract(step)
                                .abs())
                        .as("seed %d growth of %s", seed, c)
                        .isLessThanOrEqualTo(slack);
            }
        }
    }

    @Test
    void aRateIsGivenAtTheProvinceLevelAndCheckedAsARatioWeightedByEachCommunesSize() {
        for (long seed = 1; seed <= 200; seed++) {
            Random random = new Random(seed);
            List<String> communes = communes(2 + random.nextInt(30));
            BigDecimal target = BigDecimal.valueOf(100 + random.nextInt(2000), 2); // 1,00% … 20,99%
            Map<String, BigDecimal> households = randomFigures(random, communes, 0);
            households.replaceAll((c, v) -> v.add(BigDecimal.ONE));
            Map<String, BigDecimal> filled = CascadeFill.fill(
                    CascadeFill.Rule.POPULATION_SHARE, POOR_RATE, target, communes, Map.of(), Map.of());
            assertThat(filled.values())
                    .as("seed %d", seed)
                    .allSatisfy(v -> assertThat(v).isEqualByComparingTo(target));
            assertThat(CascadeFill.check(POOR_RATE, target, communes, filled, households)
                            .verdict())
                    .as("seed %d", seed)
                    .isEqualTo(Cascade.Verdict.MATCHES);
            // every commune promises a poverty rate one point higher: the province's ceiling is no longer kept
            Map<String, BigDecimal> worse = new HashMap<>(filled);
            worse.replaceAll((c, v) -> v.add(BigDecimal.ONE));
            assertThat(CascadeFill.check(POOR_RATE, target, communes, worse, households)
                            .verdict())
                    .as("seed %d", seed)
                    .isEqualTo(Cascade.Verdict.FALLS_SHORT);
        }
    }

    @Test
    void aWeightedRatioIsNotThePlainMeanOfTheCommunesRates() {
        List<String> communes = communes(2);
        Map<String, BigDecimal> rates = Map.of("00001", new BigDecimal("2"), "00002", new BigDecimal("10"));
        Map<String, BigDecimal> households = Map.of("00001", new BigDecimal("9000"), "00002", new BigDecimal("1000"));
        Cascade.Check check = CascadeFill.check(POOR_RATE, new BigDecimal("6"), communes, rates, households);
        assertThat(check.communeTotal()).isEqualByComparingTo("2.8"); // (2×9.000 + 10×1.000) / 10.000, not (2 + 10) / 2
        assertThat(check.verdict()).isEqualTo(Cascade.Verdict.EXCEEDS); // fewer poor households than the ceiling of 6%
    }

    @Test
    void aCommuneWithoutABasisIsLeftEmptyAndNamedByTheCheck() {
        List<String> communes = communes(3);
        Map<String, BigDecimal> population = Map.of("00001", new BigDecimal("4000"), "00003", new BigDecimal("6000"));
        Map<String, BigDecimal> filled = CascadeFill.fill(
                CascadeFill.Rule.POPULATION_SHARE, REVENUE, new BigDecimal("1595.3"), communes, Map.of(), population);
        assertThat(filled).containsOnlyKeys("00001", "00003");
        assertThat(filled.get("00001")).isEqualByComparingTo("638.1");
        assertThat(filled.get("00003")).isEqualByComparingTo("957.2");
        Cascade.Check check = CascadeFill.check(REVENUE, new BigDecimal("1595.3"), communes, filled, Map.of());
        assertThat(check.verdict()).isEqualTo(Cascade.Verdict.INCOMPLETE);
        assertThat(check.communesWithout()).containsExactly("00002");
    }
}
