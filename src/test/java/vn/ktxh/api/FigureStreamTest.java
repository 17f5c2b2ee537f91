package vn.ktxh.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.SubmissionPublisher;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.ktxh.IntegrationTest;
import vn.ktxh.account.Actor;
import vn.ktxh.cycle.Cycles;
import vn.ktxh.cycle.ReportState.Move;
import vn.ktxh.data.FigureInput;
import vn.ktxh.data.Figures;
import vn.ktxh.indicator.Indicators;
import vn.ktxh.plan.Plans;
import vn.ktxh.plan.WardTarget;
import vn.ktxh.shared.Period;

/**
 * POST /api/v1/figures/stream: figures streamed as JSON Lines or CSV, stored all or none under the rules of PUT
 * /api/v1/figures, with the import's progress readable while it runs by the account that started it. Each test takes
 * periods of its own, far in the future, that no other test writes.
 */
@IntegrationTest
class FigureStreamTest {

    private static final String STREAM = "/api/v1/figures/stream";
    private static final String JSON_LINES = "application/x-ndjson";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    Indicators indicators;

    @Autowired
    Figures figures;

    @Autowired
    Cycles cycles;

    @Autowired
    Plans plans;

    @Test
    void fiftyThousandLinesAreStoredReadBackKeptInTheRollUpsAndFollowedWhileTheyArrive() throws Exception {
        Api admin = new Api(port);
        List<String> codes = provinceIndicators();
        List<String> lines = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int year = 2041; lines.size() < 50_000; year++) {
            for (int month = 1; month <= 12 && lines.size() < 50_000; month++) {
                for (int c = 0; c < codes.size() && lines.size() < 50_000; c++) {
                    for (String kind : new String[] {"ESTIMATE", "FINAL"}) {
                        BigDecimal value = new BigDecimal((lines.size() % 19) + ".25"); // under every maximum (19)
                        sum = sum.add(value);
                        lines.add(
                                "{\"indicator\":\"%s\",\"area\":\"12\",\"period\":\"%d-M%02d\",\"kind\":\"%s\",\"value\":%s}"
                                        .formatted(codes.get(c), year, month, kind, value));
                    }
                }
            }
        }
        assertThat(lines).hasSize(50_000);

        SubmissionPublisher<ByteBuffer> body = new SubmissionPublisher<>();
        CompletableFuture<Api.Reply> answer =
                admin.postStream(STREAM, JSON_LINES, body, "X-Import-Id", "thu-nam-muoi-nghin");
        while (body.getNumberOfSubscribers() == 0) {
            Thread.sleep(10);
        }
        send(body, lines.subList(0, 25_000));
        JsonNode running = awaitLinesRead(admin, "thu-nam-muoi-nghin", 25_000);
        assertThat(running.path("state").asString()).isEqualTo("đang nhập");
        assertThat(running.path("linesRead").asInt()).isEqualTo(25_000);
        assertThat(count("12", "2041-M01", "2058-M12"))
                .as("nothing visible before the end")
                .isZero();
        assertThat(admin.as("tonghop.laichau")
                        .get(STREAM + "/thu-nam-muoi-nghin")
                        .status())
                .as("another account follows the import")
                .isEqualTo(403);
        send(body, lines.subList(25_000, 50_000));
        body.close();

        Api.Reply reply = answer.get(5, TimeUnit.MINUTES);
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        assertThat(reply.body().path("stored").asInt()).isEqualTo(50_000);
        assertThat(reply.body().path("perKind").path("ESTIMATE").asInt()).isEqualTo(25_000);
        assertThat(reply.body().path("perKind").path("FINAL").asInt()).isEqualTo(25_000);

        var stored = db.sql("""
                        select count(*) as n, sum(f.value) as total, count(*) filter (where f.created_by = 'quantri') as by_admin
                          from figure f join area a on a.id = f.area_id
                         where a.code = '12' and f.period between '2041-M01' and '2058-M12'
                        """).query().singleRow();
        assertThat(((Number) stored.get("n")).longValue()).isEqualTo(50_000);
        assertThat((BigDecimal) stored.get("total")).isEqualByComparingTo(sum);
        assertThat(((Number) stored.get("by_admin")).longValue())
                .as("who stored them")
                .isEqualTo(50_000);
        BigDecimal kept = db.sql("""
                        select sum(r.total) from figure_rollup r join area a on a.id = r.ancestor_id
                         where a.code = 'VN' and r.depth = 1 and r.period between '2041-M01' and '2058-M12'
                        """).query(BigDecimal.class).single();
        assertThat(kept).as("the nation's kept roll-up of the province").isEqualByComparingTo(sum);

