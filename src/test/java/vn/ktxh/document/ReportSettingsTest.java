package vn.ktxh.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ktxh.IntegrationTest;
import vn.ktxh.account.Actor;
import vn.ktxh.api.Api;
import vn.ktxh.shared.Period;

/**
 * A unit's office chooses on the settings page how its reports print "% kế hoạch"; the text, the annex and the
 * preview follow (seed 002's "đạt 67% kế hoạch" for the budget revenue 122,195 of 182,4 tỷ đồng, 66,99%).
 */
@IntegrationTest
class ReportSettingsTest {

    @LocalServerPort
    int port;

    @Autowired
    Reports reports;

    @Autowired
    JdbcClient db;

    @AfterEach
    void backToTheDefault() {
        db.sql("delete from report_settings").update();
    }

    @Test
    void theUnitsChoiceIsPrintedInTextAnnexAndPreview() throws Exception {
        Api city = Api.signedInPage(port, "thanhpho.laichau");
        assertThat(city.text("/bao-cao/cai-dat?area=105&period=2024").body())
                .contains("value=\"WHOLE\"")
                .contains("value=\"ONE_DECIMAL\" checked");
        assertThat(body()).contains("đạt 102,7% kế hoạch");

        assertThat(city.form("/bao-cao/cai-dat", "area=105&period=2024&precision=WHOLE")
                        .statusCode())
                .isEqualTo(302);
        assertThat(reports.precision(Actor.system(), "105", Period.parse("2024")))
                .isEqualTo(PercentPrecision.WHOLE);
        assertThat(body()).contains("đạt 103% kế hoạch").doesNotContain("102,7%");
        assertThat(annex()).contains("|103|").doesNotContain("102,7");
        assertThat(city.text("/bao-cao/xem?area=105&period=2024").body()).contains("đạt 103% kế hoạch");

        assertThat(city.form("/bao-cao/cai-dat", "area=105&period=2024&precision=ONE_DECIMAL")
                        .statusCode())
                .isEqualTo(302);
        assertThat(body()).contains("đạt 102,7% kế hoạch");
    }

    @Test
    void anotherUnitMayNotChooseAndAnUnknownChoiceIsRefused() {
        assertThat(Api.signedInPage(port, "phuong.doanket")
                        .form("/bao-cao/cai-dat", "area=105&period=2024&precision=WHOLE")
                        .statusCode())
                .isEqualTo(403);
        var refused =
                Api.signedInPage(port, "thanhpho.laichau").form("/bao-cao/cai-dat", "area=105&period=2024&precision=2");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Cách ghi % kế hoạch &quot;2&quot; không có");
        assertThat(reports.precision(Actor.system(), "105", Period.parse("2024")))
                .isEqualTo(PercentPrecision.ONE_DECIMAL);
    }

    private String body() throws Exception {
        try (XWPFDocument d = docx()) {
            return d.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
        }
    }

    private String annex() throws Exception {
        try (XWPFDocument d = docx()) {
            return d.getTables().stream()
                    .flatMap(t -> t.getRows().stream())
                    .filter(r -> r.getCell(1) != null
                            && r.getCell(1).getText().startsWith("Giá trị sản xuất bình quân trên 1 ha"))
                    .map(r -> r.getTableCells().stream().map(c -> c.getText()).collect(Collectors.joining("|")))
                    .collect(Collectors.joining("\n"));
        }
    }

    private XWPFDocument docx() throws Exception {
        return new XWPFDocument(new ByteArrayInputStream(
                reports.render(Actor.system(), "105", Period.parse("2024"), ReportFormat.DOCX)));
    }
}
