package vn.ktxh.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ktxh.IntegrationTest;
import vn.ktxh.account.Actor;
import vn.ktxh.area.Area;
import vn.ktxh.area.Areas;
import vn.ktxh.audit.AuditLog;
import vn.ktxh.investment.NewCapitalLine.NewProject;
import vn.ktxh.plan.Decision;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.RejectedInput;

/** The capital plan and its disbursement on the database: versions kept, refusals naming the field, roll-up over units. */
@IntegrationTest
class InvestmentsTest {

    private static final int YEAR = 2031; // a year no other test or demo data writes capital for

    @Autowired
    Investments investments;

    @Autowired
    Areas areas;

    @Autowired
    AuditLog auditLog;

    private static Decision decision(String number) {
        return new Decision(number, LocalDate.of(YEAR - 1, 12, 20), "UBND tỉnh Lai Châu");
    }

    private static NewCapitalLine line(String area, CapitalSource source, String amount, Decision decision) {
        return new NewCapitalLine(area, YEAR, source, null, null, null, new BigDecimal(amount), decision);
    }

    private static NewDisbursement disbursed(
            String area, CapitalSource source, String project, LocalDate asOf, String amount) {
        return new NewDisbursement(area, YEAR, source, project, asOf, new BigDecimal(amount), null);
    }

    private Area area(String code) {
        return areas.require(code, Period.year(YEAR), "area");
    }

    @Test
    void anAdjustmentIsTheNextVersionWithItsDecisionAndTheFirstStays() {
        investments.setPlan(
                Actor.system(), line("03388", CapitalSource.PROVINCE, "1000", decision("10/QĐ-UBND")), false);
        assertThatThrownBy(() -> investments.setPlan(
                        Actor.system(),
                        line("03388", CapitalSource.PROVINCE, "1200", new Decision(null, null, "UBND tỉnh Lai Châu")),
                        false))
                .isInstanceOf(RejectedInput.class)
                .hasMessageContaining("số văn bản")
                .extracting(e -> ((RejectedInput) e).field())
                .isEqualTo("decision");
        investments.setPlan(
                Actor.system(), line("03388", CapitalSource.PROVINCE, "1200", decision("20/QĐ-UBND")), false);

        var history = investments.history(Actor.system(), area("03388"), YEAR, CapitalSource.PROVINCE, null);
        assertThat(history)
                .extracting(
                        CapitalLine::version,
                        l -> l.amount().toPlainString(),
                        l -> l.decision().number())
                .containsExactly(Tuple.tuple(1, "1000", "10/QĐ-UBND"), Tuple.tuple(2, "1200", "20/QĐ-UBND"));
        assertThat(history).allSatisfy(l -> assertThat(l.recordedBy()).isNotBlank());
        assertThat(investments
                        .statement(Actor.system(), area("03388"), YEAR, LocalDate.of(YEAR, 12, 31))
                        .total()
                        .plan())
                .isEqualByComparingTo("1200");

        investments.disburse(
                Actor.system(),
                disbursed("03388", CapitalSource.PROVINCE, null, LocalDate.of(YEAR, 5, 31), "300"),
                false);
        investments.disburse(
                Actor.system(),
                disbursed("03388", CapitalSource.PROVINCE, null, LocalDate.of(YEAR, 5, 31), "350"),
                false);
        assertThat(investments
                        .statement(Actor.system(), area("03388"), YEAR, LocalDate.of(YEAR, 12, 31))
                        .total()
                        .disbursed())
                .as("the correction for the same date")
                .isEqualByComparingTo("350");
        var log =
                auditLog
                        .of(
                                Actor.system(),
                                "03388",
                                LocalDate.now().minusDays(1),
                                LocalDate.now().plusDays(1))
                        .stream()
                        .filter(l -> l.period().equals(String.valueOf(YEAR)))
                        .toList();
        assertThat(log)
                .extracting(l -> l.record() + ": " + plain(l.before()) + " → " + plain(l.after()) + "; " + l.detail())
                .contains(
                        "Kế hoạch vốn — giao: - → 1000; Văn bản 10/QĐ-UBND",
                        "Kế hoạch vốn — điều chỉnh lần 1: 1000 → 1200; Văn bản 20/QĐ-UBND",
                        "Giải ngân — nhập: - → 300; Lũy kế đến ngày 31/05/" + YEAR,
                        "Giải ngân — sửa: 300 → 350; Lũy kế đến ngày 31/05/" + YEAR);
        assertThat(log).allSatisfy(l -> assertThat(l.by()).isNotBlank());
    }

