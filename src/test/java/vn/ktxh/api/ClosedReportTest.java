package vn.ktxh.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.ktxh.IntegrationTest;
import vn.ktxh.account.Actor;
import vn.ktxh.extraction.Extractions;

/**
 * A submitted or approved report is read-only through every door — the figures API, the entry form, an Excel or CSV
 * upload and its commit, a document's accepted figures, the report's text by API and page — until the office above
 * returns or reopens it; and a change of the text, or of a figure's source or note, is audited like a value.
 * Phường Đoàn Kết, months of 2027 no other test writes.
 */
@IntegrationTest
class ClosedReportTest {

    private static final String WARD = "03388";

    @LocalServerPort
    int port;

    @Autowired
    Extractions extractions;

    Api ward;
    Api province;
    Api wardPage;

    @BeforeEach
    void connect() {
        Api admin = new Api(port);
        ward = admin.as("phuong.doanket");
        province = admin.as("tonghop.laichau");
        wardPage = Api.signedInPage(port, "phuong.doanket");
    }

    @Test
    void aSubmittedReportIsReadOnlyThroughEveryDoorUntilItIsReturned() throws Exception {
        String month = "2027-M07";
        assertThat(ward.put("/api/v1/figures", figure(month, "50")).status()).isEqualTo(200);
        String token = ward.upload(upload(month), "so-lieu.csv", csv(month, "52"))
                .body()
                .path("token")
                .asString();
        move("submit", month, ward, "{}");

        assertEveryDoorRefuses(month, token, "đã gửi");

        move("return", month, province, "{\"reason\":\"Bổ sung số liệu\"}");
        assertThat(ward.put("/api/v1/figures", figure(month, "51")).status())
                .as("returned: open again")
                .isEqualTo(200);
        assertThat(ward.put(narrative(month), "{\"sections\":[{\"key\":\"giáo dục\",\"text\":\"Đã sửa.\"}]}")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void anApprovedReportIsReadOnlyThroughEveryDoorUntilItIsReopened() throws Exception {
        String month = "2027-M08";
        assertThat(ward.put("/api/v1/figures", figure(month, "50")).status()).isEqualTo(200);
        String token = ward.upload(upload(month), "so-lieu.csv", csv(month, "52"))
                .body()
                .path("token")
                .asString();
        move("submit", month, ward, "{}");
        move("approve", month, province, "{}");

        assertEveryDoorRefuses(month, token, "đã được phê duyệt");

        move("reopen", month, province, "{\"reason\":\"Sửa số liệu\"}");
        assertThat(ward.put("/api/v1/figures", figure(month, "51")).status())
                .as("reopened: open again")
                .isEqualTo(200);
    }

    private void assertEveryDoorRefuses(String month, String token, String why) throws Exception {
        Api.Reply api = ward.put("/api/v1/figures", figure(month, "60"));
        assertThat(api.status()).isEqualTo(409);
        assertThat(api.body().path("detail").asString()).contains(why);
        assertThat(wardPage.form("/nhap-so-lieu", "area=%s&period=%s&kind=ESTIMATE&v_GD06=61".formatted(WARD, month))
                        .statusCode())
                .as("the entry form")
                .isEqualTo(409);
        assertThat(ward.upload(upload(month), "so-lieu.csv", csv(month, "62")).status())
                .as("a new upload")
                .isEqualTo(409);
        assertThat(ward.post("/api/v1/exchange/uploads/%s/commit".formatted(token), "{}")
                        .status())
                .as("the commit of an upload previewed before")
                .isEqualTo(409);
        assertThat(wardPage.uploadForm(
                                "/trao-doi?area=%s&period=%s".formatted(WARD, month), "so-lieu.csv", csv(month, "63"))
                        .statusCode())
                .as("the upload page")
                .isEqualTo(409);
        assertThat(ward.put(narrative(month), "{\"sections\":[{\"key\":\"giáo dục\",\"text\":\"Sửa sau khi gửi.\"}]}")
                        .status())
                .as("the report's text")
                .isEqualTo(409);
        assertThat(wardPage.form(
                                "/bao-cao/noi-dung",
                                "area=%s&period=%s&section%%3Agi%%C3%%A1o+d%%E1%%BB%%A5c=S%%E1%%BB%%ADa"
                                        .formatted(WARD, month))
                        .statusCode())
                .as("the report's text on its page")
                .isEqualTo(409);
        assertThat(StreamSupport.stream(
                                ward.get("/api/v1/figures/history?area=%s&period=%s&indicator=GD06"
                                                .formatted(WARD, month))
                                        .body()
                                        .spliterator(),
                                false)
                        .map(c -> c.path("newValue").asString())
                        .toList())
                .doesNotContain("60", "61", "62", "63");
    }

    @Test
    void aDocumentsFiguresAreAcceptedIntoAnOpenReportOnlyNotIntoASubmittedOne() {
        String open = "2027-M11";
        String submitted = "2027-M12";
        move("submit", submitted, ward, "{}");
        var reading = extractions.upload(
                Actor.system(),
                "bao-cao.txt",
                "Tỷ lệ trẻ mẫu giáo đến trường đạt 98%.".getBytes(StandardCharsets.UTF_8),
                WARD,
                "2027",
                "phuong.doanket");
        int row = reading.proposals().get(0).number();
        String accept = "accept=%d&use_%1$d=ESTIMATE&indicator_%1$d=GD06&period_%1$d=%s&value_%1$d=64";
        assertThat(wardPage.form("/doc-van-ban/" + reading.id(), accept.formatted(row, open))
                        .statusCode())
                .as("an open report")
                .isIn(200, 302);
        assertThat(values(open)).containsExactly("64");
        assertThat(wardPage.form("/doc-van-ban/" + reading.id(), accept.formatted(row, submitted))
                        .statusCode())
                .as("a submitted report")
                .isEqualTo(409);
        assertThat(values(submitted)).isEmpty();
    }

    private List<String> values(String month) {
        return StreamSupport.stream(
                        ward.get("/api/v1/figures/history?area=%s&period=%s&indicator=GD06".formatted(WARD, month))
                                .body()
                                .spliterator(),
                        false)
                .map(c -> c.path("newValue").asString())
                .filter(v -> !v.isEmpty())
                .toList(); // not the report's moves
    }

    @Test
    void aChangeOfTheTextOrOfAFiguresSourceIsAuditedLikeAValue() {
        String month = "2027-M09";
        String body =
                "[{\"indicator\":\"GD06\",\"area\":\"%s\",\"period\":\"%s\",\"kind\":\"ESTIMATE\",\"value\":70,\"source\":\"%s\"}]";
        assertThat(ward.put("/api/v1/figures", body.formatted(WARD, month, "Phòng Văn hóa - Xã hội"))
                        .status())
                .isEqualTo(200);
        assertThat(ward.put("/api/v1/figures", body.formatted(WARD, month, "Trường Mầm non Đoàn Kết"))
                        .status())
                .isEqualTo(200);
        JsonNode history = ward.get("/api/v1/figures/history?area=%s&period=%s&indicator=GD06".formatted(WARD, month))
                .body();
        assertThat(history).hasSize(2);
        assertThat(history.get(0).path("newSource").asString()).isEqualTo("Phòng Văn hóa - Xã hội");
        assertThat(history.get(1).path("oldSource").asString()).isEqualTo("Phòng Văn hóa - Xã hội");
        assertThat(history.get(1).path("newSource").asString()).isEqualTo("Trường Mầm non Đoàn Kết");
        assertThat(history.get(1).path("changedBy").asString()).isEqualTo("phuong.doanket");

        assertThat(ward.put(narrative(month), "{\"sections\":[{\"key\":\"giáo dục\",\"text\":\"Bản đầu.\"}]}")
                        .status())
                .isEqualTo(200);
        assertThat(ward.put(narrative(month), """
                {"particulars":{"number":"15"},"sections":[{"key":"giáo dục","text":"Bản sửa."}]}""").status()).isEqualTo(200);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        List<String> log = StreamSupport.stream(
                        province.get("/api/v1/audit?area=%s&from=%s&to=%s"
                                        .formatted(WARD, today.minusDays(1), today.plusDays(1)))
                                .body()
                                .spliterator(),
                        false)
                .filter(l -> l.path("period").asString().equals(month))
                .map(l -> l.path("by").asString() + " | " + l.path("record").asString() + " | "
                        + l.path("detail").asString())
                .toList();
        assertThat(log)
                .contains(
                        "phuong.doanket | Báo cáo — sửa nội dung | Giáo dục và đào tạo: (trống) → «Bản đầu.»",
                        "phuong.doanket | Báo cáo — sửa nội dung | Giáo dục và đào tạo: «Bản đầu.» → «Bản sửa.»",
                        "phuong.doanket | Báo cáo — sửa nội dung | Số: (trống) → «15»");
        assertThat(log)
                .anyMatch(l -> l.contains("Số liệu — sửa")
                        && l.contains("nguồn, ghi chú: «Phòng Văn hóa - Xã hội» → «Trường Mầm non Đoàn Kết»"));
    }

    private void move(String move, String month, Api who, String body) {
        Api.Reply reply = who.post("/api/v1/reports/%s/%s/workflow/%s".formatted(WARD, month, move), body);
        assertThat(reply.status()).as(move + ": " + reply.text()).isEqualTo(200);
    }

    private static String figure(String month, String value) {
        return "[{\"indicator\":\"GD06\",\"area\":\"%s\",\"period\":\"%s\",\"kind\":\"ESTIMATE\",\"value\":%s}]"
                .formatted(WARD, month, value);
    }

    private static String narrative(String month) {
        return "/api/v1/reports/%s/%s/narrative".formatted(WARD, month);
    }

    private static String upload(String month) {
        return "/api/v1/exchange/uploads?area=%s&period=%s"
                .formatted(WARD, URLEncoder.encode(month, StandardCharsets.UTF_8));
    }

    private static byte[] csv(String month, String value) {
        return "indicator,area,period,kind,value,unit,note\nGD06,%s,%s,ESTIMATE,%s,,\n"
                .formatted(WARD, month, value)
                .getBytes(StandardCharsets.UTF_8);
    }
}
