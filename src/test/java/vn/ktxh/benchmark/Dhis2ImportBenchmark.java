package vn.ktxh.benchmark;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ktxh.IntegrationTest;
import vn.ktxh.api.Api;
import vn.ktxh.area.Areas;
import vn.ktxh.indicator.Indicators;
import vn.ktxh.plan.Plans;
import vn.ktxh.shared.Period;

/**
 * A national system's push of half a year: DHIS2 data value sets of a province of 100 communes × 180 indicators
 * (the synthetic province's sums; its rates are left out) × 6 months = 108.000 values in one request, previewed
 * ({@code dryRun=true}) then imported, through the checks of every upload. Run:
 * {@code ./mvnw -q -B test -Dtest=Dhis2ImportBenchmark -Dtest.excludedGroups=}
 */
@Tag("benchmark")
@IntegrationTest
class Dhis2ImportBenchmark {

    private static final int COMMUNES = 100;
    private static final int INDICATORS = 200;

    @LocalServerPort
    int port;

    @Autowired
    Areas areas;

    @Autowired
    Indicators indicators;

    @Autowired
    Plans plans;

    @Test
    void importHalfAYearOfAProvince() {
        List<String> codes =
                SyntheticProvince.create(areas, indicators, plans, COMMUNES, INDICATORS, List.of(Period.year(2026)))
                        .stream()
                        .filter(code -> !code.endsWith("0"))
                        .toList(); // every tenth is a rate of the two before
        Api api = new Api(port);
        Random random = new Random(11);
        post(api, set(codes, 2030, 1, random), true); // warm-up: JIT and connections, another year
        String set = set(codes, 2026, 6, random);
        int values = COMMUNES * codes.size() * 6;

        long start = System.nanoTime();
        post(api, set, true);
        double preview = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        post(api, set, false);
        double stored = (System.nanoTime() - start) / 1e9;

        System.out.printf(
                "BENCHMARK DHIS2 dataValueSets (%d giá trị, %d MB): xem trước (dryRun) %.2f s = %.0f giá trị/s; nhập và ghi %.2f s = %.0f giá trị/s%n",
                values, set.length() / (1024 * 1024), preview, values / preview, stored, values / stored);
    }

    private static String set(List<String> codes, int year, int months, Random random) {
        StringBuilder json = new StringBuilder("{\"dataValues\":[");
        for (int m = 1; m <= months; m++) {
            for (int c = 1; c <= COMMUNES; c++) {
                for (String code : codes) { // a rate's numerator (…8) stays below its denominator (…9)
                    json.append("{\"dataElement\":\"")
                            .append(code)
                            .append("\",\"period\":\"")
                            .append(year)
                            .append(m < 10 ? "0" : "")
                            .append(m)
                            .append("\",\"orgUnit\":\"")
                            .append(SyntheticProvince.commune(c))
                            .append("\",\"categoryOptionCombo\":\"ESTIMATE\",\"value\":\"")
                            .append(Integer.parseInt(code.substring(2)) * 1000 + random.nextInt(0, 1000))
                            .append(".5\"},");
                }
            }
        }
        json.setLength(json.length() - 1);
        return json.append("]}").toString();
    }

    private static void post(Api api, String set, boolean dryRun) {
        Api.Reply reply = api.post("/api/v1/exchange/dhis2/dataValueSets?dryRun=" + dryRun, set);
        if (reply.status() != 200) {
            throw new AssertionError(
                    reply.text().substring(0, Math.min(2000, reply.text().length())));
        }
    }
}