    private static String plain(BigDecimal value) {
        return value == null ? "-" : value.stripTrailingZeros().toPlainString();
    }

    @Test
    void aDisbursementIsCheckedAgainstItsPlanAndItsYearAndNothingRefusedIsStored() {
        investments.setPlan(Actor.system(), line("03408", CapitalSource.LOCAL, "500", decision("11/QĐ-UBND")), false);
        investments.disburse(
                Actor.system(), disbursed("03408", CapitalSource.LOCAL, null, LocalDate.of(YEAR, 6, 30), "100"), false);

        assertRefused(
                disbursed("03408", CapitalSource.LOCAL, null, LocalDate.of(YEAR, 7, 31), "600"),
                "disbursed",
                "vượt kế hoạch vốn");
        assertRefused(
                disbursed("03408", CapitalSource.LOCAL, null, LocalDate.of(YEAR + 1, 2, 1), "200"),
                "asOf",
                "ngoài thời gian");
        assertRefused(
                disbursed("03408", CapitalSource.ODA, null, LocalDate.of(YEAR, 7, 31), "1"),
                "source",
                "chưa có kế hoạch vốn");
        assertRefused(
                disbursed("03408", CapitalSource.LOCAL, "Dự án không có", LocalDate.of(YEAR, 7, 31), "1"),
                "project",
                "không có");
        assertRefused(
                disbursed("03408", CapitalSource.LOCAL, null, LocalDate.of(YEAR, 7, 31), "-1"), "disbursed", "âm");

        InvestmentStatement s = investments.statement(Actor.system(), area("03408"), YEAR, LocalDate.of(YEAR, 12, 31));
        assertThat(s.asOf()).as("no refused figure moved the date").isEqualTo(LocalDate.of(YEAR, 6, 30));
        assertThat(s.total().disbursed()).isEqualByComparingTo("100");
        assertThat(s.total().percent().orElseThrow().asPrinted()).isEqualByComparingTo("20");
    }

    @Test
    void aProjectsFiguresRollUpIntoItsSourceAndTheUnitsIntoTheProvince() {
        investments.setPlan(
                Actor.system(),
                new NewCapitalLine(
                        "03637",
                        YEAR,
                        CapitalSource.NEW_RURAL,
                        null,
                        null,
                        null,
                        new BigDecimal("900"),
                        decision("12/QĐ-UBND")),
                false);
        investments.setPlan(
                Actor.system(),
                new NewCapitalLine(
                        "03637",
                        YEAR,
                        CapitalSource.NEW_RURAL,
                        new NewProject("Nhà văn hóa bản Thành Công", "UBND xã", new BigDecimal("2000")),
                        null,
                        null,
                        new BigDecimal("300"),
                        decision("12/QĐ-UBND")),
                false);
        investments.disburse(
                Actor.system(),
                disbursed(
                        "03637",
                        CapitalSource.NEW_RURAL,
                        "Nhà văn hóa bản Thành Công",
                        LocalDate.of(YEAR, 9, 30),
                        "30"),
                false);

        InvestmentStatement ward =
                investments.statement(Actor.system(), area("03637"), YEAR, LocalDate.of(YEAR, 12, 31));
        assertThat(ward.programmesTotal().disbursed()).isEqualByComparingTo("30");
        assertThat(ward.laggards())
                .extracting(InvestmentStatement.Row::name)
                .contains("Nhà văn hóa bản Thành Công", "UBND xã");

        Area province = areas.require("12", Period.year(YEAR), "area");
        InvestmentStatement all = investments.statement(Actor.system(), province, YEAR, LocalDate.of(YEAR, 12, 31));
        InvestmentStatement.Row rural = all.programmes().stream()
                .filter(r -> r.source() == CapitalSource.NEW_RURAL)
                .findFirst()
                .orElseThrow();
        assertThat(rural.progress().plan()).isEqualByComparingTo("900");
        assertThat(investments
                        .byUnit(Actor.system(), province, YEAR, LocalDate.of(YEAR, 12, 31))
                        .keySet())
                .extracting(Area::code)
                .contains("03637");
    }

    private void assertRefused(NewDisbursement d, String field, String words) {
        assertThatThrownBy(() -> investments.disburse(Actor.system(), d, false))
                .isInstanceOf(RejectedInput.class)
                .hasMessageContaining(words)
                .extracting(e -> ((RejectedInput) e).field())
                .isEqualTo(field);
    }
}
