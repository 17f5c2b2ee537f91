package vn.ktxh.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.ktxh.IntegrationTest;
import vn.ktxh.account.Actor;
import vn.ktxh.api.Api;
import vn.ktxh.cycle.Cycles;
import vn.ktxh.cycle.ReportState;
import vn.ktxh.data.FigureInput;
import vn.ktxh.data.Figures;
import vn.ktxh.exchange.ExchangeApiTest.FigureSnapshot;
import vn.ktxh.shared.Period;

/**
 * DHIS2's dataValueSets as a national system uses them: the city's 2024 figures exported, imported back unchanged
 * (nothing written, nothing audited), imported into a year without figures identically, and the example of DHIS2's own
 * documentation refused by name for every code that does not map, until the mapping says what the codes are.
 */
@IntegrationTest
class Dhis2ExchangeTest {

    static final String SETS = "/api/v1/exchange/dhis2/dataValueSets";
    static final String MAPPINGS = "/api/v1/exchange/dhis2/mappings";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Figures figures;

    @Autowired
    Cycles cycles;

    Api api;
    FigureSnapshot before;

    @BeforeEach
    void connect() {
        api = new Api(port);
        before = FigureSnapshot.take(db);
        mapping("kind,dhis2,code\n");
    }

    @AfterEach
    void putBack() {
        before.restore(db, events);
        mapping("kind,dhis2,code\n");
    }

    @Test
    void theCitysFiguresExportedAndImportedBackChangeNothingAndAuditNothing() {
        JsonNode exported = api.get(SETS + "?area=105&period=2024").body();
        List<JsonNode> values = items(exported);
        assertThat(values).hasSizeGreaterThan(10);
        assertThat(values).allSatisfy(v -> {
            assertThat(v.get("period").asString()).isEqualTo("2024");
            assertThat(v.get("orgUnit").asString()).isEqualTo("105");
            assertThat(v.get("categoryOptionCombo").asString()).isIn("ESTIMATE", "FINAL");
            assertThat(v.get("value").asString()).matches("-?\\d+(\\.\\d+)?");
        });
        long audited = audit();

        JsonNode summary = ok(api.post(SETS, exported.toString()));

        assertThat(summary.get("dryRun").asBoolean()).isFalse();
        assertThat(summary.get("importCount").get("imported").asInt()).isZero();
        assertThat(summary.get("importCount").get("updated").asInt()).isZero();
        assertThat(summary.get("importCount").get("ignored").asInt()).isEqualTo(values.size());
        assertThat(audit()).as("nothing audited").isEqualTo(audited);
        assertThat(FigureSnapshot.take(db)).as("nothing written").isEqualTo(before);
    }

    @Test
    void theCitysFiguresImportedIntoAYearWithoutFiguresExportIdentically() {
        JsonNode exported = api.get(SETS + "?area=105&period=2024").body();
        assertThat(items(api.get(SETS + "?area=105&period=2021").body()))
                .as("2021 has no figures of the city")
                .isEmpty();
        String into2021 = exported.toString().replace("\"period\":\"2024\"", "\"period\":\"2021\"");

        JsonNode summary = ok(api.post(SETS, into2021));

        assertThat(summary.get("importCount").get("imported").asInt())
                .isEqualTo(items(exported).size());
        assertThat(api.get(SETS + "?area=105&period=2021").body().toString()).isEqualTo(into2021);
    }

    @Test
    void aDryRunShowsTheChangeAndWritesNothing() {
        JsonNode exported = api.get(SETS + "?area=105&period=2024").body();
        JsonNode first = items(exported).get(0);
        String changed = exported.toString()
                .replaceFirst(
                        "\"value\":\"" + Pattern.quote(first.get("value").asString()) + "\"",
                        "\"value\":\""
                                + new BigDecimal(first.get("value").asString())
                                        .add(BigDecimal.ONE)
                                        .toPlainString() + "\"");

        JsonNode summary = ok(api.post(SETS + "?dryRun=true", changed));

        assertThat(summary.get("importCount").get("updated").asInt()).isEqualTo(1);
        assertThat(summary.get("changes").get(0).get("place").asString()).isEqualTo("dataValues[0].value");
        assertThat(summary.get("description").asString())
                .startsWith("Xem trước (dryRun): 0 giá trị mới, 1 giá trị sửa");
        assertThat(FigureSnapshot.take(db)).as("nothing written").isEqualTo(before);
    }

