package vn.ktxh.plan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ktxh.IntegrationTest;
import vn.ktxh.api.Api;
import vn.ktxh.plan.Plans;

/**
 * Giao chỉ tiêu cho cấp xã in one grid: the province office pre-fills the communes' targets from its own, sees the
 * check agree, saves them all at once; a value typed short of the province's rate turns the check; a ward cannot
 * assign. Year 2029 belongs to this test alone.
 */
@IntegrationTest
class CascadePageTest {

    private static final Pattern CELL = Pattern.compile("name=\"(o:YT09:\\d+)\"[^>]*?value=\"([^\"]*)\"");

    @LocalServerPort
    int port;

    @Autowired
    Plans plans;

    @Test
    void theProvinceOfficePrefillsChecksAndSavesTheCommunesTargetsAndAWardCannot() {
        Api office = Api.signedInPage(port, "tonghop.laichau");
        office.form(
                "/ke-hoach",
                "area=12&period=2029&title=K%E1%BA%BF+ho%E1%BA%A1ch+n%C4%83m+2029"
                        + "&decisionNumber=2901%2FQ%C4%90-UBND&decisionDate=2028-12-10&decisionIssuer=UBND+t%E1%BB%89nh+Lai+Ch%C3%A2u&decidedBy=OWN_UNIT");
        String plan = planId("Kế hoạch năm 2029"); // by its title: other tests of the context make plans of 2029 too
        assertThat(office.form(
                                "/ke-hoach/" + plan + "/chi-tieu",
                                "area=12&shown=2029&indicator=YT09&target-area=12&period=2029&form=AT_LEAST&value=95")
                        .statusCode())
                .isEqualTo(302);

        String grid = office.text("/ke-hoach/" + plan + "/giao-xa?period=2029&rule=POPULATION_SHARE")
                .body();
        Map<String, String> cells = cells(grid);
        assertThat(cells)
                .as("one cell per commune of the province on the period's last day")
                .hasSizeGreaterThan(30);
        assertThat(cells.values())
                .as("a rate is pre-filled at the province's level")
                .containsOnly("95");
        assertThat(grid).contains("id=\"kiem-tra-YT09\" data-verdict=\"MATCHES\"");

        Map<String, String> short1 = new LinkedHashMap<>(cells);
        short1.replaceAll((cell, value) -> "90");
        String check = office.form("/ke-hoach/" + plan + "/giao-xa/kiem-tra", body(short1))
                .body();
        assertThat(check).contains("data-verdict=\"FALLS_SHORT\"");

        var saved = office.form("/ke-hoach/" + plan + "/giao-xa", body(cells));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(office.text("/ke-hoach/" + plan + "/giao-xa?period=2029").body())
                .contains("Đã giao " + cells.size() + " chỉ tiêu cho cấp xã")
                .contains("id=\"kiem-tra-YT09\" data-verdict=\"MATCHES\"");

        Api ward = Api.signedInPage(port, "phuong.tanphong");
        var refused = ward.form("/ke-hoach/" + plan + "/giao-xa", body(short1));
        assertThat(refused.statusCode())
                .as("a ward neither reads the province's grid nor assigns")
                .isIn(403, 404);
        assertThat(office.text("/ke-hoach/" + plan + "/giao-xa?period=2029").body())
                .doesNotContain("value=\"90\"");
    }

    private String planId(String title) {
        for (var plan : new Api(port).get("/api/v1/plans?area=12&period=2029").body()) {
            if (plan.path("title").asString().equals(title)) {
                return plan.path("id").asString();
            }
        }
        throw new AssertionError("no plan " + title);
    }

    private static Map<String, String> cells(String page) {
        Map<String, String> cells = new LinkedHashMap<>();
        var m = CELL.matcher(page);
        while (m.find()) {
            cells.put(m.group(1), m.group(2));
        }
        return cells;
    }

    private static String body(Map<String, String> cells) {
        return "period=2029&"
                + cells.entrySet().stream()
                        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
    }
}
