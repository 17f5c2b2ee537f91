package vn.ktxh.document;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.ktxh.document.Table.Align;
import vn.ktxh.document.Table.Cell;
import vn.ktxh.document.Table.Column;
import vn.ktxh.evaluation.PercentOfPlan;
import vn.ktxh.investment.InvestmentStatement;
import vn.ktxh.investment.InvestmentStatement.Row;
import vn.ktxh.investment.Progress;

/**
 * The annex of public investment: each source (its "trong đó" lines under it) with the capital plan, the disbursement to
 * the report's date and the estimate to 31/01 with their % of plan, the total, then the national target programmes.
 */
final class InvestmentAnnex {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private InvestmentAnnex() {}

    static Table of(InvestmentStatement s, PercentPrecision precision) {
        List<Column> columns = List.of(
                new Column("STT", 5, Align.CENTER),
                new Column("Nguồn vốn, chương trình", 35, Align.LEFT),
                new Column("Kế hoạch vốn (triệu đồng)", 12, Align.RIGHT),
                new Column("Giải ngân đến " + s.asOf().format(DAY) + " (triệu đồng)", 12, Align.RIGHT),
                new Column("% KH", 8, Align.RIGHT),
                new Column("Ước giải ngân đến " + s.deadline().format(DAY) + " (triệu đồng)", 12, Align.RIGHT),
                new Column("% KH", 8, Align.RIGHT));
        List<List<Cell>> rows = new ArrayList<>();
        int n = 0;
        for (Row r : s.sources()) {
            rows.add(row(
                    r.partOf() == null ? String.valueOf(++n) : "",
                    r.partOf() == null ? r.name() : "Trong đó: " + r.name(),
                    r.progress(),
                    precision,
                    false));
        }
        if (!s.sources().isEmpty()) {
            rows.add(row("", "Tổng cộng", s.total(), precision, true));
        }
        for (Row r : s.programmes()) {
            rows.add(row(String.valueOf(++n), r.name(), r.progress(), precision, false));
        }
        if (!s.programmes().isEmpty()) {
            rows.add(row("", "Cộng các Chương trình MTQG", s.programmesTotal(), precision, true));
        }
        return new Table(columns, rows, columns.size(), 0);
    }

    private static List<Cell> row(String number, String name, Progress p, PercentPrecision precision, boolean bold) {
        return List.of(
                Cell.text(number),
                bold ? Cell.bold(name) : Cell.text(name),
                Cell.number(p.plan()),
                Cell.number(p.disbursed()),
                percent(p.percent().orElse(null), precision),
                Cell.number(p.estimate()),
                percent(p.estimatePercent().orElse(null), precision));
    }

    private static Cell percent(PercentOfPlan percent, PercentPrecision precision) {
        BigDecimal printed = percent == null ? null : precision.printed(percent);
        return Cell.number(printed);
    }
}
