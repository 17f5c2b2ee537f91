package vn.ktxh.evaluation;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.ObjectMapper;
import vn.ktxh.IntegrationTest;
import vn.ktxh.account.Actor;
import vn.ktxh.api.Api;
import vn.ktxh.area.Areas;
import vn.ktxh.benchmark.SyntheticProvince;
import vn.ktxh.data.FigureInput;
import vn.ktxh.data.Figures;
import vn.ktxh.indicator.Indicator;
import vn.ktxh.indicator.Indicators;
import vn.ktxh.plan.Decision;
import vn.ktxh.plan.Plans;
import vn.ktxh.shared.Period;
import vn.ktxh.web.UsersBetweenPages;

/**
 * Issue 15's figures: a generated nation — 34 provinces of 97–98 communes (3.321) under the demo's nation, with
 * 200 indicators — whose every unit without parts reports every indicator for June 2026 and June 2025 (the
 * same period a year before, which an evaluation reads), loaded by raw COPY; then the nation's and a
 * province's evaluation right after one commune figure is written, read from the kept roll-ups, and the same
 * evaluation worked out from every figure for comparison; then the province's evaluation again once every month of
 * ten years of its communes is in the table, which must not make it slower; between the two, the national dashboard
 * under 200 users. Run:
 * {@code ./mvnw -q -B test -Dtest=NationScaleBenchmark -Dtest.excludedGroups=}
 */
@Tag("benchmark")
@IntegrationTest
class NationScaleBenchmark {

    private static final int PROVINCES = 34;
    private static final int COMMUNES = 3_321;
    private static final int INDICATORS = 200;
    private static final Period JUNE = Period.month(2026, 6);
    private static final String PROVINCE = "NP01";
    /** Readings per unit right after a write: with 30, the p95 was the second slowest and moved with one outlier. */
    private static final int READINGS = 100;

    @Autowired
    Areas areas;

    @Autowired
    Indicators indicators;

    @Autowired
    Plans plans;

    @Autowired
    Evaluations evaluations;

    @Autowired
    Figures figures;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient db;

    @LocalServerPort
    int port;

    @Test
    void evaluateTheNationRightAfterAWrite() throws Exception {
        createUnits();
        List<Indicator> catalogue = SyntheticProvince.catalogue("NI", INDICATORS);
        indicators.record(catalogue);
        String nation = db.sql("select code from area where kind = 'NATION'")
                .query(String.class)
                .single();
        setTargets(nation, catalogue);
        setTargets(PROVINCE, catalogue);
        long start = System.nanoTime();
        long loaded = copyFigures(catalogue, JUNE, nation) + copyFigures(catalogue, JUNE.sameOfPreviousYear(), nation);
        double seconds = (System.nanoTime() - start) / 1e9;
        db.sql("analyze figure").update();
        db.sql("analyze figure_rollup").update();
        report(
                "Nạp bằng COPY thô (kể cả cập nhật bảng tổng hợp giữ sẵn): %d số liệu trong %.1f s = %.0f số liệu/s",
                loaded, seconds, loaded / seconds);
        long bytes = db.sql("select pg_total_relation_size('figure')")
                .query(Long.class)
                .single();
        long rows = db.sql("select count(*) from figure").query(Long.class).single();
        report(
                "Bảng figure: %d dòng, %.0f MB, %.0f byte/số liệu (kể cả chỉ mục); figure_rollup: %d dòng",
                rows,
                bytes / 1e6,
                (double) bytes / rows,
                db.sql("select count(*) from figure_rollup").query(Long.class).single());

        for (String unit : List.of(nation, PROVINCE)) {
            String what = unit.equals(nation) ? "cả nước (34 tỉnh, 3.321 xã)" : "một tỉnh (98 xã)";
            evaluations.evaluate(Actor.system(), unit, JUNE);
            report(
                    "Đánh giá + tổng hợp %s, %d chỉ tiêu, tháng 6/2026, ngay sau khi ghi một số liệu của một xã: %s",
                    what, INDICATORS, timed(READINGS, () -> evaluations.evaluate(Actor.system(), unit, JUNE), true));
            report(
                    "  cùng đánh giá tính lại từ mọi số liệu (không dùng tổng hợp giữ sẵn): %s",
                    timed(
                            unit.equals(nation) ? 5 : 20,
                            () -> evaluations.evaluateFromFigures(Actor.system(), unit, JUNE),
                            false));
        }
        long[] writes = new long[30];
        for (int i = 0; i < writes.length; i++) {
            long t = System.nanoTime();
            writeOneFigure(i);
            writes[i] = System.nanoTime() - t;
        }
        report(
                "Ghi một số liệu của một xã (kể cả cập nhật bảng tổng hợp giữ sẵn của tỉnh và cả nước): %s",
                percentiles(writes));
        nationalDashboardUnderLoad(nation);
        provinceWithTenYears(catalogue);
        importAMonthOfTheNation(catalogue, nation);
    }

