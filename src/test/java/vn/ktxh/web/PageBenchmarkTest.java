package vn.ktxh.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.ktxh.IntegrationTest;
import vn.ktxh.account.Actor;
import vn.ktxh.api.Api;
import vn.ktxh.area.AreaKind;
import vn.ktxh.area.Areas;
import vn.ktxh.area.NewArea;
import vn.ktxh.data.FigureInput;
import vn.ktxh.data.Figures;
import vn.ktxh.indicator.Aggregation;
import vn.ktxh.indicator.Direction;
import vn.ktxh.indicator.Indicator;
import vn.ktxh.indicator.Indicators;
import vn.ktxh.plan.DecidedBy;
import vn.ktxh.plan.Decision;
import vn.ktxh.plan.NewPlan;
import vn.ktxh.plan.Plan;
import vn.ktxh.plan.Plans;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.UnitOfMeasure;

/**
 * Server time of the dashboard and the evaluation page at province scale: a synthetic province of 100
 * communes × 200 indicators, each commune with a target and two years of figures, the province with
 * its own targets and its figures rolled up from the communes. Run with
 * {@code ./mvnw -q -B test -Dtest=PageBenchmarkTest -Dsurefire.excludedGroups= -Dgroups=benchmark}.
 */
@Tag("benchmark")
@IntegrationTest
@TestPropertySource(
        properties = "ktxh.benchmark=province") // its own context: the synthetic province stays out of other tests
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageBenchmarkTest {

    static final int COMMUNES = 100;
    static final int INDICATORS = 200;
    static final int REQUESTS = Integer.getInteger("benchmark.requests", 200);
    static final String PROVINCE = "BM";
    static final LocalDate FROM = LocalDate.of(2020, 1, 1);

    @LocalServerPort
    int port;

    @Autowired
    Areas areas;

    @Autowired
    Indicators indicators;

    @Autowired
    Plans plans;

    @Autowired
    Figures figures;

    @Autowired
    JdbcClient db;

    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    void buildAProvince() {
        long start = System.nanoTime();
        areas.record(new NewArea(PROVINCE, "Thử Nghiệm", AreaKind.PROVINCE, null, FROM, null, true));
        for (int c = 1; c <= COMMUNES; c++) {
            areas.record(new NewArea(commune(c), "Thử " + c, AreaKind.COMMUNE, PROVINCE, FROM, null, true));
        }
        List<Indicator> catalogue = new ArrayList<>();
        for (int i = 1; i <= INDICATORS; i++) {
            catalogue.add(new Indicator(
                    indicator(i),
                    "Chỉ tiêu thử nghiệm số " + i,
                    UnitOfMeasure.of("tấn"),
                    "lĩnh vực " + (i % 10),
                    Direction.UP,
                    Aggregation.SUM,
                    null,
                    null,
                    null,
                    List.of("tỉnh", "xã"),
                    null,
                    BigDecimal.ZERO,
                    null));
        }
        indicators.record(catalogue);
        Plan plan = plans.create(
                Actor.system(),
                new NewPlan(
                        PROVINCE,
                        Period.year(2025),
                        "Kế hoạch thử nghiệm năm 2025",
                        new Decision("1/QĐ-UBND", LocalDate.of(2024, 12, 20), "UBND tỉnh Thử Nghiệm"),
                        DecidedBy.OWN_UNIT,
                        false));
        // 20.200 targets by one statement: Plans.set checks one at a time, which is not what is measured here
        db.sql("""
                insert into target (plan_id, indicator_code, area_id, period, version, form, value)
                select :plan, 'BM' || lpad(i::text, 3, '0'), a.id, '2025', 1, 'VALUE', 1000 + (i * 7 + a.id) % 500
                  from generate_series(1, :indicators) i, area a
                 where a.code = :province or a.code like 'BM-%'
                """)
                .param("plan", plan.id())
                .param("indicators", INDICATORS)
                .param("province", PROVINCE)
                .update();
        db.sql(
                        "update target set value = value * :communes where area_id = (select id from area where code = :province)")
                .param("communes", COMMUNES)
                .param("province", PROVINCE)
                .update();
        Random random = new Random(20250701);
        for (String year : List.of("2024", "2025")) {
            List<FigureInput> inputs = new ArrayList<>();
            for (int c = 1; c <= COMMUNES; c++) {
                for (int i = 1; i <= INDICATORS; i++) {
                    inputs.add(new FigureInput(
                            indicator(i),
                            commune(c),
                            year,
                            "ESTIMATE",
                            BigDecimal.valueOf(800 + random.nextInt(900)),
                            null,
                            null));
                }
            }
            figures.store(Actor.system(), inputs, "benchmark", null);
        }
        System.out.printf(
                "Synthetic province: %d communes × %d indicators, built in %d ms%n",
                COMMUNES, INDICATORS, (System.nanoTime() - start) / 1_000_000);
    }

    private static String commune(int c) {
        return "BM-%03d".formatted(c);
    }

    private static String indicator(int i) {
        return "BM%03d".formatted(i);
    }

    @Test
    void theDashboardAndTheEvaluationPageAnswerAtProvinceScale() throws Exception {
        long[] dashboard = time("/?area=" + PROVINCE + "&period=2025", false);
        long[] annex = time("/danh-gia?area=" + PROVINCE + "&period=2025", false);
        UsersBetweenPages.report("Tổng quan  /?area=BM&period=2025", dashboard);
        UsersBetweenPages.report("Đánh giá   /danh-gia?area=BM&period=2025", annex);
        // after a write every time: the evaluation is worked out again, the roll-up of every commune included
        UsersBetweenPages.report(
                "Tổng quan, sau mỗi lần ghi số liệu", time("/?area=" + PROVINCE + "&period=2025", true));
        UsersBetweenPages.report(
                "Đánh giá, sau mỗi lần ghi số liệu", time("/danh-gia?area=" + PROVINCE + "&period=2025", true));
        assertThat(UsersBetweenPages.percentile(dashboard, 95))
                .as("dashboard p95, ms")
                .isLessThan(1_000);
        assertThat(UsersBetweenPages.percentile(annex, 95))
                .as("evaluation p95, ms")
                .isLessThan(1_000);
    }

    /**
     * {@code benchmark.users} signed-in users (200), each waiting 1–3 s between two requests, alternately the
     * dashboard (session cookie) and {@code GET /api/v1/evaluations} (an API token, as API clients call it) of the province,
     * for {@code benchmark.seconds} (60) after 15 s of warm-up; every answer must be a 200.
     */
    @Test
    void manyUsersWaitingBetweenPages() throws Exception {
        new UsersBetweenPages(
                        port,
                        "quantri",
                        List.of(
                                "/?area=" + PROVINCE + "&period=2025",
                                "/api/v1/evaluations?area=" + PROVINCE + "&period=2025"),
                        Integer.getInteger("benchmark.users", 200),
                        Long.getLong("benchmark.seconds", 60))
                .run("một tỉnh", null);
    }

    /**
     * Ten warm-up requests (JIT, template cache), then {@link #REQUESTS} timed ones, in milliseconds, sorted;
     * with {@code afterAWrite}, one figure of a commune is stored (untimed) before each request.
     */
    private long[] time(String path, boolean afterAWrite) throws Exception {
        String session = Api.signedInPage(port, "quantri").cookie();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Cookie", session)
                .build();
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("tỉnh Thử Nghiệm").contains("Chỉ tiêu thử nghiệm số 200");
        }
        long[] millis = new long[REQUESTS];
        for (int i = 0; i < REQUESTS; i++) {
            if (afterAWrite) {
                figures.store(
                        Actor.system(),
                        List.of(new FigureInput(
                                indicator(1 + i % INDICATORS),
                                commune(1 + i % COMMUNES),
                                "2025",
                                "ESTIMATE",
                                BigDecimal.valueOf(800 + i),
                                null,
                                null)),
                        "benchmark",
                        null);
            }
            long start = System.nanoTime();
            client.send(request, HttpResponse.BodyHandlers.discarding());
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        return millis;
    }
}