    @Test
    void aFigureOfAnApprovedReportStaysLockedAgainstAnImport() {
        Period year = Period.year(2037);
        figures.store(
                Actor.system(),
                List.of(new FigureInput("GD06", "03408", "2037", "FINAL", "80", null, "thử")),
                "thu",
                null);
        cycles.move(Actor.system(), "03408", year, ReportState.Move.SUBMIT, null);
        cycles.move(Actor.system(), "03408", year, ReportState.Move.APPROVE, null);
        FigureSnapshot approved = FigureSnapshot.take(db);
        long audited = audit();

        Api.Reply reply = api.post(SETS, """
                {"dataValues": [{"dataElement": "GD06", "period": "2037", "orgUnit": "03408", "categoryOptionCombo": "FINAL", "value": "81"}]}
                """);

        assertThat(reply.status()).as(reply.text()).isEqualTo(409);
        assertThat(reply.body().get("detail").asString()).contains("phường Tân Phong");
        assertThat(FigureSnapshot.take(db)).as("nothing written").isEqualTo(approved);
        assertThat(audit()).isEqualTo(audited);
    }

    @Test
    void theExampleOfDhis2sDocumentationIsRefusedNamingEveryCodeThatDoesNotMap() throws IOException {
        String example = resource("/exchange/dhis2/datavalueset-from-dhis2-docs.json");
        String unmappedUnit =
                "\"DiszpKrYNg8\" không phải mã đơn vị của KTXH và chưa có trong bảng ánh xạ DHIS2 (orgUnit → mã đơn vị)";
        String noCombo =
                "không ghi categoryOptionCombo (tổ hợp mặc định \"default\" của DHIS2) mà \"default\" chưa được ánh xạ sang ESTIMATE (ước thực hiện) hoặc FINAL (thực hiện)";

        assertThat(refused(api.post(SETS, example)))
                .containsExactly(
                        "dataValues[0].dataElement: \"f7n9E0hX8qk\" không phải mã chỉ tiêu của KTXH và chưa có trong bảng ánh xạ DHIS2 (dataElement → mã chỉ tiêu)",
                        "dataValues[0].orgUnit: " + unmappedUnit,
                        "dataValues[0].categoryOptionCombo: " + noCombo,
                        "dataValues[1].dataElement: \"Ix2HsbDMLea\" không phải mã chỉ tiêu của KTXH và chưa có trong bảng ánh xạ DHIS2 (dataElement → mã chỉ tiêu)",
                        "dataValues[1].orgUnit: " + unmappedUnit,
                        "dataValues[1].categoryOptionCombo: " + noCombo,
                        "dataValues[2].dataElement: \"eY5ehpbEsB7\" không phải mã chỉ tiêu của KTXH và chưa có trong bảng ánh xạ DHIS2 (dataElement → mã chỉ tiêu)",
                        "dataValues[2].orgUnit: " + unmappedUnit,
                        "dataValues[2].categoryOptionCombo: " + noCombo);

        mapping(
                "kind,dhis2,code\nDATA_ELEMENT,f7n9E0hX8qk,KT02\nORG_UNIT,DiszpKrYNg8,105\nCATEGORY_OPTION_COMBO,default,FINAL\n");

        assertThat(refused(api.post(SETS + "?dryRun=true", example)))
                .containsExactly(
                        "dataValues[0].orgUnit: Không có đơn vị hành chính mã \"105\" trong tháng 1 năm 2014",
                        "dataValues[1].dataElement: \"Ix2HsbDMLea\" không phải mã chỉ tiêu của KTXH và chưa có trong bảng ánh xạ DHIS2 (dataElement → mã chỉ tiêu)",
                        "dataValues[2].dataElement: \"eY5ehpbEsB7\" không phải mã chỉ tiêu của KTXH và chưa có trong bảng ánh xạ DHIS2 (dataElement → mã chỉ tiêu)");
        assertThat(FigureSnapshot.take(db)).as("nothing written").isEqualTo(before);
    }

