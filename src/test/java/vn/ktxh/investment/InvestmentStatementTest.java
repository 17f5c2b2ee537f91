package vn.ktxh.investment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import vn.ktxh.evaluation.PercentOfPlan;
import vn.ktxh.indicator.Direction;
import vn.ktxh.investment.InvestmentStatement.Row;
import vn.ktxh.plan.Decision;

/** Seed 002 (thành phố Lai Châu, report of 28/11/2024), its section on public investment, walked in order. */
class InvestmentStatementTest {

    private static final LocalDate REPORTED = LocalDate.of(2024, 11, 28);
    private static final Decision DECISION =
            new Decision("1/QĐ-UBND", LocalDate.of(2023, 12, 20), "UBND tỉnh Lai Châu");

    private final List<CapitalLine> lines = new ArrayList<>();
    private final List<Project> projects = new ArrayList<>();
    private final List<Disbursed> figures = new ArrayList<>();

    private void line(
            CapitalSource source, String name, CapitalSource partOf, String plan, String disbursed, String estimate) {
        lines.add(new CapitalLine(
                lines.size() + 1,
                105,
                2024,
                source,
                null,
                name,
                partOf,
                1,
                new BigDecimal(plan),
                DECISION,
                "test",
                Instant.EPOCH));
        figures.add(new Disbursed(
                figures.size() + 1,
                105,
                2024,
                source,
                null,
                REPORTED,
                new BigDecimal(disbursed),
                estimate == null ? null : new BigDecimal(estimate),
                "test",
                Instant.EPOCH));
    }

    private InvestmentStatement seed002() {
        line(CapitalSource.PROVINCE, "Nguồn vốn tỉnh quản lý", null, "20117", "7761", "20117");
        line(CapitalSource.LOCAL, "Nguồn vốn thành phố quản lý", null, "95771", "23453", "54085");
        line(
                CapitalSource.PROGRAMMES_INVESTMENT,
                "Nguồn vốn đầu tư thực hiện các CTMTQG",
                CapitalSource.LOCAL,
                "11176",
                "6648",
                "10994");
        line(
                CapitalSource.CARRIED_OVER,
                "Nguồn vốn năm 2023 được phép kéo dài thanh toán sang năm 2024",
                null,
                "745",
                "334",
                "745");
        line(CapitalSource.ETHNIC_MINORITIES, CapitalSource.ETHNIC_MINORITIES.label(), null, "14226", "6095", "10153");
        line(CapitalSource.POVERTY, CapitalSource.POVERTY.label(), null, "2577", "39", "1338");
        line(CapitalSource.NEW_RURAL, CapitalSource.NEW_RURAL.label(), null, "7346", "2381", "4977");
        return InvestmentStatement.of(
                new Ledger(2024, lines, projects, figures), Ledger.empty(2023), LocalDate.of(2024, 12, 31));
    }

    private static BigDecimal printed(Progress p, int decimals) {
        return p.percent().map(percent -> percent.asPrinted(decimals)).orElseThrow();
    }

    private static Row row(List<Row> rows, CapitalSource source) {
        return rows.stream().filter(r -> r.source() == source).findFirst().orElseThrow();
    }

    @Test
    void theTotalIsTheSourcesByLevelOfManagementWithoutTheirTrongDoLinesNorTheProgrammes() {
        InvestmentStatement s = seed002();
        assertThat(s.total().plan()).isEqualByComparingTo("116633");
        assertThat(s.total().disbursed()).isEqualByComparingTo("31548");
        assertThat(printed(s.total(), 0)).isEqualByComparingTo("27");
        assertThat(s.total().estimate()).isEqualByComparingTo("74947");
        assertThat(s.total().estimatePercent().orElseThrow().asPrinted(1)).isEqualByComparingTo("64.3");
        assertThat(s.asOf())
                .as("the date of the latest figures, not the date asked")
                .isEqualTo(REPORTED);
    }

    @Test
    void eachSourceIsPrintedAsTheFootnoteDoes() {
        InvestmentStatement s = seed002();
        assertThat(printed(row(s.sources(), CapitalSource.PROVINCE).progress(), 1))
                .isEqualByComparingTo("38.6");
        assertThat(printed(row(s.sources(), CapitalSource.LOCAL).progress(), 1)).isEqualByComparingTo("24.5");
        assertThat(printed(row(s.sources(), CapitalSource.PROGRAMMES_INVESTMENT).progress(), 1))
                .isEqualByComparingTo("59.5");
        assertThat(printed(row(s.sources(), CapitalSource.CARRIED_OVER).progress(), 1))
                .isEqualByComparingTo("44.8");
        assertThat(row(s.sources(), CapitalSource.LOCAL)
                        .progress()
                        .estimatePercent()
                        .orElseThrow()
                        .asPrinted(1))
                .isEqualByComparingTo("56.5");
        assertThat(s.within(CapitalSource.LOCAL))
                .extracting(Row::source)
                .containsExactly(CapitalSource.PROGRAMMES_INVESTMENT);
    }

