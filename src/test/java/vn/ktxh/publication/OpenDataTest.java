package vn.ktxh.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.ktxh.IntegrationTest;
import vn.ktxh.account.Actor;
import vn.ktxh.api.Api;
import vn.ktxh.cycle.Cycles;
import vn.ktxh.cycle.ReportState.Move;
import vn.ktxh.data.Figures;
import vn.ktxh.plan.Plans;
import vn.ktxh.shared.Period;

/**
 * Open data, asked without signing in: a ward's report of 2036 approved gives its final figure (never its estimate) as
 * JSON and CSV with plain numbers; a report not approved gives none; the OpenAPI document describes both paths and the
 * schema field by field.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenDataTest {

    private static final Period YEAR = Period.year(2036);

    @LocalServerPort
    int port;

    @Autowired
    Plans plans;

    @Autowired
    Figures figures;

    @Autowired
    Cycles cycles;

    private Api visitor;

    @BeforeAll
    void prepare() {
        visitor = new Api(port).anonymous();
        ApprovedWardReport.prepare(plans, figures, cycles, YEAR, "11/QĐ-DLM");
        cycles.move(Actor.system(), "03388", YEAR, Move.SUBMIT, null);
    }

    @Test
    void theJsonHoldsTheApprovedFinalFigureWithItsEvaluationAndNotTheEstimate() {
        Api.Reply reply = visitor.get("/cong-khai/du-lieu.json?area=03408&period=2036");
        assertThat(reply.status()).isEqualTo(200);
        JsonNode data = reply.body();
        assertThat(data.get("schema").asString()).isEqualTo("ktxh-cong-khai/1");
        assertThat(data.get("standing").asString()).isEqualTo("PUBLISHED");
        assertThat(data.get("publishedAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(data.get("figures")).hasSize(1);
        JsonNode figure = data.get("figures").get(0);
        assertThat(figure.get("indicator").asString()).isEqualTo("GD06");
        assertThat(figure.get("value").decimalValue()).isEqualByComparingTo("95.5");
        assertThat(figure.get("percentOfPlan").decimalValue()).isEqualByComparingTo("106.1");
        assertThat(figure.get("status").asString()).isEqualTo("vượt");
    }

    @Test
    void theCsvHasOneLinePerPublishedFigureInPlainNumbers() {
        String csv = new String(
                visitor.download("/cong-khai/du-lieu.csv?area=03408&period=2036")
                        .body(),
                StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0))
                .isEqualTo(
                        "area_code,area_name,period,published_at,indicator,indicator_name,unit,value,target,percent_of_plan,status");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1))
                .startsWith("\"03408\",\"phường Tân Phong\",\"2036\",")
                .contains(",\"GD06\",", ",95.5,", ",106.1,\"vượt\"");
    }

    @Test
    void aReportNotApprovedPublishesNothing() {
        JsonNode data =
                visitor.get("/cong-khai/du-lieu.json?area=03388&period=2036").body();
        assertThat(data.get("standing").asString()).isEqualTo("NOT_PUBLISHED");
        assertThat(data.get("figures")).isEmpty();
        String csv = new String(
                visitor.download("/cong-khai/du-lieu.csv?area=03388&period=2036")
                        .body(),
                StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).hasSize(1);
        assertThat(csv).doesNotContain("88.8");
    }

    @Test
    void aRequestWithoutAUnitIsRefusedSayingWhatToSend() {
        Api.Reply reply = visitor.get("/cong-khai/du-lieu.json?period=2036");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("detail").asString()).startsWith("Thiếu mã đơn vị");
    }

    @Test
    void theOpenApiDocumentDescribesBothPathsAndTheSchema() {
        JsonNode doc = visitor.get("/v3/api-docs").body();
        JsonNode json = doc.get("paths").get("/cong-khai/du-lieu.json");
        assertThat(json.get("get")
                        .get("responses")
                        .get("200")
                        .get("content")
                        .get("application/json")
                        .get("schema")
                        .get("$ref")
                        .asString())
                .isEqualTo("#/components/schemas/OpenData");
        JsonNode csv = doc.get("paths").get("/cong-khai/du-lieu.csv").get("get");
        assertThat(csv.get("description").asString()).contains("area_code, area_name, period, published_at, indicator");
        assertThat(csv.get("responses").get("200").get("content").has("text/csv"))
                .isTrue();
        assertThat(names(doc.get("components").get("schemas").get("OpenData").get("properties")))
                .containsExactly(
                        "schema", "area", "areaName", "period", "standing", "standingLabel", "publishedAt", "figures");
        assertThat(names(doc.get("components").get("schemas").get("OpenFigure").get("properties")))
                .containsExactly("indicator", "name", "unit", "value", "target", "percentOfPlan", "status");
    }

    private static List<String> names(JsonNode object) {
        return StreamSupport.stream(object.properties().spliterator(), false)
                .map(Map.Entry::getKey)
                .toList();
    }
}