        JsonNode done = admin.get(STREAM + "/thu-nam-muoi-nghin").body();
        assertThat(done.path("state").asString()).isEqualTo("đã lưu");
        assertThat(done.path("linesRead").asInt()).isEqualTo(50_000);
        assertThat(done.path("stored").asInt()).isEqualTo(50_000);
        assertThat(admin.as("tonghop.laichau")
                        .get(STREAM + "/thu-nam-muoi-nghin")
                        .status())
                .isEqualTo(403);
        Api.Reply unknown = admin.get(STREAM + "/khong-co");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().path("title").asString()).isEqualTo("Không tìm thấy");
    }

    @Test
    void csvWithVietnameseNumbersInEitherDelimiterIsStored() {
        Api admin = new Api(port);
        Api.Reply semicolons = admin.post(STREAM, "text/csv", """
                indicator;area;period;kind;value;source
                KT02;12;2059-M01;ước thực hiện;1.595,3;thử dòng chảy
                KT02;12;2059-M01;thực hiện;1.600;
                """);
        assertThat(semicolons.status()).as(semicolons.text()).isEqualTo(201);
        assertThat(semicolons.body().path("stored").asInt()).isEqualTo(2);
        assertThat(semicolons.body().path("perKind").path("ESTIMATE").asInt()).isEqualTo(1);
        Api.Reply commas = admin.post(
                STREAM,
                "text/csv; charset=UTF-8",
                "\uFEFFindicator,area,period,kind,value\r\nKT02,12,2059-M02,FINAL,\"2.000,25\"\r\n");
        assertThat(commas.status()).as(commas.text()).isEqualTo(201);

        assertThat(value("12", "2059-M01", "KT02", "ESTIMATE")).isEqualByComparingTo("1595.3");
        assertThat(value("12", "2059-M01", "KT02", "FINAL")).isEqualByComparingTo("1600");
        assertThat(value("12", "2059-M02", "KT02", "FINAL")).isEqualByComparingTo("2000.25");

        Api.Reply corrected = admin.post(
                STREAM,
                "text/csv",
                "indicator;area;period;kind;value\nKT02;12;2059-M01;ESTIMATE;1.596\nKT02;12;2059-M01;FINAL;1.600\n",
                "X-Reason",
                "sua theo so lieu thong ke");
        assertThat(corrected.status()).as(corrected.text()).isEqualTo(201);
        var audit = db.sql("""
                        select u.old_value, u.new_value, u.changed_by, u.reason, u.changed_at is not null as dated
                          from figure_audit u join area a on a.id = u.area_id
                         where a.code = '12' and u.period = '2059-M01' and u.indicator_code = 'KT02'
                        """).query().listOfRows();
        assertThat(audit)
                .as("the changed figure only, with who, when, old and new")
                .hasSize(1);
        assertThat((BigDecimal) audit.get(0).get("old_value")).isEqualByComparingTo("1595.3");
        assertThat((BigDecimal) audit.get(0).get("new_value")).isEqualByComparingTo("1596");
        assertThat(audit.get(0).get("changed_by")).isEqualTo("quantri");
        assertThat(audit.get(0).get("reason")).isEqualTo("sua theo so lieu thong ke");
        assertThat(audit.get(0).get("dated")).isEqualTo(true);
    }

    @Test
    void aBadLineIsNamedAndNothingIsStored() {
        Api admin = new Api(port);
        // one figure per line, each another, so that only line 3001's value is at fault
        String lines = unique(provinceIndicators(), new int[] {2060, 2063}, 5_000, 3_001);
        Api.Reply bad = admin.post(STREAM, JSON_LINES, lines, "X-Import-Id", "thu-dong-sai");
        assertThat(bad.status()).as(bad.text()).isEqualTo(400);
        assertThat(bad.contentType()).contains("problem+json");
        assertThat(bad.body().path("field").asString()).isEqualTo("[3001].value");
        assertThat(bad.body().path("detail").asString())
                .startsWith("Dòng 3001:")
                .contains("12,3,4");
        assertThat(count("12", "2060-M01", "2063-M12")).isZero();
        JsonNode progress = admin.get(STREAM + "/thu-dong-sai").body();
        assertThat(progress.path("state").asString()).isEqualTo("bị từ chối, không lưu gì");
        assertThat(progress.path("linesRead").asInt())
                .as("read to the end, to name every figure at fault at once")
                .isEqualTo(5_000);
        assertThat(progress.path("problem").asString()).startsWith("Dòng 3001:");

        Api.Reply repeated = admin.post(STREAM, "text/csv", """
                indicator,area,period,kind,value
                KT02,12,2060-M01,ESTIMATE,1
                KT02,12,2060-M02,ESTIMATE,1

                KT02,12,2060-M01,ESTIMATE,2
                """);
        assertThat(repeated.status()).as(repeated.text()).isEqualTo(400);
        assertThat(repeated.body().path("detail").asString())
                .startsWith("Dòng 5:")
                .contains("hai lần");
        assertThat(count("12", "2060-M01", "2063-M12")).isZero();

        Api.Reply unclosed =
                admin.post(STREAM, "text/csv", "indicator,area,period,kind,value\nKT02,12,2060-M03,ESTIMATE,\"1\n");
        assertThat(unclosed.status()).as(unclosed.text()).isEqualTo(400);
        assertThat(unclosed.body().path("detail").asString()).startsWith("Không đọc được CSV sau dòng");
        assertThat(count("12", "2060-M01", "2063-M12")).isZero();

        Api.Reply notJson = admin.post(STREAM, JSON_LINES, "{\"indicator\":\"KT02\"\n");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.body().path("detail").asString()).startsWith("Dòng 1:");
    }

    @Test
    void aRepeatChunksApartIsNamedAndAStreamPartlyStoredAlreadyIsMergedWithItsAudit() {
        Api admin = new Api(port);
        int[] years = {2065, 2066, 2067, 2068};
        int n = provinceIndicators().size() * 12 * 2 * years.length; // every figure of the years (see unique)
        assertThat(n).as("more lines than a chunk of the COPY (10.000)").isGreaterThan(10_500);
        String lines = unique(provinceIndicators(), years, n, -1);
        String first = lines.substring(0, lines.indexOf('\n') + 1);
        // new figures go straight into the table until one is refused; the repeat is 10.500 lines after its first
        Api.Reply repeated = admin.post(STREAM, JSON_LINES, lines.substring(0, nthLine(lines, 10_500)) + first);
        assertThat(repeated.status()).as(repeated.text()).isEqualTo(400);
        assertThat(repeated.body().path("detail").asString())
                .startsWith("Dòng 10501:")
                .contains("hai lần");
        assertThat(count("12", "2065-M01", "2068-M12")).isZero();

        Api.Reply some = admin.post(STREAM, JSON_LINES, lines.substring(0, nthLine(lines, 100)));
        assertThat(some.status()).as(some.text()).isEqualTo(201);
        String changed = lines.replaceFirst("\"value\":7}", "\"value\":8}"); // line 1, stored above with 7
        Api.Reply all = admin.post(STREAM, JSON_LINES, changed, "X-Reason", "so lieu chinh thuc");
        assertThat(all.status()).as(all.text()).isEqualTo(201);
        assertThat(count("12", "2065-M01", "2068-M12")).isEqualTo(n);
        String code = provinceIndicators().get(0);
        assertThat(value("12", "2065-M01", code, "ESTIMATE")).isEqualByComparingTo("8");
        var audit = db.sql("""
                        select u.old_value, u.new_value, u.reason from figure_audit u join area a on a.id = u.area_id
                         where a.code = '12' and u.period between '2065-M01' and '2068-M12'
                        """).query().listOfRows();
        assertThat(audit).as("only the one figure whose value changed").hasSize(1);
        assertThat((BigDecimal) audit.get(0).get("old_value")).isEqualByComparingTo("7");
        assertThat((BigDecimal) audit.get(0).get("new_value")).isEqualByComparingTo("8");
        assertThat(audit.get(0).get("reason")).isEqualTo("so lieu chinh thuc");
    }

    /** Where the n-th line of a text ends (after its line break). */
    private static int nthLine(String text, int n) {
        int at = 0;
        for (int i = 0; i < n; i++) {
            at = text.indexOf('\n', at) + 1;
        }
        return at;
    }

    @Test
    void aUnitOutsideTheCallersRightsRefusesTheWholeStream() {
        Api ward = new Api(port).as("phuong.tanphong");
        Api.Reply refused = ward.post(STREAM, JSON_LINES, """
                {"indicator":"KT02","area":"03408","period":"2061-M01","kind":"ESTIMATE","value":5}
                {"indicator":"KT02","area":"03408","period":"2061-M01","kind":"FINAL","value":5}
                {"indicator":"KT02","area":"03388","period":"2061-M01","kind":"ESTIMATE","value":5}
                """);
        assertThat(refused.status()).as(refused.text()).isEqualTo(403);
        assertThat(count("03408", "2061-M01", "2061-M01")).isZero();
        assertThat(count("03388", "2061-M01", "2061-M01")).isZero();

        Api.Reply own = ward.post(STREAM, JSON_LINES, """
                {"indicator":"KT02","area":"03408","period":"2061-M01","kind":"ESTIMATE","value":5}
                """);
        assertThat(own.status()).as(own.text()).isEqualTo(201);
        assertThat(count("03408", "2061-M01", "2061-M01")).isEqualTo(1);
    }

    @Test
    void aFigureOfAnApprovedReportIsRefused() {
        Period month = Period.parse("2062-M01");
        figures.store(
                Actor.system(),
                List.of(new FigureInput("KT02", "03408", "2062-M01", "ESTIMATE", "7", null, "thử")),
                "thu",
                null);
        cycles.move(Actor.system(), "03408", month, Move.SUBMIT, null);
        cycles.move(Actor.system(), "03408", month, Move.APPROVE, null);

        Api.Reply refused = new Api(port)
                .post(STREAM, "text/csv", "indicator,area,period,kind,value\nKT02,03408,2062-M01,ESTIMATE,8\n");
        assertThat(refused.status()).as(refused.text()).isEqualTo(409);
        assertThat(value("03408", "2062-M01", "KT02", "ESTIMATE")).isEqualByComparingTo("7");
    }

    @Test
    void theKeptEvaluationOfTheUnitIsWorkedOutAgainAfterAStream() {
        Period year = Period.parse("2064");
        WardTarget.set(plans, year, new BigDecimal("90"), "Kế hoạch thử nhập dòng chảy", "1/QĐ-DC");
        Api admin = new Api(port);
        assertThat(evaluation(admin, "GD06").path("value").isNumber())
                .as("no figure yet")
                .isFalse();

        Api.Reply stored =
                admin.post(STREAM, "text/csv", "indicator;area;period;kind;value\nGD06;03408;2064;FINAL;95,5\n");
        assertThat(stored.status()).as(stored.text()).isEqualTo(201);
        assertThat(evaluation(admin, "GD06").path("value").decimalValue()).isEqualByComparingTo("95.5");
    }

    private static JsonNode evaluation(Api api, String indicator) {
        for (JsonNode e : api.get("/api/v1/evaluations?area=03408&period=2064").body()) {
            if (e.path("indicator").asString().equals(indicator)) {
                return e;
            }
        }
        throw new AssertionError("no evaluation of " + indicator);
    }

    /** {@code n} lines of distinct figures of Lai Châu in the years, the line {@code bad} with a value that is no number. */
    private static String unique(List<String> codes, int[] years, int n, int bad) {
        StringBuilder out = new StringBuilder();
        int line = 0;
        for (int year : years) {
            for (int month = 1; month <= 12; month++) {
                for (String code : codes) {
                    for (String kind : new String[] {"ESTIMATE", "FINAL"}) {
                        line++;
                        out.append(
                                "{\"indicator\":\"%s\",\"area\":\"12\",\"period\":\"%d-M%02d\",\"kind\":\"%s\",\"value\":%s}\n"
                                        .formatted(code, year, month, kind, line == bad ? "\"12,3,4\"" : "7"));
                        if (line == n) {
                            return out.toString();
                        }
                    }
                }
            }
        }
        throw new IllegalArgumentException("fewer than " + n + " figures");
    }

    /** The indicators a province reports. */
    private List<String> provinceIndicators() {
        return indicators.catalogue().values().stream()
                .filter(i -> i.levels().isEmpty() || i.levels().contains("tỉnh"))
                .map(i -> i.code())
                .sorted()
                .toList();
    }

    private static void send(SubmissionPublisher<ByteBuffer> body, List<String> lines) {
        for (int from = 0; from < lines.size(); from += 1_000) {
            String chunk = String.join("\n", lines.subList(from, Math.min(lines.size(), from + 1_000))) + "\n";
            body.submit(ByteBuffer.wrap(chunk.getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static JsonNode awaitLinesRead(Api api, String id, int lines) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            Api.Reply reply = api.get(STREAM + "/" + id);
            if (reply.status() == 200 && reply.body().path("linesRead").asInt() >= lines) {
                return reply.body();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the import did not show " + lines + " lines read");
    }

    private long count(String area, String from, String to) {
        return db.sql("""
                        select count(*) from figure f join area a on a.id = f.area_id
                         where a.code = ? and f.period between ? and ?
                        """).params(area, from, to).query(Long.class).single();
    }

    private BigDecimal value(String area, String period, String indicator, String kind) {
        return db.sql("""
                        select f.value from figure f join area a on a.id = f.area_id
                         where a.code = ? and f.period = ? and f.indicator_code = ? and f.kind = ?
                        """)
                .params(area, period, indicator, kind)
                .query(BigDecimal.class)
                .single();
    }
}