    @Test
    void theProgrammesAddUpToTheirOwnTotal() {
        InvestmentStatement s = seed002();
        assertThat(s.programmesTotal().disbursed()).isEqualByComparingTo("8515");
        assertThat(s.programmesTotal().plan()).isEqualByComparingTo("24149");
        assertThat(printed(s.programmesTotal(), 1)).isEqualByComparingTo("35.3");
        assertThat(s.programmesTotal().estimate()).isEqualByComparingTo("16468");
        assertThat(s.programmesTotal().estimatePercent().orElseThrow().asPrinted(1))
                .isEqualByComparingTo("68.2");
        Progress ethnic = row(s.programmes(), CapitalSource.ETHNIC_MINORITIES).progress();
        assertThat(printed(ethnic, 1)).isEqualByComparingTo("42.8");
        assertThat(ethnic.estimatePercent().orElseThrow().asPrinted(1)).isEqualByComparingTo("71.4");
        Progress rural = row(s.programmes(), CapitalSource.NEW_RURAL).progress();
        assertThat(printed(rural, 1)).isEqualByComparingTo("32.4");
        assertThat(rural.estimatePercent().orElseThrow().asPrinted(1)).isEqualByComparingTo("67.8");
        assertThat(row(s.programmes(), CapitalSource.POVERTY)
                        .progress()
                        .estimatePercent()
                        .orElseThrow()
                        .asPrinted(0))
                .isEqualByComparingTo("52");
    }

    @Test
    void thePaceIsAMonthlyPathToNinetyFivePercentByTheEndOfTheYearAndTheDeadlineIsTheEndOfJanuary() {
        assertThat(Pace.required(2024, LocalDate.of(2024, 11, 28)))
                .isEqualByComparingTo("79.2"); // ten months completed
        assertThat(Pace.required(2024, LocalDate.of(2024, 11, 30))).isEqualByComparingTo("87.1");
        assertThat(Pace.required(2024, LocalDate.of(2024, 1, 15))).isEqualByComparingTo("0");
        assertThat(Pace.required(2024, LocalDate.of(2024, 12, 31))).isEqualByComparingTo("95");
        assertThat(Pace.required(2024, LocalDate.of(2025, 1, 20))).isEqualByComparingTo("95");
        assertThat(Pace.deadline(2024)).isEqualTo(LocalDate.of(2025, 1, 31));
    }

    @Test
    void theLaggardsAreTheSourcesProjectsAndOwnersBelowThePace() {
        line(CapitalSource.PROVINCE, "Nguồn vốn tỉnh quản lý", null, "1000", "900", null);
        projects.add(new Project(
                7, 105, 2024, CapitalSource.LOCAL, "Đường Cư Nhà La", "UBND thành phố", new BigDecimal("5000")));
        projects.add(new Project(8, 105, 2024, CapitalSource.LOCAL, "Kè suối Nậm Loỏng", "Ban QLDA tỉnh", null));
        lines.add(new CapitalLine(
                20,
                105,
                2024,
                CapitalSource.LOCAL,
                null,
                "Nguồn vốn thành phố quản lý",
                null,
                1,
                new BigDecimal("300"),
                DECISION,
                "test",
                Instant.EPOCH));
        lines.add(new CapitalLine(
                21,
                105,
                2024,
                CapitalSource.LOCAL,
                7L,
                "Đường Cư Nhà La",
                null,
                1,
                new BigDecimal("200"),
                DECISION,
                "test",
                Instant.EPOCH));
        lines.add(new CapitalLine(
                22,
                105,
                2024,
                CapitalSource.LOCAL,
                8L,
                "Kè suối Nậm Loỏng",
                null,
                1,
                new BigDecimal("100"),
                DECISION,
                "test",
                Instant.EPOCH));
        figures.add(new Disbursed(
                30, 105, 2024, CapitalSource.LOCAL, 7L, REPORTED, new BigDecimal("40"), null, "test", Instant.EPOCH));
        figures.add(new Disbursed(
                31, 105, 2024, CapitalSource.LOCAL, 8L, REPORTED, new BigDecimal("90"), null, "test", Instant.EPOCH));
        InvestmentStatement s =
                InvestmentStatement.of(new Ledger(2024, lines, projects, figures), Ledger.empty(2023), REPORTED);

        assertThat(row(s.sources(), CapitalSource.LOCAL).progress().disbursed())
                .as("the projects' figures, the source having none")
                .isEqualByComparingTo("130");
        assertThat(s.laggards())
                .extracting(Row::kind, Row::name)
                .containsExactlyInAnyOrder(
                        Tuple.tuple(InvestmentStatement.Kind.SOURCE, "Nguồn vốn thành phố quản lý"),
                        Tuple.tuple(InvestmentStatement.Kind.PROJECT, "Đường Cư Nhà La"),
                        Tuple.tuple(InvestmentStatement.Kind.OWNER, "UBND thành phố"));
    }

