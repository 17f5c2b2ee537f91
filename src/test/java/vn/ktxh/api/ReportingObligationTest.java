package vn.ktxh.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ktxh.IntegrationTest;

/** Which indicators a ward reports in a month: those with a target for the year, unless narrowed to other periods. */
@IntegrationTest
class ReportingObligationTest {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    @AfterEach
    void everyPeriodAgain() {
        api.put("/api/v1/indicators/NS01/reporting", "[]");
    }

    private String monthlyForm() {
        return Api.signedInPage(port, "phuong.tanphong")
                .text("/nhap-so-lieu?area=03408&period=2025-M12")
                .body();
    }

    @Test
    void aMonthsFormListsTheIndicatorsOfTheYearsTargetsWithTheYearsTarget() {
        String form = monthlyForm();
        assertThat(form).contains("id=\"v_NS01\"").contains("(KH năm 2025)");
        assertThat(api.get("/api/v1/indicators/NS01/reporting").body()).hasSize(5);
    }

    @Test
    void anIndicatorNarrowedToTheYearAndHalfIsNotAskedForEveryMonth() {
        Api.Reply set = api.put("/api/v1/indicators/NS01/reporting", "[\"YEAR\", \"HALF\"]");
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.body()).extracting(n -> n.asString()).containsExactly("YEAR", "HALF");
        assertThat(monthlyForm()).doesNotContain("id=\"v_NS01\"");
    }

    @Test
    void onlyTheAdministratorOrASynthesisOfficeDecidesAndBadTypesAreNamed() {
        assertThat(api.as("phuong.tanphong")
                        .put("/api/v1/indicators/NS01/reporting", "[\"YEAR\"]")
                        .status())
                .isEqualTo(403);
        Api.Reply bad = api.put("/api/v1/indicators/NS01/reporting", "[\"YEAR\", \"WEEK\"]");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("field").asString()).isEqualTo("[1]");
        assertThat(bad.body().get("detail").asString()).contains("WEEK");
    }
}
