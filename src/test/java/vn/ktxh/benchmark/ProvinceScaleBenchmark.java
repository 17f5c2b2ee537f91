package vn.ktxh.benchmark;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ktxh.IntegrationTest;
import vn.ktxh.account.Actor;
import vn.ktxh.api.Api;
import vn.ktxh.area.Areas;
import vn.ktxh.data.FigureInput;
import vn.ktxh.data.Figures;
import vn.ktxh.evaluation.Evaluations;
import vn.ktxh.indicator.Indicators;
import vn.ktxh.plan.Plans;
import vn.ktxh.shared.Period;

/**
 * Issue 2's figures: a province of 100 communes × 200 indicators × 12 months (240.000 figures)
 * imported through PUT /api/v1/figures, raw COPY into the same table as the ceiling, the same through the streaming
 * door (POST /api/v1/figures/stream, issue 15) with its share of the COPY, then
 * evaluation with roll-up of the province for a month. Run:
 * {@code ./mvnw -q -B test -Dtest=ProvinceScaleBenchmark -Dtest.excludedGroups=}
 */
@Tag("benchmark")
@IntegrationTest
class ProvinceScaleBenchmark {

    private static final int COMMUNES = 100;
    private static final int INDICATORS = 200;
    private static final int BATCH = 24_000;

    @LocalServerPort
    int port;

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

    private String token;

    @Autowired
    JdbcClient db;

    @Test
    void importAndEvaluateAProvince() throws Exception {
        List<Period> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(Period.month(2026, m));
        }
        List<String> codes = SyntheticProvince.create(areas, indicators, plans, COMMUNES, INDICATORS, months);
        HttpClient client = HttpClient.newHttpClient();
        Random random = new Random(7);
        // an importing system signs in with a token (a hash lookup), as the API asks of machines, not with a password
        // (a deliberately slow hash on every request)
        token = new Api(port)
                .post("/api/v1/account/tokens", "{\"purpose\":\"Đo tốc độ nhập\"}")
                .body()
                .get("token")
                .asString();

