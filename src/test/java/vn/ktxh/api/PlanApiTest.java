package vn.ktxh.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.ktxh.IntegrationTest;
import vn.ktxh.account.Actor;
import vn.ktxh.area.AreaKind;
import vn.ktxh.area.Areas;
import vn.ktxh.area.NewArea;
import vn.ktxh.plan.DecidedBy;
import vn.ktxh.plan.Decision;
import vn.ktxh.plan.NewPlan;
import vn.ktxh.plan.Plans;
import vn.ktxh.shared.Period;

/** A province assigns revenue targets to its two communes, then adjusts one by a later decision. */
@IntegrationTest
class PlanApiTest {

    @LocalServerPort
    int port;

    @Autowired
    Areas areas;

    @Autowired
    Plans plans;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    private static String target(String area, String value, String decision) {
        return """
                {"indicator":"NS01","area":"%s","period":"2026","form":"VALUE","value":%s%s}""".formatted(
                area,
                value,
                decision == null ? "" : ",\"decision\":{\"number\":\"" + decision + "\",\"date\":\"2026-06-01\"}");
    }

    @Test
    void checksTheCascadeAndKeepsEveryVersionOfAnAdjustedTarget() {
        LocalDate from = LocalDate.of(2025, 7, 1);
        areas.record(new NewArea("T9000", "Thử Cascade", AreaKind.PROVINCE, null, from, null, true));
        areas.record(new NewArea("T9001", "Một", AreaKind.COMMUNE, "T9000", from, null, true));
        areas.record(new NewArea("T9002", "Hai", AreaKind.COMMUNE, "T9000", from, null, true));
        long plan = plans.create(
                        Actor.system(),
                        new NewPlan(
                                "T9000",
                                Period.parse("2026"),
                                "Giao chỉ tiêu năm 2026",
                                new Decision("10/QĐ-UBND", LocalDate.of(2025, 12, 10), "UBND tỉnh"),
                                DecidedBy.OWN_UNIT,
                                false))
                .id();
        String base = "/api/v1/plans/" + plan;
        assertThat(api.post(base + "/targets", target("T9000", "1000", null)).status())
                .isEqualTo(200);
        api.post(base + "/targets", target("T9001", "400", null));
        api.post(base + "/targets", target("T9002", "600", null));

        JsonNode matches = api.get(base + "/cascade?period=2026").body().get(0);
        assertThat(matches.get("verdict").asString()).isEqualTo("MATCHES");
        assertThat(matches.get("communeTotal").decimalValue()).isEqualByComparingTo("1000");

        Api.Reply withoutDocument = api.post(base + "/targets", target("T9002", "500", null));
        assertThat(withoutDocument.status()).isEqualTo(400);
        assertThat(withoutDocument.body().get("field").asString()).isEqualTo("decision");

        JsonNode adjusted = api.post(base + "/targets", target("T9002", "500", "25/QĐ-UBND"))
                .body();
        assertThat(adjusted.get("version").asInt()).isEqualTo(2);
        JsonNode shortNow = api.get(base + "/cascade?period=2026").body().get(0);
        assertThat(shortNow.get("verdict").asString()).isEqualTo("FALLS_SHORT");
        assertThat(shortNow.get("communeTotal").decimalValue()).isEqualByComparingTo("900");

        JsonNode history = api.get(base + "/targets/history?indicator=NS01&area=T9002&period=2026")
                .body();
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("value").decimalValue()).isEqualByComparingTo("600");
        assertThat(history.get(0).get("document").asString()).isEqualTo("10/QĐ-UBND");
        assertThat(history.get(1).get("value").decimalValue()).isEqualByComparingTo("500");
        assertThat(history.get(1).get("document").asString()).isEqualTo("25/QĐ-UBND");
    }

    @Test
    void listsAnAreasPlansWithTheirTargets() {
        JsonNode tanPhong = api.get("/api/v1/plans?area=03408&period=2025").body();
        assertThat(tanPhong).isNotEmpty();
        assertThat(tanPhong.get(0).get("targets")).isNotEmpty();
    }

    @Test
    void aPlanNamesItsMainIndicatorsWithOrWithoutATarget() {
        LocalDate from = LocalDate.of(2025, 7, 1);
        areas.record(new NewArea("T9100", "Thử Chủ Yếu", AreaKind.COMMUNE, null, from, null, true));
        long plan = plans.create(
                        Actor.system(),
                        new NewPlan(
                                "T9100",
                                Period.parse("2026"),
                                "Kế hoạch năm 2026",
                                new Decision("11/QĐ-UBND", LocalDate.of(2025, 12, 10), "UBND xã"),
                                DecidedBy.OWN_UNIT,
                                false))
                .id();
        String base = "/api/v1/plans/" + plan;
        String mainTarget = target("T9100", "1000", null).replace("}", ",\"main\":true}");
        assertThat(api.post(base + "/targets", mainTarget).body().get("main").asBoolean())
                .isTrue();
        assertThat(api.put(base + "/main-indicators", "{\"indicator\":\"VH01\",\"main\":true}")
                        .body())
                .extracting(JsonNode::asString)
                .containsExactly("NS01", "VH01");
        assertThat(plans.mainIndicators(
                        areas.require("T9100", Period.parse("2026-Q2"), "area"), Period.parse("2026-Q2")))
                .as("a quarter takes the main indicators of its year's plan")
                .containsExactly("NS01", "VH01");

        api.put(base + "/main-indicators", "{\"indicator\":\"NS01\",\"main\":false}");
        JsonNode listed = api.get("/api/v1/plans?area=T9100&period=2026")
                .body()
                .get(0)
                .get("targets")
                .get(0);
        assertThat(listed.get("main").asBoolean()).as("no longer main").isFalse();

        Api.Reply unknown = api.put(base + "/main-indicators", "{\"indicator\":\"XX99\",\"main\":true}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().get("field").asString()).isEqualTo("indicator");
    }
}
