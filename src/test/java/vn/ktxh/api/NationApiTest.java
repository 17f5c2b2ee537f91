package vn.ktxh.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ktxh.IntegrationTest;

/** Cả nước above the provinces, read by the ministry level; the kept roll-ups checked by the administrator only. */
@IntegrationTest
class NationApiTest {

    @LocalServerPort
    int port;

    @Test
    void theNationIsMadeOfTheProvincesOfEachDate() {
        Api ministry = new Api(port).as("tonghop.quocgia");
        Api.Reply before = ministry.get("/api/v1/rollups?area=VN&period=2024&indicator=NS01");
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.body().get("missing").size()
                        + before.body().get("contributors").size())
                .as("63 provinces in 2024")
                .isEqualTo(63);
        Api.Reply after = ministry.get("/api/v1/rollups?area=VN&period=2026&indicator=NS01");
        assertThat(after.body().get("missing").size()
                        + after.body().get("contributors").size())
                .as("34 from 2025-07-01")
                .isEqualTo(34);
    }

    @Test
    void theNationsPlanIsTheNationalAssemblysResolutionWithItsFifteenMainIndicators() {
        Api ministry = new Api(port).as("tonghop.quocgia");
        var plans = ministry.get("/api/v1/plans?area=VN&period=2025").body();
        assertThat(plans.size()).isEqualTo(1);
        var resolution = plans.get(0);
        assertThat(resolution.get("document").asText()).isEqualTo("158/2024/QH15");
        assertThat(resolution.get("issuer").asText()).isEqualTo("Quốc hội");
        assertThat(resolution.get("targets").size())
                .as("15 clauses, clause 7 with two figures")
                .isEqualTo(16);
        assertThat(ministry.get("/api/v1/plans/" + resolution.get("id").asLong() + "/main-indicators")
                        .body()
                        .size())
                .isEqualTo(16);
        var evaluation = ministry.get("/api/v1/evaluations?area=VN&period=2025");
        assertThat(evaluation.status()).isEqualTo(200);
        assertThat(evaluation.text()).contains("QG01", "YT09", "LD06");
        assertThat(new Api(port)
                        .as("tonghop.laichau")
                        .get("/api/v1/plans?area=VN&period=2025")
                        .status())
                .as("a province reads its own subtree, not the nation")
                .isEqualTo(403);
    }

    @Test
    void theCheckOfKeptRollUpsIsTheAdministratorsAndFindsNoDifference() {
        assertThat(new Api(port)
                        .as("tonghop.quocgia")
                        .get("/api/v1/admin/rollup-check")
                        .status())
                .isEqualTo(403);
        Api.Reply check = new Api(port).get("/api/v1/admin/rollup-check");
        assertThat(check.status()).isEqualTo(200);
        assertThat(check.body().get("consistent").asBoolean()).isTrue();
        assertThat(check.body().get("kept").asLong()).isPositive();
    }
}
