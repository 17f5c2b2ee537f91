package vn.ktxh.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.ktxh.IntegrationTest;

@IntegrationTest
class ApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    private static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(n -> n.get(field).asString())
                .toList();
    }

    private static JsonNode row(JsonNode array, String field, String value) {
        return StreamSupport.stream(array.spliterator(), false)
                .filter(n -> value.equals(n.get(field).asString()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(value + " not in " + array));
    }

    private int figuresOf(String indicator) {
        return db.sql("select count(*) from figure where indicator_code = ?")
                .param(indicator)
                .query(Integer.class)
                .single();
    }

    @Test
    void listsTheUnitsOfADayFoundWithoutDiacritics() {
        JsonNode before = api.get("/api/v1/areas?asOf=2024-12-31&q=tan%20phong").body();
        assertThat(texts(before, "code")).containsExactly("03387");
        assertThat(before.get(0).get("parentCode").asString()).isEqualTo("105");
        assertThat(before.get(0).get("validTo").asString()).isEqualTo("2025-06-30");
        JsonNode after = api.get("/api/v1/areas?asOf=2025-07-01&q=tan%20phong").body();
        assertThat(texts(after, "code")).containsExactly("03408");
        assertThat(after.get(0).get("name").asString()).isEqualTo("phường Tân Phong");
        assertThat(after.get(0).get("kind").asString()).isEqualTo("phường");
    }

    @Test
    void tellsALinesPredecessorsAndSuccessors() {
        JsonNode tanPhong = api.get("/api/v1/areas/03408/lineage").body();
        assertThat(texts(tanPhong.get("predecessors"), "code"))
                .containsExactlyInAnyOrder("03387", "03408", "03409", "03415", "03418");
        assertThat(tanPhong.get("predecessors").get(0).get("event").asString()).isEqualTo("sáp nhập");
        assertThat(tanPhong.get("predecessors").get(0).get("date").asString()).isEqualTo("2025-07-01");
        JsonNode dongPhong =
                api.get("/api/v1/areas/03408/lineage?asOf=2024-01-01").body();
        assertThat(dongPhong.get("name").asString()).isEqualTo("phường Đông Phong");
        assertThat(texts(dongPhong.get("successors"), "code")).containsExactly("03408");
        assertThat(dongPhong.get("successors").get(0).get("name").asString()).isEqualTo("phường Tân Phong");
    }

    @Test
    void searchesTheCatalogue() {
        JsonNode found = api.get("/api/v1/indicators?q=dao%20tao%20nghe").body();
        JsonNode training = row(found, "code", "LD05");
        assertThat(training.get("unit").asString()).isEqualTo("người");
        assertThat(training.get("direction").asString()).isEqualTo("UP");
        assertThat(training.get("aggregation").asString()).isEqualTo("SUM");
    }

    @Test
    void evaluatesTheCityIn2024AsTheReportPrintsIt() {
        Api.Reply reply = api.get("/api/v1/evaluations?area=105&period=2024");
        assertThat(reply.status()).isEqualTo(200);
        JsonNode training = row(reply.body(), "indicator", "LD05");
        assertThat(training.get("percentOfPlan").isNumber()).isTrue();
        assertThat(training.get("percentOfPlan").decimalValue()).isEqualByComparingTo("88.4");
        assertThat(training.get("target").decimalValue()).isEqualByComparingTo("250");
        assertThat(training.get("value").decimalValue()).isEqualByComparingTo("221");
        assertThat(training.get("status").asString()).isEqualTo("MISSED");
        assertThat(training.get("kind").asString()).isEqualTo("ESTIMATE");
        assertThat(row(reply.body(), "indicator", "YT04").get("percentOfPlan").decimalValue())
                .isEqualByComparingTo("100.4");
    }

    @Test
    void storesFiguresAndRollsUpAMergedWardsYearBeforeTheMerger() {
        Api.Reply stored = api.put("/api/v1/figures", """
                [{"indicator":"YT01","area":"03387","period":"2023","kind":"FINAL","value":10000,"unit":"người"},
                 {"indicator":"YT01","area":"03408","period":"2023","kind":"FINAL","value":"12.000"},
                 {"indicator":"YT01","area":"03409","period":"2023","kind":"FINAL","value":"6.456"},
                 {"indicator":"YT01","area":"03415","period":"2023","kind":"FINAL","value":4000},
                 {"indicator":"YT01","area":"03418","period":"2023","kind":"FINAL","value":4000}]
                """);
        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.body().get("stored").asInt()).isEqualTo(5);
        JsonNode rollUp = api.get("/api/v1/rollups?area=03408@2025-07-01&period=2023&indicator=YT01")
                .body();
        assertThat(rollUp.get("name").asString()).isEqualTo("phường Tân Phong");
        assertThat(rollUp.get("value").decimalValue()).isEqualByComparingTo("36456");
        assertThat(texts(rollUp.get("contributors"), "code"))
                .containsExactlyInAnyOrder("03387", "03408", "03409", "03415", "03418");
        assertThat(row(rollUp.get("contributors"), "code", "03408").get("name").asString())
                .isEqualTo("phường Đông Phong");
    }

    @Test
    void aRollUpThatCannotBeMadeSaysWhy() {
        JsonNode rollUp =
                api.get("/api/v1/rollups?area=12&period=2022&indicator=KT02").body();
        assertThat(rollUp.get("value").isNull()).isTrue();
        assertThat(rollUp.get("remark").asString()).contains("không tổng hợp được");
    }

    @Test
    void convertsAConvertibleUnitAndAuditsEveryChange() {
        api.put("/api/v1/figures", """
                [{"indicator":"NS01","area":"03389","period":"2023-Q2","kind":"ESTIMATE","value":"1,5","unit":"tỷ đồng"}]""");
        api.put("/api/v1/figures", """
                [{"indicator":"NS01","area":"03389","period":"2023-Q2","kind":"ESTIMATE","value":"1.595,3"}]""");
        JsonNode history = api.get("/api/v1/figures/history?area=03389&period=2023-Q2&indicator=NS01")
                .body();
        assertThat(history).hasSize(2);
        assertThat(history.get(0).propertyNames())
                .as("each line of the history, flat")
                .containsExactly(
                        "event",
                        "kind",
                        "oldValue",
                        "newValue",
                        "oldSource",
                        "newSource",
                        "changedBy",
                        "changedAt",
                        "reason");
        assertThat(history.get(0).get("oldValue").isNull()).isTrue();
        assertThat(history.get(0).get("newValue").decimalValue()).isEqualByComparingTo("1500");
        assertThat(history.get(1).get("oldValue").decimalValue()).isEqualByComparingTo("1500");
        assertThat(history.get(1).get("newValue").decimalValue()).isEqualByComparingTo("1595.3");
        assertThat(history.get(1).get("changedBy").asString())
                .as("the signed-in account")
                .isEqualTo("quantri");
    }

    @Test
    void aBatchOfNewAndChangedFiguresStoresBothAndAuditsTheChange() {
        api.put("/api/v1/figures", """
                [{"indicator":"NS01","area":"03389","period":"2023-Q3","kind":"ESTIMATE","value":100}]""");
        Api.Reply mixed = api.put("/api/v1/figures", """
                [{"indicator":"NS01","area":"03389","period":"2023-Q3","kind":"ESTIMATE","value":120},
                 {"indicator":"NS01","area":"03389","period":"2023-Q3","kind":"FINAL","value":125}]""");
        assertThat(mixed.body().get("stored").asInt()).isEqualTo(2);
        JsonNode history = api.get("/api/v1/figures/history?area=03389&period=2023-Q3&indicator=NS01")
                .body();
        // the change and the new final figure were stored in one transaction: same instant, any order
        assertThat(history)
                .extracting(n -> n.get("event").asString())
                .containsExactlyInAnyOrder("tạo mới", "sửa", "tạo mới");
        JsonNode change = row(history, "event", "sửa");
        assertThat(change.get("oldValue").decimalValue()).isEqualByComparingTo("100");
        assertThat(change.get("newValue").decimalValue()).isEqualByComparingTo("120");
        assertThat(row(history, "kind", "FINAL").get("newValue").decimalValue()).isEqualByComparingTo("125");
    }

    /** A good figure travels with each bad one: the request must store neither. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown indicator | {"indicator":"KHONGCO","area":"105","period":"2024","value":1}                    | [1].indicator | KHONGCO
            unknown area      | {"indicator":"LD05","area":"99999","period":"2024","value":1}                     | [1].area      | 99999
            English notation  | {"indicator":"LD05","area":"105","period":"2024","value":"1,595.3"}               | [1].value     | 1.595,3
            ambiguous dot     | {"indicator":"LD05","area":"105","period":"2024","value":"1.5"}                   | [1].value     | không rõ nghĩa
            negative          | {"indicator":"LD05","area":"105","period":"2024","value":-5}                       | [1].value     | không nhận giá trị âm
            wrong unit        | {"indicator":"NS01","area":"105","period":"2024","value":5,"unit":"người"}        | [1].unit      | triệu đồng
            percent over 100  | {"indicator":"GD04","area":"105","period":"2024","value":"120"}                   | [1].value     | tối đa
            bad period        | {"indicator":"LD05","area":"105","period":"2024-Q7","value":1}                    | [1].period    | 2024-Q7
            bad kind          | {"indicator":"LD05","area":"105","period":"2024","kind":"GUESS","value":1}        | [1].kind      | GUESS
            not a number      | {"indicator":"LD05","area":"105","period":"2024","value":"nhiều"}                 | [1].value     | không phải là số
            wrong level       | {"indicator":"NN15","area":"03408","period":"2025","value":1}                     | [1].area      | không áp dụng cho cấp xã
            """)
    void refusesBadItemsNamingThemAndStoresNothing(String name, String bad, String field, String message) {
        int before = figuresOf("LD05") + figuresOf("NS01") + figuresOf("GD04");
        Api.Reply reply = api.put(
                "/api/v1/figures",
                "[{\"indicator\":\"LD05\",\"area\":\"105\",\"period\":\"2022\",\"value\":7}, " + bad + "]");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body().get("field").asString()).isEqualTo(field);
        assertThat(reply.body().get("detail").asString())
                .contains("Dòng số liệu thứ 2")
                .contains(message);
        assertThat(figuresOf("LD05") + figuresOf("NS01") + figuresOf("GD04")).isEqualTo(before);
    }

    @Test
    void refusesMalformedJsonInVietnamese() {
        Api.Reply reply = api.put("/api/v1/figures", "[{\"indicator\": \"LD05\", ");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body().get("detail").asString()).startsWith("Nội dung gửi lên không phải JSON hợp lệ");
    }

    @Test
    void refusesTheSameFigureTwiceInOneRequest() {
        Api.Reply reply = api.put("/api/v1/figures", """
                [{"indicator":"LD05","area":"105","period":"2021","value":1},
                 {"indicator":"LD05","area":"105","period":"2021","value":2}]""");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("detail").asString()).contains("hai lần");
    }

    @Test
    void describesItselfAndReportsItsHealth() {
        assertThat(api.get("/v3/api-docs").body().get("paths").has("/api/v1/evaluations"))
                .isTrue();
        assertThat(api.get("/actuator/health").body().get("status").asString()).isEqualTo("UP");
    }
}
