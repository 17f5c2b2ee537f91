package vn.ktxh.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
        assertThat(city.post("/api/v1/reports/105/2024-M05/workflow/submit", "{}")
                        .status())
                .isEqualTo(200);
        assertThat(city.post("/api/v1/reports/105/2024-M05/workflow/approve", "{}")
                        .status())
                .isEqualTo(403);
        assertThat(city.post("/api/v1/reports/105/2024-M05/workflow/return", "{\"reason\":\"thiếu số liệu\"}")
                        .status())
                .isEqualTo(403);
        assertThat(province.post("/api/v1/reports/105/2024-M05/workflow/approve", "{}")
                        .status())
                .isEqualTo(200);
        assertThat(city.post("/api/v1/reports/105/2024-M05/workflow/reopen", "{\"reason\":\"sửa số liệu\"}")
                        .status())
                .as("the city reopens a report the province approved")
                .isEqualTo(403);
        assertThat(province.post("/api/v1/reports/105/2024-M05/workflow/reopen", "{\"reason\":\"sửa số liệu\"}")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aUnitDoesNotAdjustATargetTheLevelAboveGaveIt() {
        long givenByProvince = plan("105", "2024", "UBND tỉnh");
        String target = target("105", "2024-M06", "95"); // a month no other test evaluates
        Api.Reply adjusted = city.post("/api/v1/plans/%d/targets".formatted(givenByProvince), target);
        assertThat(adjusted.status()).isEqualTo(403);
        assertThat(adjusted.body().path("detail").asString()).contains("cấp trên");
        Api.Reply byProvince = province.post("/api/v1/plans/%d/targets".formatted(givenByProvince), target);
        assertThat(byProvince.status()).as(byProvince.text()).isEqualTo(200);
    }

    @Test
    void aUnitRecordsTheTargetsItsOwnCouncilDecided() {
        long ownCouncil = plan("105", "2024", "HĐND thành phố");
        assertThat(city.post("/api/v1/plans/%d/targets".formatted(ownCouncil), target("105", "2024-M06", "96"))
                        .status())
                .isEqualTo(200);
        assertThat(ward.post("/api/v1/plans/%d/targets".formatted(ownCouncil), target("105", "2024-M06", "97"))
                        .status())
                .as("not another unit's council")
                .isEqualTo(403);
    }

    @Test
    void aTargetGoesOnlyIntoAPlanOfItsOwnUnit() {
        long cityPlan = plan("105", "2024", "UBND tỉnh");
        Api.Reply elsewhere =
                province.post("/api/v1/plans/%d/targets".formatted(cityPlan), target("03388@2025-07-01", "2025", "90"));
        assertThat(elsewhere.status()).isIn(400, 403);
        long langSon = plan("05986", "2026-2030", "Tam Thanh");
        Api.Reply otherProvince =
                province.post("/api/v1/plans/%d/targets".formatted(langSon), target("05986", "2026", "90"));
        assertThat(otherProvince.status()).as("a Lạng Sơn ward's plan").isEqualTo(403);
    }

    @Test
    void anAgencyWorksOnItsTasksButNeitherEntersTheCommunesFiguresNorSubmitsItsReport() {
        Api agency = admin.as("vanhoa.doanket");
        String figure =
                "[{\"indicator\":\"NS01\",\"area\":\"03388\",\"period\":\"2025-M11\",\"kind\":\"ESTIMATE\",\"value\":1}]";
        assertThat(agency.put("/api/v1/figures", figure).status()).isEqualTo(403);
        assertThat(agency.post("/api/v1/reports/03388/2025-M11/workflow/submit", "{}")
                        .status())
                .isEqualTo(403);
        assertThat(agency.get("/api/v1/tasks?area=03388").status()).isEqualTo(200);
        assertThat(ward.put("/api/v1/figures", figure).status())
                .as("the ward itself enters them")
                .isEqualTo(200);
    }

    @Test
    void aPlanRecordsWhoDecidedItNotWhomItsIssuerNames() {
        Api provincePage = Api.signedInPage(port, "tonghop.laichau");
        String issuer = URLEncoder.encode("UBND tỉnh Lai Châu giao cho thành phố Lai Châu", StandardCharsets.UTF_8);
        assertThat(provincePage
                        .form(
                                "/ke-hoach",
                                "area=105&period=2023&title=Giao+ch%E1%BB%89+ti%C3%AAu+2023&decisionIssuer=" + issuer
                                        + "&decidedBy=LEVEL_ABOVE")
                        .statusCode())
                .isEqualTo(302);
        long given = plan("105", "2023", "giao cho thành phố");
        assertThat(admin.get("/api/v1/plans?area=105&period=2023").body().findValuesAsString("decidedBy"))
                .contains("LEVEL_ABOVE");
        assertThat(city.post("/api/v1/plans/%d/targets".formatted(given), target("105", "2023", "80"))
                        .status())
                .as("the city adjusts what the province gave it")
                .isEqualTo(403);
        assertThat(province.post("/api/v1/plans/%d/targets".formatted(given), target("105", "2023", "80"))
                        .status())
                .isEqualTo(200);
        assertThat(Api.signedInPage(port, "thanhpho.laichau")
                        .form("/ke-hoach", "area=105&period=2023&title=T&decidedBy=LEVEL_ABOVE")
                        .statusCode())
                .as("a unit records a plan of the level above")
                .isEqualTo(403);
    }

    @Test
    void aDepartmentWritesItsSectorsPartButNotTheWholeReport() {
        Api education = admin.as("so.giaoduc");
        String narrative = "/api/v1/reports/12/2027-M10/narrative";
        assertThat(education
                        .put(narrative, "{\"sections\":[{\"key\":\"giáo dục\",\"text\":\"Ngành giáo dục.\"}]}")
                        .status())
                .isEqualTo(200);
        assertThat(education
                        .put(narrative, "{\"sections\":[{\"key\":\"y tế dân số\",\"text\":\"x\"}]}")
                        .status())
                .as("another sector's section")
                .isEqualTo(403);
        assertThat(education
                        .put(narrative, "{\"sections\":[{\"key\":\"mở đầu\",\"text\":\"x\"}]}")
                        .status())
                .as("the whole report's introduction")
                .isEqualTo(403);
        assertThat(education
                        .put(narrative, "{\"particulars\":{\"number\":\"1\"},\"sections\":[]}")
                        .status())
                .as("the document's particulars")
                .isEqualTo(403);
        assertThat(education
                        .post("/api/v1/reports/12/2027-M10/workflow/submit", "{}")
                        .status())
                .as("the province's whole report")
                .isEqualTo(403);
        String page = Api.signedInPage(port, "so.giaoduc")
                .text("/bao-cao/noi-dung?area=12&period=2027-M10")
                .body();
        assertThat(page)
                .contains("name=\"section:giáo dục\"")
                .containsPattern("name=\"section:y tế dân số\"[^>]*disabled");
        assertThat(province.post("/api/v1/reports/12/2027-M10/workflow/submit", "{}")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void readsAreCheckedLikeWrites() {
        assertThat(ward.get("/api/v1/exchange/template?area=03408&period=2025").status())
                .as("a sibling ward's template")
                .isEqualTo(403);
        assertThat(ward.get("/api/v1/exchange/template?area=03388&period=2025").status())
                .isEqualTo(200);
        Api wardPage = Api.signedInPage(port, "phuong.doanket");
        assertThat(wardPage.text("/ke-hoach?area=03408&period=2025").statusCode())
                .as("a sibling ward's plans")
                .isEqualTo(403);
        assertThat(wardPage.text("/trao-doi/mau?area=03408&period=2025").statusCode())
                .isEqualTo(403);
    }

    private long plan(String area, String period, String issuer) {
        for (JsonNode plan : admin.get("/api/v1/plans?area=%s&period=%s".formatted(area, period))
                .body()) {
            if (plan.path("period").asString().equals(period)
                    && plan.path("issuer").asString("").contains(issuer)) {
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