    /**
     * A month of every commune of the country (3.321 × 200 figures) by raw COPY, and another month through the
     * streaming door as an importing system sends it (JSON Lines, one request, an API token), the same run; warmed up
     * first with a month of one province.
     */
    private void importAMonthOfTheNation(List<Indicator> catalogue, String nation) throws Exception {
        String token = new Api(port)
                .post("/api/v1/account/tokens", "{\"purpose\":\"Đo tốc độ nhập\"}")
                .body()
                .get("token")
                .asString();
        stream(jsonLines(catalogue, Period.month(2026, 3), PROVINCE), token);
        String rows = csv(catalogue, Period.month(2026, 4), nation); // made before the clock starts, as the lines are
        long start = System.nanoTime();
        long copied = copy(rows);
        double copySeconds = (System.nanoTime() - start) / 1e9;
        String lines = jsonLines(catalogue, Period.month(2026, 5), nation);
        start = System.nanoTime();
        int streamed = stream(lines, token);
        double streamSeconds = (System.nanoTime() - start) / 1e9;
        report(
                "Nạp một tháng của cả nước: COPY thô %d số liệu trong %.1f s = %.0f số liệu/s; qua cửa dòng chảy (POST /api/v1/figures/stream, JSON Lines, một yêu cầu) %d số liệu trong %.1f s = %.0f số liệu/s = %.0f%% của COPY thô",
                copied,
                copySeconds,
                copied / copySeconds,
                streamed,
                streamSeconds,
                streamed / streamSeconds,
                100 * copySeconds / streamSeconds * streamed / copied);
    }

    /** Every indicator of every leaf under {@code under} for the month, one JSON object a line. */
    private String jsonLines(List<Indicator> catalogue, Period period, String under) {
        return lines(
                catalogue,
                period,
                under,
                (out, indicator, areaId, area, value) -> out.append("{\"indicator\":\"")
                        .append(indicator)
                        .append("\",\"area\":\"")
                        .append(area)
                        .append("\",\"period\":\"")
                        .append(period)
                        .append("\",\"kind\":\"ESTIMATE\",\"value\":")
                        .append(value)
                        .append('}'));
    }

    /** One line written by {@code format} per indicator of every leaf under {@code under}, each a random value. */
    private String lines(List<Indicator> catalogue, Period period, String under, LineFormat format) {
        Random random = new Random(period.hashCode());
        StringBuilder out = new StringBuilder();
        leaves(under, period).forEach((id, code) -> {
            for (Indicator i : catalogue) {
                format.line(out, i.code(), id, code, random.nextInt(1, 100_000) + "." + random.nextInt(10));
                out.append('\n');
            }
        });
        return out.toString();
    }

    private interface LineFormat {
        void line(StringBuilder out, String indicator, long areaId, String areaCode, String value);
    }

    private int stream(String lines, String token) throws Exception {
        HttpResponse<String> reply = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/figures/stream"))
                                .header("Content-Type", "application/x-ndjson")
                                .header("Authorization", "Bearer " + token)
                                .POST(HttpRequest.BodyPublishers.ofString(lines))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (reply.statusCode() != 201) {
            throw new AssertionError(reply.body());
        }
        return new ObjectMapper().readTree(reply.body()).get("stored").asInt();
    }

    /**
     * The national dashboard and evaluation API under the load of issue 11 (200 users, 1–3 s between pages), signed in
     * as the national office, while a commune writes a figure every second, which makes the nation's kept evaluation
     * be worked out again. {@code -Dbenchmark.users}, {@code -Dbenchmark.seconds} change the load (200, 60).
     */
    private void nationalDashboardUnderLoad(String nation) throws Exception {
        AtomicInteger written = new AtomicInteger(1_000);
        new UsersBetweenPages(
                        port,
                        "tonghop.quocgia",
                        List.of(
                                "/?area=" + nation + "&period=" + JUNE,
                                "/api/v1/evaluations?area=" + nation + "&period=" + JUNE),
                        Integer.getInteger("benchmark.users", 200),
                        Long.getLong("benchmark.seconds", 60))
                .run("cả nước", () -> writeOneFigure(written.getAndIncrement()));
    }

    /** The same province evaluation with one year of the province in the table and with every month of ten years. */
    private void provinceWithTenYears(List<Indicator> catalogue) throws Exception {
        String oneYear = timed(30, () -> evaluations.evaluate(Actor.system(), PROVINCE, JUNE), true);
        long added = 0;
        for (int year = 2016; year <= 2025; year++) {
            for (int month = 1; month <= 12; month++) {
                Period period = Period.month(year, month);
                if (!period.equals(JUNE.sameOfPreviousYear())) {
                    added += copyFigures(catalogue, period, PROVINCE);
                }
            }
        }
        db.sql("analyze figure").update();
        db.sql("analyze figure_rollup").update();
        report(
                "Đánh giá một tỉnh, tháng 6/2026, ngay sau khi ghi: khi bảng có một năm của tỉnh %s; thêm %d số liệu (mọi tháng 2016–2025 của tỉnh, ANALYZE): %s",
                oneYear, added, timed(30, () -> evaluations.evaluate(Actor.system(), PROVINCE, JUNE), true));
    }

