package vn.ktxh.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.ktxh.IntegrationTest;

/**
 * The duties of the documents: a unit reports, the office above approves, returns, reopens and assigns its targets;
 * the unit records only what its own council decided; no id of a request reaches outside the caller's units.
 */
@IntegrationTest
class SeparationOfDutiesTest {

    @LocalServerPort
    int port;

    Api admin;
    Api city;
    Api province;
    Api ward;

    @BeforeEach
    void connect() {
        admin = new Api(port);
        city = admin.as("thanhpho.laichau");
        province = admin.as("tonghop.laichau");
        ward = admin.as("phuong.doanket");
    }

    @Test
    void anOfficeNeitherApprovesNorReopensItsOwnUnitsReport() {
        assertThat(city.post("/api/v1/reports/105/2024-M05/workflow/submit", "{}").status()).isEqualTo(200);
        assertThat(city.post("/api/v1/reports/105/2024-M05/workflow/approve", "{}").status()).isEqualTo(403);
        assertThat(city.post("/api/v1/reports/105/2024-M05/workflow/return", "{\"reason\":\"thiếu số liệu\"}").status()).isEqualTo(403);
        assertThat(province.post("/api/v1/reports/105/2024-M05/workflow/approve", "{}").status()).isEqualTo(200);
        assertThat(city.post("/api/v1/reports/105/2024-M05/workflow/reopen", "{\"reason\":\"sửa số liệu\"}").status())
                .as("the city reopens a report the province approved").isEqualTo(403);
        assertThat(province.post("/api/v1/reports/105/2024-M05/workflow/reopen", "{\"reason\":\"sửa số liệu\"}").status()).isEqualTo(200);
    }

    @Test
    void aUnitDoesNotAdjustATargetTheLevelAboveGaveIt() {
        long givenByProvince = plan("105", "2024", "UBND tỉnh");
        String target = target("105", "2024-M06", "95"); // a month no other test evaluates
        Api.Reply adjusted = city.post("/api/v1/plans/%d/targets".formatted(givenByProvince), target);
        assertThat(adjusted.status()).isEqualTo(403);
        assertThat(adjusted.body().path("detail").asString()).contains("cấp trên");
        assertThat(province.post("/api/v1/plans/%d/targets".formatted(givenByProvince), target).status()).isEqualTo(200);
    }

    @Test
    void aUnitRecordsTheTargetsItsOwnCouncilDecided() {
        long ownCouncil = plan("105", "2024", "HĐND thành phố");
        assertThat(city.post("/api/v1/plans/%d/targets".formatted(ownCouncil), target("105", "2024-M06", "96")).status()).isEqualTo(200);
        assertThat(ward.post("/api/v1/plans/%d/targets".formatted(ownCouncil), target("105", "2024-M06", "97")).status())
                .as("not another unit's council").isEqualTo(403);
    }

    @Test
    void aTargetGoesOnlyIntoAPlanOfItsOwnUnit() {
        long cityPlan = plan("105", "2024", "UBND tỉnh");
        Api.Reply elsewhere = province.post("/api/v1/plans/%d/targets".formatted(cityPlan), target("03388@2025-07-01", "2025", "90"));
        assertThat(elsewhere.status()).isIn(400, 403);
        long langSon = plan("05986", "2026-2030", "Tam Thanh");
        Api.Reply otherProvince = province.post("/api/v1/plans/%d/targets".formatted(langSon), target("05986", "2026", "90"));
        assertThat(otherProvince.status()).as("a Lạng Sơn ward's plan").isEqualTo(403);
    }

    @Test
    void anAgencyWorksOnItsTasksButNeitherEntersTheCommunesFiguresNorSubmitsItsReport() {
        Api agency = admin.as("vanhoa.doanket");
        String figure = "[{\"indicator\":\"NS01\",\"area\":\"03388\",\"period\":\"2025-M11\",\"kind\":\"ESTIMATE\",\"value\":1}]";
        assertThat(agency.put("/api/v1/figures", figure).status()).isEqualTo(403);
        assertThat(agency.post("/api/v1/reports/03388/2025-M11/workflow/submit", "{}").status()).isEqualTo(403);
        assertThat(agency.get("/api/v1/tasks?area=03388").status()).isEqualTo(200);
        assertThat(ward.put("/api/v1/figures", figure).status()).as("the ward itself enters them").isEqualTo(200);
    }

    @Test
    void readsAreCheckedLikeWrites() {
        assertThat(ward.get("/api/v1/exchange/template?area=03408&period=2025").status()).as("a sibling ward's template").isEqualTo(403);
        assertThat(ward.get("/api/v1/exchange/template?area=03388&period=2025").status()).isEqualTo(200);
        Api wardPage = Api.signedInPage(port, "phuong.doanket");
        assertThat(wardPage.text("/ke-hoach?area=03408&period=2025").statusCode()).as("a sibling ward's plans").isEqualTo(403);
        assertThat(wardPage.text("/trao-doi/mau?area=03408&period=2025").statusCode()).isEqualTo(403);
    }

    private long plan(String area, String period, String issuer) {
        for (JsonNode plan : admin.get("/api/v1/plans?area=%s&period=%s".formatted(area, period)).body()) {
            if (plan.path("issuer").asString("").contains(issuer)) {
                return plan.path("id").asLong();
            }
        }
        throw new AssertionError("no plan of " + area + " issued by " + issuer);
    }

    private static String target(String area, String period, String value) {
        return """
                {"indicator":"LD05","area":"%s","period":"%s","form":"VALUE","value":%s,
                 "decision":{"number":"99/QĐ-UBND","date":"2024-06-01","issuer":"thử"}}""".formatted(area, period, value);
    }
}
