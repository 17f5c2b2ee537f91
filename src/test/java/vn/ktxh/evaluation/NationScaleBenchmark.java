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
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;
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
 * 200 indicators — whose every unit without parts reports every indicator for every month of two years up to June
 * 2026, loaded a month at a time alternately by raw COPY and through the streaming door of the API; then the nation's
 * and a province's evaluation right after one commune figure, and right after a commune's whole report, is written,
 * read from the kept roll-ups, and the same evaluation worked out from every figure for comparison; the national
 * dashboard under 200 users; then the province's evaluation again once ten more years of its communes are in the
 * table, which must not make it slower. Run:
 * {@code ./mvnw -q -B test -Dtest=NationScaleBenchmark -Dtest.excludedGroups=}
 */
@Tag("benchmark")
@IntegrationTest
class NationScaleBenchmark {

    private static final int PROVINCES = 34;
    private static final int COMMUNES = 3_321;
    private static final int INDICATORS = 200;
    private static final Period JUNE = Period.month(2026, 6);
    /** The months of every commune loaded: two years up to {@link #JUNE}. */
    private static final int MONTHS = Integer.getInteger("benchmark.months", 24);
    /** A month of one province streamed before the timed loads, outside every month loaded after it. */
    private static final Period WARM_UP = Period.month(2014, 6);

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
        loadTheNation(catalogue, nation);
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
                    what,
                    INDICATORS,
                    timed(READINGS, () -> evaluations.evaluate(Actor.system(), unit, JUNE), this::writeOneFigure));
            report(
                    "  ngay sau khi một xã ghi cả báo cáo tháng (%d số liệu, mọi chỉ tiêu được đánh giá lại): %s",
                    INDICATORS,
                    timed(READINGS, () -> evaluations.evaluate(Actor.system(), unit, JUNE), this::writeOneReport));
            report(
                    "  cùng đánh giá tính lại từ mọi số liệu (không dùng tổng hợp giữ sẵn): %s",
                    timed(
                            unit.equals(nation) ? 5 : 20,
                            () -> evaluations.evaluateFromFigures(Actor.system(), unit, JUNE),
                            i -> {}));
            report(
                    "  tổng của mọi chỉ tiêu bằng SQL thô từ mọi số liệu (hai kỳ): %s",
                    rawSql(unit.equals(nation) ? 5 : 20, unit));
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
        nationalDashboardUnderLoad(nation, "cả nước, một xã ghi một số liệu mỗi giây", this::writeOneFigure);
        nationalDashboardUnderLoad(nation, "cả nước, một xã ghi cả báo cáo tháng mỗi giây", this::writeOneReport);
        provinceWithTenYears(catalogue);
    }

    /**
     * Every month of the two years up to June 2026 of every commune of the country (24 × 3.392 units × 200 indicators),
     * a month at a time, alternately by raw COPY and through the streaming door as an importing system sends it (JSON
     * Lines, one request a month, an API token): both ways load into the same growing table, each month's text made
     * before its clock starts. Warmed up first with a month of one province through the door.
     */
    private void loadTheNation(List<Indicator> catalogue, String nation) throws Exception {
        String token = new Api(port)
                .post("/api/v1/account/tokens", "{\"purpose\":\"Đo tốc độ nhập\"}")
                .body()
                .get("token")
                .asString();
        stream(jsonLines(catalogue, WARM_UP, PROVINCE), token);
        long copied = 0;
        long streamed = 0;
        long copyNanos = 0;
        long streamNanos = 0;
        for (int m = 0; m < MONTHS; m++) {
            Period month = monthsAfter(JUNE, m - (MONTHS - 1));
            if (m % 2 == 0) {
                String rows = csv(catalogue, month, nation);
                long start = System.nanoTime();
                copied += copy(rows);
                copyNanos += System.nanoTime() - start;
            } else {
                String lines = jsonLines(catalogue, month, nation);
                long start = System.nanoTime();
                streamed += stream(lines, token);
                streamNanos += System.nanoTime() - start;
            }
        }
        analyze();
        report(
                "Nạp %d tháng của cả nước, xen kẽ từng tháng: COPY thô (kể cả cập nhật bảng tổng hợp giữ sẵn) %d số liệu trong %.1f s = %.0f số liệu/s; qua cửa dòng chảy (POST /api/v1/figures/stream, JSON Lines, một yêu cầu mỗi tháng) %d số liệu trong %.1f s = %.0f số liệu/s = %.0f%% của COPY thô",
                MONTHS,
                copied,
                copyNanos / 1e9,
                copied / (copyNanos / 1e9),
                streamed,
                streamNanos / 1e9,
                streamed / (streamNanos / 1e9),
                100.0 * streamed / streamNanos / ((double) copied / copyNanos));
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
     * as the national office, while a commune writes every second (one figure, or its whole report), which makes the
     * nation's kept evaluation of what it wrote be worked out again. {@code -Dbenchmark.users}, {@code -Dbenchmark.seconds} change the load (200, 60).
     */
    private void nationalDashboardUnderLoad(String nation, String title, IntConsumer write) throws Exception {
        AtomicInteger written = new AtomicInteger(1_000);
        new UsersBetweenPages(
                        port,
                        "tonghop.quocgia",
                        List.of(
                                "/?area=" + nation + "&period=" + JUNE,
                                "/api/v1/evaluations?area=" + nation + "&period=" + JUNE),
                        Integer.getInteger("benchmark.users", 200),
                        Long.getLong("benchmark.seconds", 60))
                .run(title, () -> write.accept(written.getAndIncrement()));
    }

    /** The same province evaluation with the nation's two years in the table and with ten years of the province more. */
    private void provinceWithTenYears(List<Indicator> catalogue) throws Exception {
        String twoYears = timed(30, () -> evaluations.evaluate(Actor.system(), PROVINCE, JUNE), this::writeOneFigure);
        long added = 0;
        for (int m = 1; m <= 120; m++) {
            added += copyFigures(catalogue, monthsAfter(WARM_UP, m), PROVINCE);
        }
        analyze();
        report(
                "Đánh giá một tỉnh, tháng 6/2026, ngay sau khi ghi: khi bảng có %d tháng của cả nước %s; thêm %d số liệu (mọi tháng 7/2014–6/2024 của tỉnh, ANALYZE): %s",
                MONTHS,
                twoYears,
                added,
                timed(30, () -> evaluations.evaluate(Actor.system(), PROVINCE, JUNE), this::writeOneFigure));
    }

    private void createUnits() {
        long nationId = db.sql("select id from area where kind = 'NATION'")
                .query(Long.class)
                .single();
        LocalDate from = LocalDate.of(2010, 1, 1); // before every month loaded
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
     * The sum of every indicator over every figure under the unit, of the two periods an evaluation reads, in one SQL
     * statement: what the raw aggregate costs, beside the evaluation read from the kept roll-ups.
     */
    private String rawSql(int n, String unit) {
        long[] times = new long[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            int rows = db.sql("""
                    select f.indicator_code, f.period, f.kind, sum(f.value), count(*)
                      from figure f join area_closure c on c.area_id = f.area_id
                      join area u on u.id = c.ancestor_id and u.code = ?
                     where f.period in (?, ?)
                     group by 1, 2, 3
                    """)
                    .params(unit, JUNE.toString(), JUNE.sameOfPreviousYear().toString())
                    .query()
                    .listOfRows()
                    .size();
            times[i] = System.nanoTime() - t;
            if (rows < INDICATORS) {
                throw new AssertionError(rows + " sums");
            }
        }
        return percentiles(times);
    }

    /** Every indicator of one commune for June 2026, new values: a commune's whole monthly report. */
    private void writeOneReport(int i) {
        String commune = PROVINCE + "%03d".formatted(1 + i % 97);
        figures.store(
                Actor.system(),
                IntStream.rangeClosed(1, INDICATORS)
                        .mapToObj(n -> new FigureInput(
                                "NI%03d".formatted(n),
                                commune,
                                JUNE.toString(),
                                "ESTIMATE",
                                BigDecimal.valueOf(2000 + i),
                                null,
                                null))
                        .toList(),
                "benchmark",
                null);
    }

    /**
     * {@code n} timed calls, each after {@code write} (untimed); a third as many rounds before them are not timed, so
     * that the JIT compiles the path before it is measured, as on a server that has been answering for a while.
     */
    private String timed(int n, Supplier<List<Evaluation>> evaluation, IntConsumer write) {
        for (int i = 0; i < n / 3; i++) {
            write.accept(n + i);
            evaluation.get();
        }
        long[] times = new long[n];
        for (int i = 0; i < n; i++) {
            write.accept(i);
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

    /** The month {@code months} after {@code month} (before it, when negative). */
    private static Period monthsAfter(Period month, int months) {
        LocalDate day = month.firstDay().plusMonths(months);
        return Period.month(day.getYear(), day.getMonthValue());
    }

    /** Fresh statistics after a bulk load, as an import leaves them (autovacuum would, later). */
    private void analyze() {
        db.sql("analyze figure").update();
        db.sql("analyze figure_rollup").update();
    }

    private static void report(String format, Object... args) {
        System.out.println("BENCHMARK " + format.formatted(args));
    }
}