    private void createUnits() {
        long nationId = db.sql("select id from area where kind = 'NATION'")
                .query(Long.class)
                .single();
        LocalDate from = LocalDate.of(2020, 1, 1);
        int placed = 0;
        for (int p = 1; p <= PROVINCES; p++) {
            String code = "NP%02d".formatted(p);
            long province = db.sql("""
                    insert into area (code, name, kind, parent_id, valid_from, name_folded) values (?, ?, 'PROVINCE', ?, ?, ?)
                    returning id""")
                    .params(code, "Tỉnh thử " + p, nationId, from, "tinh thu " + p)
                    .query(Long.class)
                    .single();
            int communes = COMMUNES / PROVINCES + (p <= COMMUNES % PROVINCES ? 1 : 0);
            db.sql("""
                    insert into area (code, name, kind, parent_id, valid_from, name_folded)
                    select ? || lpad(n::text, 3, '0'), 'Xã thử ' || n, 'COMMUNE', ?, ?, 'xa thu ' || n from generate_series(1, ?) n
                    """).params(code, province, from, communes).update();
            placed += communes;
        }
        if (placed != COMMUNES) {
            throw new AssertionError(placed + " communes");
        }
        areas.reload();
    }

    private void setTargets(String unit, List<Indicator> catalogue) {
        SyntheticProvince.setTargets(
                plans, unit, JUNE, catalogue, new Decision("1/NQ-QH", null, "Quốc hội"), new Random(1));
    }

    /** The units under {@code under} that have no parts on the period's last day: id → code. */
    private Map<Long, String> leaves(String under, Period period) {
        Map<Long, String> out = new LinkedHashMap<>();
        db.sql("""
                select a.id, a.code from area a join area_closure c on c.area_id = a.id
                join area n on n.id = c.ancestor_id and n.code = ?
                where a.valid_from <= ? and (a.valid_to is null or a.valid_to >= ?)
                  and not exists (select 1 from area ch where ch.parent_id = a.id and ch.valid_from <= ?
                                  and (ch.valid_to is null or ch.valid_to >= ?))
                order by a.id
                """)
                .params(under, period.lastDay(), period.lastDay(), period.lastDay(), period.lastDay())
                .query((rs, n) -> out.put(rs.getLong(1), rs.getString(2)))
                .list();
        return out;
    }

    /** Every indicator of every unit under {@code under} that has no parts on the period's last day, by raw COPY. */
    private long copyFigures(List<Indicator> catalogue, Period period, String under) throws Exception {
        return copy(csv(catalogue, period, under));
    }

    /** The same figures as {@link #copyFigures} copies, as CSV rows of {@code figure}. */
    private String csv(List<Indicator> catalogue, Period period, String under) {
        return lines(
                catalogue,
                period,
                under,
                (out, indicator, areaId, area, value) -> out.append(indicator)
                        .append(',')
                        .append(areaId)
                        .append(',')
                        .append(period)
                        .append(",ESTIMATE,")
                        .append(value)
                        .append(",,false,copy,copy"));
    }

    private long copy(String csv) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(
                            "copy figure (indicator_code, area_id, period, kind, value, source, derived, recorded_by, created_by) from stdin (format csv)",
                            new StringReader(csv));
        }
    }

    private void writeOneFigure(int i) {
        figures.store(
                Actor.system(),
                List.of(new FigureInput(
                        "NI001",
                        PROVINCE + "%03d".formatted(1 + i % 97),
                        JUNE.toString(),
                        "ESTIMATE",
                        BigDecimal.valueOf(1000 + i),
                        null,
                        null)),
                "benchmark",
                null);
    }

    /**
     * {@code n} timed calls, each (with {@code afterAWrite}) after one commune figure is written, untimed; a third as
     * many rounds before them are not timed, so that the JIT compiles the path before it is measured, as on a server
     * that has been answering for a while.
     */
    private String timed(int n, Supplier<List<Evaluation>> evaluation, boolean afterAWrite) {
        for (int i = 0; i < n / 3; i++) {
            if (afterAWrite) {
                writeOneFigure(n + i);
            }
            evaluation.get();
        }
        long[] times = new long[n];
        for (int i = 0; i < n; i++) {
            if (afterAWrite) {
                writeOneFigure(i);
            }
            long t = System.nanoTime();
            int judged = evaluation.get().size();
            times[i] = System.nanoTime() - t;
            if (judged != INDICATORS) {
                throw new AssertionError("expected " + INDICATORS + " indicators judged, got " + judged);
            }
        }
        return percentiles(times);
    }

    private static String percentiles(long[] times) {
        Arrays.sort(times);
        return "p50 %.1f ms, p95 %.1f ms, max %.1f ms (n = %d)"
                .formatted(
                        times[times.length / 2] / 1e6,
                        times[(int) Math.ceil(times.length * 0.95) - 1] / 1e6,
                        times[times.length - 1] / 1e6,
                        times.length);
    }

    private static void report(String format, Object... args) {
        System.out.println("BENCHMARK " + format.formatted(args));
    }
}