    @Test
    void aCorrectionForTheSameDateReplacesTheFigureAndTheSameDateAYearBeforeIsCompared() {
        line(CapitalSource.PROVINCE, "Nguồn vốn tỉnh quản lý", null, "1000", "100", null);
        figures.add(new Disbursed(
                9,
                105,
                2024,
                CapitalSource.PROVINCE,
                null,
                REPORTED,
                new BigDecimal("150"),
                null,
                "test",
                Instant.EPOCH.plusSeconds(60)));
        Ledger before = new Ledger(
                2023,
                List.of(new CapitalLine(
                        1,
                        105,
                        2023,
                        CapitalSource.PROVINCE,
                        null,
                        "Nguồn vốn tỉnh quản lý",
                        null,
                        1,
                        new BigDecimal("800"),
                        DECISION,
                        "test",
                        Instant.EPOCH)),
                List.of(),
                List.of(
                        new Disbursed(
                                1,
                                105,
                                2023,
                                CapitalSource.PROVINCE,
                                null,
                                LocalDate.of(2023, 11, 28),
                                new BigDecimal("200"),
                                null,
                                "t",
                                Instant.EPOCH),
                        new Disbursed(
                                2,
                                105,
                                2023,
                                CapitalSource.PROVINCE,
                                null,
                                LocalDate.of(2023, 12, 15),
                                new BigDecimal("600"),
                                null,
                                "t",
                                Instant.EPOCH)));
        InvestmentStatement s = InvestmentStatement.of(new Ledger(2024, lines, projects, figures), before, REPORTED);
        assertThat(s.total().disbursed()).isEqualByComparingTo("150");
        assertThat(s.totalLastYear().disbursed())
                .as("28/11/2023, not the later figure")
                .isEqualByComparingTo("200");
        assertThat(printed(s.totalLastYear(), 1)).isEqualByComparingTo("25");
    }

    @Test
    void theRollUpOfUnitsAddsEachSourceAndIsAsTheirTotalsAdded() {
        Random random = new Random(20241128);
        for (int i = 0; i < 200; i++) {
            List<InvestmentStatement> parts = new ArrayList<>();
            BigDecimal plan = BigDecimal.ZERO;
            BigDecimal disbursed = BigDecimal.ZERO;
            for (int unit = 0; unit < 1 + random.nextInt(4); unit++) {
                BigDecimal p = BigDecimal.valueOf(random.nextInt(1, 1_000_000), 1);
                BigDecimal d =
                        p.multiply(BigDecimal.valueOf(random.nextInt(0, 101))).movePointLeft(2);
                CapitalSource source = CapitalSource.values()[random.nextInt(7)];
                CapitalLine l = new CapitalLine(
                        unit, unit, 2024, source, null, source.label(), null, 1, p, DECISION, "t", Instant.EPOCH);
                Disbursed f = new Disbursed(unit, unit, 2024, source, null, REPORTED, d, null, "t", Instant.EPOCH);
                parts.add(InvestmentStatement.of(
                        new Ledger(2024, List.of(l), List.of(), List.of(f)), Ledger.empty(2023), REPORTED));
                plan = plan.add(p);
                disbursed = disbursed.add(d);
            }
            InvestmentStatement all = InvestmentStatement.rollUp(2024, REPORTED, parts);
            assertThat(all.total().plan()).isEqualByComparingTo(plan);
            assertThat(all.total().disbursed()).isEqualByComparingTo(disbursed);
            assertThat(all.total().percent())
                    .map(PercentOfPlan::value)
                    .contains(PercentOfPlan.of(disbursed, plan, Direction.UP)
                            .orElseThrow()
                            .value());
        }
    }
}
