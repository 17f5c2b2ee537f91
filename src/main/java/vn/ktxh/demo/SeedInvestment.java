package vn.ktxh.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import vn.ktxh.account.Actor;
import vn.ktxh.investment.CapitalSource;
import vn.ktxh.investment.Investments;
import vn.ktxh.investment.NewCapitalLine;
import vn.ktxh.investment.NewCapitalLine.NewProject;
import vn.ktxh.investment.NewDisbursement;
import vn.ktxh.plan.Decision;
import vn.ktxh.shared.files.Csv;

/**
 * The capital plans and disbursement printed by the seeds (file {@code investment.csv}, see {@code demo/README.md}),
 * recorded through the module's door with its checks: one row a line of the plan with its figure to a date.
 */
final class SeedInvestment {

    private final Investments investments;
    private final DemoFiles files;

    SeedInvestment(Investments investments, DemoFiles files) {
        this.investments = investments;
        this.files = files;
    }

    void load() {
        for (Csv.Row row : files.rows("investment.csv")) {
            String area = row.require("area_code");
            int year = Integer.parseInt(row.require("year"));
            CapitalSource source = CapitalSource.valueOf(row.require("source"));
            String project = row.get("project");
            investments.setPlan(
                    Actor.system(),
                    new NewCapitalLine(
                            area,
                            year,
                            source,
                            project == null
                                    ? null
                                    : new NewProject(
                                            project, row.require("owner"), decimal(row.get("total_investment"))),
                            row.get("name"),
                            row.get("part_of") == null ? null : CapitalSource.valueOf(row.get("part_of")),
                            decimal(row.require("amount")),
                            new Decision(
                                    row.get("document_number"), date(row.get("document_date")), row.get("issuer"))),
                    true);
            if (row.get("as_of") != null) {
                investments.disburse(
                        Actor.system(),
                        new NewDisbursement(
                                area,
                                year,
                                source,
                                project,
                                date(row.get("as_of")),
                                decimal(row.require("disbursed")),
                                decimal(row.get("estimate"))),
                        true);
            }
        }
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
