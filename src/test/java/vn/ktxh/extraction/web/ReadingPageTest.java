package vn.ktxh.extraction.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.ktxh.IntegrationTest;
import vn.ktxh.api.Api;

/**
 * A ward's 2025 plan read through "Đọc văn bản" by the province synthesis office: the proposed indicators and forms,
 * two rows accepted as targets of phường Tân Phong's plan and one as a figure, seen through the API; an English-notation
 * value refused beside its row with nothing stored; a scanned PDF refused with the reason.
 */
@IntegrationTest
class ReadingPageTest {

    @LocalServerPort
    int port;

    @Test
    void proposesCatalogueIndicatorsAndFormsAndAcceptsTargetsAndAFigure() throws IOException {
        Api page = Api.signedInPage(port, "tonghop.laichau");
        String reading = upload(page);
        String html = page.text(reading).body();

        assertThat(html).contains("<mark data-statement=\"5\"><span>xuống còn 1,65%</span>");
        assertThat(input(html, "indicator_3")).isEqualTo("NS01");
        assertThat(input(html, "value_3")).isEqualTo("1.595,3");
        assertThat(input(html, "indicator_4")).isEqualTo("NS04");
        assertThat(input(html, "value_4")).isEqualTo("1.600"); // 1,6 tỷ đồng in the catalogue's triệu đồng
        assertThat(input(html, "unit_4")).isEqualTo("triệu đồng");
        assertThat(input(html, "indicator_5")).isEqualTo("LD01");
        assertThat(selected(html, "form_5")).isEqualTo("AT_MOST");
        assertThat(input(html, "indicator_6")).isEqualTo("HT08");
        assertThat(selected(html, "form_6")).isEqualTo("MAINTAIN");
        assertThat(selected(html, "form_7")).isEqualTo("AT_LEAST");
        assertThat(selected(html, "form_8")).isEqualTo("MORE_THAN");
        assertThat(selected(html, "use_1")).isEqualTo("ESTIMATE");
        assertThat(input(html, "period_1")).isEqualTo("2025-H1"); // "6 tháng đầu năm 2025"
        assertThat(input(html, "indicator_2")).isEqualTo("VH04");
        assertThat(input(html, "indicator_9")).isEmpty();
        assertThat(html).contains("chỉ tiêu mới");

        String plan = tanPhongPlan();
        HttpResponse<String> accepted = page.form(
                reading,
                "plan=" + plan + "&accept=6&accept=7&accept=2"
                        + row(6, "HT08", "TARGET", "2025", "100", "%", "MAINTAIN")
                        + row(7, "VH09", "TARGET", "2025", "95", "%", "AT_LEAST")
                        + row(2, "VH04", "ESTIMATE", "2025", "95,2", "%", "VALUE"));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(302);
        assertThat(accepted.headers().firstValue("Location").orElseThrow())
                .endsWith("muc-tieu=2&so-lieu=1&ke-hoach=" + plan);
        assertThat(page.text(reading + "?muc-tieu=2&so-lieu=1").body())
                .contains("Đã nhận 2 chỉ tiêu kế hoạch và 1 số liệu.");

        Api admin = new Api(port);
        Map<String, JsonNode> targets = targetsOfTanPhong(admin);
        assertThat(targets.get("HT08").get("form").asString()).isEqualTo("MAINTAIN");
        assertThat(targets.get("HT08").get("value").decimalValue()).isEqualByComparingTo("100");
        assertThat(targets.get("VH09").get("form").asString()).isEqualTo("AT_LEAST");
        assertThat(targets.get("VH09").get("value").decimalValue()).isEqualByComparingTo("95");
        assertThat(targets.get("VH09").get("note").asString()).contains("dòng 13");
        JsonNode streets = evaluation(admin, "VH04");
        assertThat(streets.get("value").decimalValue()).isEqualByComparingTo("95.2");
        assertThat(streets.get("kind").asString()).isEqualTo("ESTIMATE");
    }