    @Test
    void exportsThroughTheMappingAndRefusesAMappingToCodesKtxhDoesNotHave() {
        mapping(
                "kind,dhis2,code\nDATA_ELEMENT,f7n9E0hX8qk,KT02\nORG_UNIT,DiszpKrYNg8,105\nCATEGORY_OPTION_COMBO,HllvX50cXC0,ESTIMATE\n");
        List<JsonNode> values =
                items(api.get(SETS + "?area=DiszpKrYNg8&period=2024").body());
        assertThat(values)
                .filteredOn(v -> v.get("dataElement").asString().equals("f7n9E0hX8qk"))
                .isNotEmpty()
                .allSatisfy(v -> assertThat(v.get("orgUnit").asString()).isEqualTo("DiszpKrYNg8"));
        assertThat(values)
                .extracting(v -> v.get("categoryOptionCombo").asString())
                .containsOnly("HllvX50cXC0"); // the city's 2024 figures are estimates

        Api.Reply reply = api.upload(
                MAPPINGS,
                "m.csv",
                "kind,dhis2,code\nDATA_ELEMENT,abc,XX99\nORG_UNIT,abc,105\nOTHER,x,y\nORG_UNIT,abd,105\n"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(texts(reply.body().get("errors"), "message"))
                .containsExactly(
                        "Dòng 2: \"XX99\" không phải mã chỉ tiêu của KTXH",
                        "Dòng 4: loại \"OTHER\" không hợp lệ; dùng DATA_ELEMENT, ORG_UNIT hoặc CATEGORY_OPTION_COMBO",
                        "Dòng 5: orgUnit \"abd\" hoặc mã \"105\" đã có ở dòng trước; mỗi mã chỉ ánh xạ một lần");
        assertThat(api.get(MAPPINGS).text()).as("the mapping kept").contains("f7n9E0hX8qk");
    }

    @Test
    void theOpenApiDocumentDescribesTheDataValueSetBothWays() {
        JsonNode doc = api.get("/v3/api-docs").body();
        JsonNode path = doc.get("paths").get(SETS);
        String schema = "#/components/schemas/Dhis2DataValueSet";
        assertThat(path.get("get")
                        .get("responses")
                        .get("200")
                        .get("content")
                        .get("application/json")
                        .get("schema")
                        .get("$ref")
                        .asString())
                .isEqualTo(schema);
        assertThat(path.get("post")
                        .get("requestBody")
                        .get("content")
                        .get("application/json")
                        .get("schema")
                        .get("$ref")
                        .asString())
                .isEqualTo(schema);
        JsonNode value =
                doc.get("components").get("schemas").get("Dhis2DataValue").get("properties");
        assertThat(StreamSupport.stream(value.properties().spliterator(), false)
                        .map(Map.Entry::getKey)
                        .toList())
                .containsExactly("dataElement", "period", "orgUnit", "categoryOptionCombo", "value", "comment");
    }

    private void mapping(String csv) {
        Api.Reply reply = api.upload(MAPPINGS, "m.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    }

    private long audit() {
        return db.sql("select count(*) from figure_audit").query(Long.class).single();
    }

    private static JsonNode ok(Api.Reply reply) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply.body();
    }

    private static List<String> refused(Api.Reply reply) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        return texts(reply.body().get("errors"), "message");
    }

    private static List<JsonNode> items(JsonNode set) {
        return StreamSupport.stream(set.get("dataValues").spliterator(), false).toList();
    }

    private static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(n -> n.get(field).asString())
                .toList();
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = Dhis2ExchangeTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
