package vn.ktxh.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ktxh.IntegrationTest;
import vn.ktxh.api.Api;

/** The upload page a browser test walks: stable ids on the file input, the preview table and the commit button. */
@IntegrationTest
class ExchangePageTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    ApplicationEventPublisher events;

    Api api;
    ExchangeApiTest.FigureSnapshot before;

    @BeforeEach
    void connect() {
        api = Api.signedInPage(port, "quantri");
        before = ExchangeApiTest.FigureSnapshot.take(db);
    }

    @AfterEach
    void putFiguresBack() {
        before.restore(db, events);
    }

    @Test
    void showsTheFormWithLabelledInputs() {
        Api.Reply page = api.get("/trao-doi?area=105&period=2024");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text())
                .contains(
                        "<label for=\"tep\">",
                        "id=\"tep\"",
                        "id=\"nut-tai-len\"",
                        "id=\"tien-do\"",
                        "id=\"nut-tai-mau\"",
                        "value=\"105\"");
    }

    @Test
    void previewsThenCommitsAnUpload() {
        String csv = "indicator,area,period,kind,value,unit,note\nKT02,105,2024,ESTIMATE,\"63,5\",,\n";
        Api.Reply preview =
                api.upload("/trao-doi?area=105&period=2024", "so-lieu.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.status()).as(preview.text()).isEqualTo(200);
        assertThat(preview.text())
                .contains(
                        "id=\"bang-thay-doi\"",
                        "id=\"nut-ghi\"",
                        "data-indicator=\"KT02\"",
                        "<td class=\"so gia-tri-cu\">62</td>",
                        "<td class=\"so gia-tri-moi\">63,5</td>",
                        "ước thực hiện");
        Matcher action =
                Pattern.compile("action=\"(/trao-doi/[0-9a-f-]+/ghi)\"").matcher(preview.text());
        assertThat(action.find()).isTrue();
        Api.Reply done = api.post(action.group(1) + "?area=105&period=2024", "");
        assertThat(done.status()).as(done.text()).isEqualTo(200);
        assertThat(done.text()).contains("id=\"so-da-ghi\">1</span>", "id=\"xem-danh-gia\"");
    }

    @Test
    void listsEveryErrorAndStoresNothing() {
        String csv =
                "indicator,area,period,kind,value,unit,note\nKT02,105,2024,ESTIMATE,abc,,\nKT02,105,2024,SAI,1,,\n";
        Api.Reply page = api.upload("/trao-doi", "so-lieu.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.text())
                .contains(
                        "id=\"loi\"",
                        "Dòng 2, cột &quot;value&quot;: &quot;abc&quot; không phải là số",
                        "Dòng 3, cột &quot;kind&quot;");
        assertThat(ExchangeApiTest.FigureSnapshot.take(db)).isEqualTo(before);
    }

    @Test
    void downloadsTheDhis2SetAndPreviewsAChangedOneThenCommitsIt() {
        byte[] set = api.bytes("/trao-doi/dhis2?area=105&period=2024");
        String text = new String(set, StandardCharsets.UTF_8);
        assertThat(text).contains("\"dataElement\" : \"KT02\"", "\"orgUnit\" : \"105\"", "\"value\" : \"62\"");
        String changed = text.replaceFirst("\"value\" : \"62\"", "\"value\" : \"63.5\"");
        Api.Reply preview =
                api.upload("/trao-doi/dhis2", "dhis2-105-2024.json", changed.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.status()).as(preview.text()).isEqualTo(200);
        assertThat(preview.text())
                .contains(
                        "id=\"so-thay-doi\">1</span>",
                        "data-indicator=\"KT02\"",
                        "<td class=\"so gia-tri-cu\">62</td>",
                        "<td class=\"so gia-tri-moi\">63,5</td>");
        Matcher action =
                Pattern.compile("action=\"(/trao-doi/[0-9a-f-]+/ghi)\"").matcher(preview.text());
        assertThat(action.find()).isTrue();
        Api.Reply done = api.post(action.group(1), "");
        assertThat(done.text()).contains("id=\"so-da-ghi\">1</span>");
    }

    @Test
    void refusesADhis2SetNamingTheItemAndStoresNothing() {
        String set =
                "{\"dataValues\": [{\"dataElement\": \"KT02\", \"period\": \"2024\", \"orgUnit\": \"105\", \"value\": \"1.595,3\"}]}";
        Api.Reply page = api.upload("/trao-doi/dhis2", "a.json", set.getBytes(StandardCharsets.UTF_8));
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.text())
                .contains(
                        "id=\"loi\"",
                        "dataValues[0].categoryOptionCombo",
                        "dataValues[0].value: giá trị &quot;1.595,3&quot;");
        assertThat(ExchangeApiTest.FigureSnapshot.take(db)).isEqualTo(before);
    }

    @Test
    void theAdministratorReplacesTheDhis2MappingFromThePageAndAnOfficerMayNot() {
        Api.Reply done = api.upload(
                "/trao-doi/dhis2/anh-xa",
                "anh-xa.csv",
                "kind,dhis2,code\nORG_UNIT,DiszpKrYNg8,105\n".getBytes(StandardCharsets.UTF_8));
        assertThat(done.status()).as(done.text()).isEqualTo(200);
        assertThat(done.text()).contains("id=\"da-anh-xa\"", "Đã thay bảng ánh xạ DHIS2: <span>1</span> dòng.");
        assertThat(new String(api.bytes("/trao-doi/dhis2/anh-xa"), StandardCharsets.UTF_8))
                .contains("\"ORG_UNIT\",\"DiszpKrYNg8\",\"105\"");
        Api.Reply refused = Api.signedInPage(port, "tonghop.laichau")
                .upload("/trao-doi/dhis2/anh-xa", "anh-xa.csv", "kind,dhis2,code\n".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(api.upload(
                                "/trao-doi/dhis2/anh-xa",
                                "anh-xa.csv",
                                "kind,dhis2,code\n".getBytes(StandardCharsets.UTF_8))
                        .status())
                .isEqualTo(200);
    }
}
