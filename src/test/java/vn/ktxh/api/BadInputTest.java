package vn.ktxh.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ktxh.IntegrationTest;

/**
 * Input no figure or text can be, through every door (JSON numbers and strings, a typed JSON field, a form,
 * an uploaded CSV or workbook): refused with a short Vietnamese message naming the field, nothing stored.
 */
@IntegrationTest
class BadInputTest {

    static final String UPLOAD = "/api/v1/exchange/uploads?area=105&period=2024";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    private int figures() {
        return db.sql("select count(*) from figure").query(Integer.class).single();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "1e4000000",
                "1e100000",
                "1e131072",
                "-1e131072",
                "1e-100000",
                "123456789012345678901234",
                "1.2345678901234567890123",
                "\"1000000000000000000000000\"",
                "\"1.000.000.000.000.000.000.000.000\""
            })
    void refusesANumberNoFigureCanBeShortlyNamingTheField(String value) {
        int before = figures();
        Api.Reply reply = api.put("/api/v1/figures", """
                [{"indicator":"LD05","area":"105","period":"2022","value":%s}]""".formatted(value));
        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        assertThat(reply.body().get("field").asString()).isEqualTo("[0].value");
        assertThat(reply.body().get("detail").asString())
                .containsAnyOf("quá lớn", "quá nhiều chữ số", "không phải là một số liệu");
        assertThat(reply.text().length()).as("a short answer").isLessThan(1000);
        assertThat(figures()).isEqualTo(before);
    }

    @Test
    void refusesAMegabyteOfDigitsWithoutEchoingIt() {
        Api.Reply reply = api.put("/api/v1/figures", """
                [{"indicator":"LD05","area":"105","period":"2022","value":"%s"}]""".formatted("9".repeat(1_000_000)));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("field").asString()).isEqualTo("[0].value");
        assertThat(reply.text().length()).isLessThan(1000);
    }

    @Test
    void refusesAMegabyteCodeWithoutEchoingItThroughEitherDoor() {
        String code = "A".repeat(1_000_000);
        Api.Reply put = api.put("/api/v1/figures", """
                [{"indicator":"%s","area":"105","period":"2022","value":"5"}]""".formatted(code));
        Api.Reply stream = api.post("/api/v1/figures/stream", "application/x-ndjson", """
                {"indicator":"%s","area":"105","period":"2022","kind":"ESTIMATE","value":"5"}
                """.formatted(code));
        for (Api.Reply reply : List.of(put, stream)) {
            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.text().length()).isLessThan(1000);
            assertThat(reply.body().get("detail").asString())
                    .contains("AAAAAAAAAA")
                    .contains("…");
        }
    }

    @Test
    void refusesAHugeNumberInATypedFieldNamingIt() {
        Api.Reply reply = api.post("/api/v1/plans/1/targets", """
                {"indicator":"NS01","area":"105","period":"2024","form":"VALUE","value":1e100000}""");
        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        assertThat(reply.body().get("field").asString()).isEqualTo("value");
        assertThat(reply.body().get("detail").asString()).contains("\"value\"").contains("quá lớn");
        assertThat(reply.text().length()).isLessThan(1000);
    }

    @Test
    void refusesAHugeNumberInAnUploadedCsvNamingTheLine() {
        int before = figures();
        String csv =
                "indicator,area,period,kind,value,unit,note\nKT02,105,2024,ESTIMATE,1%s,,\n".formatted("0".repeat(30));
        Api.Reply reply = api.upload(UPLOAD, "so-lieu.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        assertThat(reply.body().get("detail").asString()).contains("Dòng 2").contains("quá lớn");
        assertThat(figures()).isEqualTo(before);
    }

    @Test
    void refusesAHugeNumberInAnUploadedWorkbookNamingTheCell() throws IOException {
        XSSFWorkbook book =
                new XSSFWorkbook(new ByteArrayInputStream(api.bytes("/api/v1/exchange/template?area=105&period=2024")));
        var sheet = book.getSheet("Số liệu");
        for (var row : sheet) {
            if (row.getCell(1) != null && "KT02".equals(row.getCell(1).toString())) {
                row.getCell(5).setCellValue(1e300);
            }
        }
        Api.Reply reply = api.upload(UPLOAD, "so-lieu.xlsx", bytes(book));
        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        assertThat(reply.body().get("detail").asString())
                .contains("Trang \"Số liệu\", dòng")
                .contains("quá lớn");
        assertThat(reply.text().length()).isLessThan(2000);
    }

    @Test
    void refusesANulCharacterInJsonTextNamingTheField() {
        int before = figures();
        Api.Reply reply = api.put("/api/v1/figures", """
                [{"indicator":"LD05","area":"105","period":"2022","value":7,"source":"Báo cáo\\u0000 số 5"}]""");
        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        assertThat(reply.body().get("field").asString()).isEqualTo("[0].source");
        assertThat(reply.body().get("detail").asString()).contains("NUL");
        assertThat(figures()).isEqualTo(before);
    }

    @Test
    void refusesANulCharacterInAFormFieldNamingIt() {
        Api page = Api.signedInPage(port, "quantri");
        var reply = page.form(
                "/bao-cao/noi-dung",
                "area=105&period=2024&number=" + URLEncoder.encode("12/BC\0", StandardCharsets.UTF_8));
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(400);
        assertThat(reply.body()).contains("Trường &quot;number&quot;").contains("NUL");
    }

    @Test
    void refusesANulCharacterInAQueryParameterOfTheApi() {
        Api.Reply reply = api.get("/api/v1/areas?q=t%00n");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("field").asString()).isEqualTo("q");
    }

    @Test
    void dropsNulCharactersFromUploadedCells() {
        String csv = "indicator,area,period,kind,value,unit,note\nKT02,105,2024,ESTIMATE,63,,Phòng\0 Tài chính\n";
        Api.Reply preview = api.upload(UPLOAD, "so-lieu.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.status()).as(preview.text()).isEqualTo(200);
        assertThat(preview.body().get("changes").get(0).get("note").asString()).isEqualTo("Phòng Tài chính");
    }

    private static byte[] bytes(XSSFWorkbook book) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        book.write(out);
        return out.toByteArray();
    }
}