    @Test
    void anEnglishNotationValueIsRefusedBesideItsRowAndNothingIsStored() throws IOException {
        Api page = Api.signedInPage(port, "tonghop.laichau");
        String reading = upload(page);
        HttpResponse<String> refused = page.form(
                reading,
                "plan=" + tanPhongPlan() + "&accept=8&accept=3"
                        + row(8, "GD11", "TARGET", "2025", "90", "%", "MORE_THAN")
                        + row(3, "NS01", "TARGET", "2025", "1,595.3", "triệu đồng", "VALUE"));

        assertThat(refused.statusCode()).isEqualTo(422);
        String html = refused.body();
        assertThat(html).contains("Chưa nhận dòng nào: 1 lỗi");
        Matcher error = Pattern.compile("id=\"error-3\"[^>]*>([^<]*)<").matcher(html);
        assertThat(error.find()).isTrue();
        assertThat(error.group(1)).contains("&quot;1,595.3&quot; viết theo kiểu tiếng Anh");
        assertThat(input(html, "value_3")).isEqualTo("1,595.3");
        assertThat(input(html, "value_8")).isEqualTo("90");
        assertThat(html).containsPattern("name=\"accept\" value=\"8\"[^>]*checked=\"checked\"");
        assertThat(targetsOfTanPhong(new Api(port))).doesNotContainKey("GD11");
    }

    @Test
    void aScannedPdfIsRefusedWithTheReason() throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(pdf);
        }
        HttpResponse<String> refused = Api.signedInPage(port, "tonghop.laichau")
                .uploadForm("/doc-van-ban?area=03408&period=2025", "ban-quet.pdf", pdf.toByteArray());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("không có lớp văn bản (có thể là bản quét)");
    }

    private String upload(Api page) throws IOException {
        byte[] text;
        try (InputStream in = getClass().getResourceAsStream("/extraction/ke-hoach-tan-phong-2025.txt")) {
            text = in.readAllBytes();
        }
        HttpResponse<String> uploaded =
                page.uploadForm("/doc-van-ban?area=03408&period=2025", "ke-hoach-tan-phong-2025.txt", text);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(302);
        String location = uploaded.headers().firstValue("Location").orElseThrow();
        return location.substring(location.indexOf("/doc-van-ban/"));
    }

    private String tanPhongPlan() {
        for (JsonNode plan :
                new Api(port).get("/api/v1/plans?area=03408&period=2025").body()) {
            if (plan.get("title").asString().contains("phường Tân Phong")) {
                return plan.get("id").asString();
            }
        }
        throw new AssertionError("no plan of phường Tân Phong for 2025");
    }

    private static Map<String, JsonNode> targetsOfTanPhong(Api api) {
        Map<String, JsonNode> out = new HashMap<>();
        for (JsonNode plan : api.get("/api/v1/plans?area=03408&period=2025").body()) {
            if (plan.get("title").asString().contains("phường Tân Phong")) {
                plan.get("targets").forEach(t -> out.put(t.get("indicator").asString(), t));
            }
        }
        return out;
    }

    private static JsonNode evaluation(Api api, String indicator) {
        for (JsonNode e : api.get("/api/v1/evaluations?area=03408&period=2025").body()) {
            if (e.get("indicator").asString().equals(indicator)) {
                return e;
            }
        }
        throw new AssertionError("no evaluation of " + indicator);
    }

    private static String row(
            int n, String indicator, String use, String period, String value, String unit, String form) {
        return List.of(
                        "indicator_" + n + "=" + indicator,
                        "use_" + n + "=" + use,
                        "period_" + n + "=" + period,
                        "value_" + n + "=" + enc(value),
                        "unit_" + n + "=" + enc(unit),
                        "form_" + n + "=" + form)
                .stream()
                .collect(Collectors.joining("&", "&", ""));
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String input(String html, String name) {
        Matcher m = Pattern.compile("<input[^>]*name=\"" + name + "\"[^>]*value=\"([^\"]*)\"")
                .matcher(html);
        return m.find() ? m.group(1) : "";
    }

    private static String selected(String html, String name) {
        int at = html.indexOf("name=\"" + name + "\"");
        String select = html.substring(at, html.indexOf("</select>", at));
        Matcher m = Pattern.compile("<option value=\"([^\"]*)\" selected=\"selected\"")
                .matcher(select);
        return m.find() ? m.group(1) : null;
    }
}