        List<String> bodies = bodies(codes, months, random);
        long values = (long) bodies.size() * BATCH;
        // warm-up (JIT, connections) with whole batches of figures of another year, so that the code of a full
        // batch is compiled before the timed phase and every timed value is a new one
        List<String> warmUp = bodies(
                codes,
                months.stream()
                        .map(m -> Period.month(2031, m.number()))
                        .limit(6)
                        .toList(),
                random);
        if (warmUp.size() < 5) {
            throw new AssertionError("the warm-up must send whole batches, got " + warmUp.size());
        }
        warmUp.forEach(body -> {
            try {
                put(client, body);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        long start = System.nanoTime();
        for (String body : bodies) {
            put(client, body);
        }
        double apiSeconds = (System.nanoTime() - start) / 1e9;
        report(
                "Nhập qua API (PUT /api/v1/figures, lô %d, một luồng): %d giá trị trong %.2f s = %.0f giá trị/s",
                BATCH, values, apiSeconds, values / apiSeconds);

        // the same amount for another year, sent by two clients at once: one request parses while another writes
        List<String> nextYear = bodies(
                codes, months.stream().map(m -> Period.month(2029, m.number())).toList(), random);
        ExecutorService two = Executors.newFixedThreadPool(2);
        start = System.nanoTime();
        List<Future<?>> sent = new ArrayList<>();
        for (String body : nextYear) {
            sent.add(two.submit(() -> {
                put(client, body);
                return null;
            }));
        }
        for (Future<?> f : sent) {
            f.get();
        }
        two.shutdown();
        double parallelSeconds = (System.nanoTime() - start) / 1e9;
        report(
                "Nhập qua API (lô %d, hai luồng song song): %d giá trị trong %.2f s = %.0f giá trị/s",
                BATCH, values, parallelSeconds, values / parallelSeconds);

        StringBuilder csv = new StringBuilder();
        long areaId = db.sql("select min(id) from area where code like 'B%'")
                .query(Long.class)
                .single();
        for (int m = 1; m <= 12; m++) {
            for (int c = 1; c <= COMMUNES; c++) {
                for (String code : codes) {
                    csv.append(code)
                            .append(',')
                            .append(areaId + c)
                            .append(",2027-M")
                            .append(m < 10 ? "0" : "")
                            .append(m)
                            .append(",ESTIMATE,")
                            .append(random.nextInt(1, 100_000))
                            .append(",,false,copy,copy\n");
                }
            }
        }
        start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(
                            "copy figure (indicator_code, area_id, period, kind, value, source, derived, recorded_by, created_by) from stdin (format csv)",
                            new StringReader(csv.toString()));
        }
        double copySeconds = (System.nanoTime() - start) / 1e9;
        report(
                "COPY thô vào bảng figure (trần): %d giá trị trong %.2f s = %.0f giá trị/s",
                values, copySeconds, values / copySeconds);

        // the same amount for another year through the streaming door: one request of JSON Lines, one client; warmed
        // up first with a month of another year
        send(
                client,
                "/api/v1/figures/stream",
                "application/x-ndjson",
                jsonLines(codes, List.of(Period.month(2032, 1)), random));
        String lines = jsonLines(
                codes, months.stream().map(m -> Period.month(2028, m.number())).toList(), random);
        start = System.nanoTime();
        send(client, "/api/v1/figures/stream", "application/x-ndjson", lines);
        double streamSeconds = (System.nanoTime() - start) / 1e9;
        report(
                "Nhập qua cửa dòng chảy (POST /api/v1/figures/stream, JSON Lines, một yêu cầu, một luồng): %d giá trị trong %.2f s = %.0f giá trị/s = %.0f%% của COPY thô cùng lần chạy",
                values, streamSeconds, values / streamSeconds, 100 * copySeconds / streamSeconds);

        Period june = Period.month(2026, 6);
        for (int i = 0; i < 10; i++) {
            evaluations.evaluate(Actor.system(), SyntheticProvince.PROVINCE, june);
        }
        report(
                "Đánh giá + tổng hợp tỉnh (%d xã × %d chỉ tiêu, tháng 6/2026, trên %d số liệu), ngay sau một lần ghi số liệu: %s",
                COMMUNES, INDICATORS, values, timed(june, true));
        report("Đánh giá tỉnh, đọc lại khi số liệu chưa đổi (kết quả đã giữ): %s", timed(june, false));
    }

    /** 50 evaluations of the province, each (with {@code afterAWrite}) after one commune figure is stored, untimed. */
    private String timed(Period month, boolean afterAWrite) {
        long[] times = new long[50];
        for (int i = 0; i < times.length; i++) {
            if (afterAWrite) {
                figures.store(
                        Actor.system(),
                        List.of(new FigureInput(
                                SyntheticProvince.indicator(1),
                                SyntheticProvince.commune(1 + i),
                                month.toString(),
                                "ESTIMATE",
                                BigDecimal.valueOf(1000 + i),
                                null,
                                null)),
                        "benchmark",
                        null);
            }
            long t = System.nanoTime();
            int rows = evaluations
                    .evaluate(Actor.system(), SyntheticProvince.PROVINCE, month)
                    .size();
            times[i] = System.nanoTime() - t;
            if (rows != INDICATORS) {
                throw new AssertionError("expected " + INDICATORS + " rows, got " + rows);
            }
        }
        Arrays.sort(times);
        return "p50 %.1f ms, p95 %.1f ms, max %.1f ms".formatted(times[25] / 1e6, times[47] / 1e6, times[49] / 1e6);
    }

    /** The figures of every commune and indicator for the months, as JSON bodies of {@link #BATCH} values. */
    private static List<String> bodies(List<String> codes, List<Period> months, Random random) {
        List<String> bodies = new ArrayList<>();
        List<String> batch = new ArrayList<>(BATCH);
        for (String item : items(codes, months, random)) {
            batch.add(item);
            if (batch.size() == BATCH) {
                bodies.add("[" + String.join(",", batch) + "]");
                batch.clear();
            }
        }
        return bodies;
    }

    /** The same figures as JSON Lines, one figure a line, for the streaming door. */
    private static String jsonLines(List<String> codes, List<Period> months, Random random) {
        return String.join("\n", items(codes, months, random)) + "\n";
    }

    /** One JSON object per figure of every commune and indicator for the months, random values. */
    private static List<String> items(List<String> codes, List<Period> months, Random random) {
        List<String> items = new ArrayList<>();
        for (Period month : months) {
            for (int c = 1; c <= COMMUNES; c++) {
                for (String code : codes) {
                    items.add("{\"indicator\":\"" + code + "\",\"area\":\"" + SyntheticProvince.commune(c)
                            + "\",\"period\":\"" + month + "\",\"kind\":\"ESTIMATE\",\"value\":"
                            + random.nextInt(1, 100_000) + "." + random.nextInt(10) + "}");
                }
            }
        }
        return items;
    }

    private void put(HttpClient client, String body) throws IOException, InterruptedException {
        answered(
                client,
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/figures"))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    private void send(HttpClient client, String path, String contentType, String body)
            throws IOException, InterruptedException {
        answered(
                client,
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private void answered(HttpClient client, HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(
                request.header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new AssertionError(response.body());
        }
    }

    private static void report(String format, Object... args) {
        System.out.println("BENCHMARK " + format.formatted(args));
    }
}
