package vn.ktxh.document;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.ktxh.investment.CapitalSource;
import vn.ktxh.investment.InvestmentStatement;
import vn.ktxh.investment.InvestmentStatement.Row;
import vn.ktxh.investment.Progress;
import vn.ktxh.shared.VnNumber;

/**
 * The report's paragraphs on public investment, worded as seed 002 does: "Tổng kế hoạch vốn giao năm 2024 là 116.633
 * triệu đồng, số giải ngân đến thời điểm báo cáo là 31.548 triệu đồng, đạt 27% kế hoạch vốn", then by source
 * ("Nguồn vốn tỉnh quản lý: 7.761/20.117 trđ, bằng 38,6% kế hoạch vốn") and by national target programme;
 * percentages at the unit's precision.
 */
final class InvestmentSentences {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private InvestmentSentences() {}

    static List<String> of(InvestmentStatement s, PercentPrecision precision) {
        List<String> out = new ArrayList<>();
        if (!s.sources().isEmpty()) {
            out.add(total(s, precision));
            out.add(bySource(s, precision, false));
            if (s.sources().stream().anyMatch(r -> r.progress().estimate() != null)) {
                out.add(bySource(s, precision, true));
            }
        }
        if (!s.programmes().isEmpty()) {
            out.add(programmes(s, precision));
            s.programmes().forEach(r -> out.add("- " + programme(r, s.year(), precision)));
        }
        return out;
    }

    private static String total(InvestmentStatement s, PercentPrecision precision) {
        Progress t = s.total();
        StringBuilder out = new StringBuilder(
                "Tổng kế hoạch vốn giao năm %d là %s triệu đồng".formatted(s.year(), number(t.plan())));
        if (t.disbursed() != null) {
            out.append(", số giải ngân đến thời điểm báo cáo là %s triệu đồng".formatted(number(t.disbursed())));
            t.percent()
                    .ifPresent(p ->
                            out.append(", đạt ").append(precision.format(p)).append("% kế hoạch vốn"));
        }
        out.append('.');
        if (t.estimate() != null) {
            out.append(" Ước thực hiện giải ngân đến %s là %s triệu đồng"
                    .formatted(s.deadline().format(DAY), number(t.estimate())));
            t.estimatePercent()
                    .ifPresent(p ->
                            out.append(", đạt ").append(precision.format(p)).append("% kế hoạch vốn"));
            out.append('.');
        }
        return out.toString();
    }

    /** "Số giải ngân đến thời điểm báo cáo: Nguồn vốn tỉnh quản lý: 7.761/20.117 trđ, bằng 38,6% kế hoạch vốn; …". */
    private static String bySource(InvestmentStatement s, PercentPrecision precision, boolean estimate) {
        String lead = estimate
                ? "Ước thực hiện giải ngân đến ngày " + s.deadline().format(DAY)
                : "Số giải ngân đến thời điểm báo cáo";
        return lead + ": "
                + s.sources().stream()
                        .filter(r -> r.partOf() == null)
                        .map(r -> share(r, precision, estimate) + within(s, r.source(), precision, estimate))
                        .collect(Collectors.joining("; "))
                + ".";
    }

    private static String within(
            InvestmentStatement s, CapitalSource source, PercentPrecision precision, boolean estimate) {
        List<Row> parts = s.within(source);
        return parts.isEmpty()
                ? ""
                : " (" + parts.stream().map(r -> share(r, precision, estimate)).collect(Collectors.joining("; ")) + ")";
    }

    private static String share(Row r, PercentPrecision precision, boolean estimate) {
        Progress p = r.progress();
        var amount = estimate ? p.estimate() : p.disbursed();
        var percent = estimate ? p.estimatePercent() : p.percent();
        return r.name() + ": "
                + (amount == null
                        ? "chưa báo cáo"
                        : number(amount) + "/" + number(p.plan()) + " trđ"
                                + percent.map(x -> ", bằng " + precision.format(x) + "% kế hoạch vốn")
                                        .orElse(""));
    }

    private static String programmes(InvestmentStatement s, PercentPrecision precision) {
        Progress t = s.programmesTotal();
        StringBuilder out = new StringBuilder(
                        "Các Chương trình mục tiêu quốc gia: lũy kế số giải ngân đến thời điểm báo cáo là ")
                .append(t.disbursed() == null ? "0" : number(t.disbursed()))
                .append('/')
                .append(number(t.plan()))
                .append(" triệu đồng");
        t.percent()
                .ifPresent(p ->
                        out.append(", đạt tỷ lệ ").append(precision.format(p)).append('%'));
        if (t.estimate() != null) {
            out.append("; ước giải ngân năm ")
                    .append(s.year())
                    .append(" là ")
                    .append(number(t.estimate()))
                    .append(" triệu đồng");
            t.estimatePercent()
                    .ifPresent(p ->
                            out.append(", đạt ").append(precision.format(p)).append("% kế hoạch"));
        }
        return out.append(". Chi tiết theo các Chương trình như sau:").toString();
    }

    /** "Chương trình MTQG xây dựng nông thôn mới: Giải ngân đến thời điểm báo cáo 2.381/7.346 triệu đồng, đạt 32,4% kế hoạch; …". */
    private static String programme(Row r, int year, PercentPrecision precision) {
        Progress p = r.progress();
        StringBuilder out = new StringBuilder(r.name())
                .append(": Giải ngân đến thời điểm báo cáo ")
                .append(p.disbursed() == null ? "0" : number(p.disbursed()))
                .append('/')
                .append(number(p.plan()))
                .append(" triệu đồng");
        p.percent()
                .ifPresent(x -> out.append(", đạt ").append(precision.format(x)).append("% kế hoạch"));
        if (p.estimate() != null) {
            out.append("; ước thực hiện giải ngân năm ")
                    .append(year)
                    .append(" đạt ")
                    .append(number(p.estimate()))
                    .append(" triệu đồng");
            p.estimatePercent()
                    .ifPresent(x ->
                            out.append(", đạt ").append(precision.format(x)).append("% kế hoạch"));
        }
        return out.append('.').toString();
    }

    private static String number(BigDecimal value) {
        return VnNumber.format(value);
    }
}
