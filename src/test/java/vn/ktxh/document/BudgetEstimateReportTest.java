package vn.ktxh.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ktxh.IntegrationTest;
import vn.ktxh.account.Actor;
import vn.ktxh.data.FigureInput;
import vn.ktxh.data.Figures;
import vn.ktxh.plan.DecidedBy;
import vn.ktxh.plan.Decision;
import vn.ktxh.plan.NewPlan;
import vn.ktxh.plan.NewTarget;
import vn.ktxh.plan.Plans;
import vn.ktxh.plan.TargetForm;
import vn.ktxh.plan.TargetStatement;
import vn.ktxh.shared.Period;

/**
 * The catalogue's budget indicators against the budget's dự toán: a commune's revenue (NS01) and expenditure (NS05) with
 * their dự toán as targets are printed "vượt x% dự toán" / "đạt x% dự toán" in its report, not "% kế hoạch".
 */
@IntegrationTest
class BudgetEstimateReportTest {

    private static final Period YEAR = Period.parse("2034"); // a year no other test writes for xã Khoen On

    @Autowired
    Plans plans;

    @Autowired
    Figures figures;

    @Autowired
    Reports reports;

    @Test
    void revenueAndExpenditureAreMeasuredAgainstTheirDuToan() {
        long plan = plans.create(
                        Actor.system(),
                        new NewPlan(
                                "03640",
                                YEAR,
                                "Dự toán ngân sách xã năm 2034",
                                new Decision("12/NQ-HĐND", LocalDate.of(2033, 12, 15), "HĐND xã Khoen On"),
                                DecidedBy.OWN_UNIT,
                                false))
                .id();
        for (String[] budget : new String[][] {{"NS01", "100000"}, {"NS05", "80000"}}) {
            plans.set(
                    Actor.system(),
                    plan,
                    new NewTarget(
                            budget[0],
                            "03640",
                            YEAR,
                            TargetStatement.of(TargetForm.BUDGET_ESTIMATE, new BigDecimal(budget[1])),
                            false,
                            null,
                            null));
        }
        figures.store(
                Actor.system(),
                List.of(
                        new FigureInput("NS01", "03640", "2034", "ESTIMATE", new BigDecimal("112500"), null, null),
                        new FigureInput("NS05", "03640", "2034", "ESTIMATE", new BigDecimal("69840"), null, null)),
                "test",
                "thử dự toán");

        String text = reports.document(Actor.system(), "03640", YEAR).body().stream()
                .map(b -> b instanceof Block.Paragraph p ? p.text() : "")
                .collect(Collectors.joining("\n"));
        assertThat(text)
                .contains("Thu ngân sách nhà nước trên địa bàn ước thực hiện 112.500 triệu đồng, vượt 12,5% dự toán")
                .contains("Tổng chi ngân sách địa phương ước thực hiện 69.840 triệu đồng, đạt 87,3% dự toán")
                .doesNotContain("112.500 triệu đồng, đạt");
    }
}
