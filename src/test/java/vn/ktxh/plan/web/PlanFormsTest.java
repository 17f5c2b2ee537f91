package vn.ktxh.plan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ktxh.IntegrationTest;
import vn.ktxh.account.Actor;
import vn.ktxh.api.Api;
import vn.ktxh.plan.DecidedBy;
import vn.ktxh.plan.NewPlan;
import vn.ktxh.plan.Plans;
import vn.ktxh.shared.Period;

/**
 * Plans and targets in the browser: the province office records a plan from its decision, assigns a commune a target
 * in Vietnamese notation, and adjusts it only with the adjusting document, every version kept; a ward cannot.
 */
@IntegrationTest
class PlanFormsTest {

    @LocalServerPort
    int port;

    @Autowired
    Plans plans;

    @Test
    void theProvinceOfficeRecordsAPlanAssignsATargetAndAdjustsIt() {
        Api office = Api.signedInPage(port, "tonghop.laichau");
        HttpResponse<String> created = office.form(
                "/ke-hoach",
                "area=12&period=2027&title=K%E1%BA%BF+ho%E1%BA%A1ch+n%C4%83m+2027"
                        + "&decisionNumber=2001%2FQ%C4%90-UBND&decisionDate=2026-12-01&decisionIssuer=UBND+t%E1%BB%89nh+Lai+Ch%C3%A2u&decidedBy=OWN_UNIT");
        assertThat(created.statusCode()).isEqualTo(302);
        String page = office.text("/ke-hoach?area=12&period=2027").body();
        assertThat(page)
                .contains(
                        "Đã lập kế hoạch",
                        "Kế hoạch năm 2027",
                        "2001/QĐ-UBND",
                        "ngày 01/12/2026",
                        "của UBND tỉnh Lai Châu");
        String plan = page.replaceAll("(?s).*id=\"giao-chi-tieu-(\\d+)\".*", "$1");
        assertThat(page)
                .as("the decision's fields in the new-plan form and in the plan's target form")
                .contains("id=\"kh-so\"", "id=\"kh-cq\"", "id=\"ct" + plan + "-so\"")
                .doesNotContain("null-so");

        String target = "area=12&shown=2027&indicator=NS01&target-area=12&period=2027&form=VALUE";
        assertThat(office.form("/ke-hoach/" + plan + "/chi-tieu", target + "&value=1.000%2C5")
                        .statusCode())
                .isEqualTo(302);
        assertThat(office.text("/ke-hoach?area=12&period=2027").body()).contains("Đã giao chỉ tiêu NS01", "1.000,5");
        office.form(
                "/ke-hoach/" + plan + "/chi-tieu",
                target.replace("target-area=12", "target-area=03408") + "&value=300");
        assertThat(office.text("/ke-hoach?area=12&period=2027").body()).contains("Đã giao chỉ tiêu NS01");
        assertThat(office.text("/nhap-so-lieu?area=03408&period=2027-M02").body())
                .as("the ward's form asks for what it was given")
                .contains("id=\"dong-NS01\"", ">300<");

        office.form("/ke-hoach/" + plan + "/chi-tieu", target + "&value=1.200");
        String refused = office.text("/ke-hoach?area=12&period=2027").body();
        assertThat(refused).contains("cần số văn bản điều chỉnh", "value=\"1.200\"");

        office.form(
                "/ke-hoach/" + plan + "/chi-tieu",
                target + "&value=1.200&decisionNumber=2100%2FQ%C4%90-UBND&decisionDate=2027-06-01"
                        + "&note=B%E1%BB%95+sung+ngu%E1%BB%93n+thu");
        assertThat(office.text("/ke-hoach?area=12&period=2027").body()).contains("Đã điều chỉnh chỉ tiêu NS01 (lần 1)");
        assertThat(office.text("/ke-hoach?area=12&period=2027").body())
                .contains("Đã điều chỉnh 1 lần", "1.200", "2100/QĐ-UBND", "Bổ sung nguồn thu");

        HttpResponse<String> english =
                office.form("/ke-hoach/" + plan + "/chi-tieu", target.replace("NS01", "NS02") + "&value=1%2C595.3");
        assertThat(english.statusCode()).isEqualTo(302);
        assertThat(office.text("/ke-hoach?area=12&period=2027").body())
                .contains("Giá trị: &quot;1,595.3&quot; viết theo kiểu tiếng Anh");
    }

    @Test
    void aWardCannotRecordAPlanItsOwnCouncilDidNotDecide() {
        Api ward = Api.signedInPage(port, "phuong.tanphong");
        assertThat(ward.form("/ke-hoach", "area=03408&period=2027&title=X").statusCode())
                .isEqualTo(403);
        assertThat(Api.signedInPage(port, "lanhdao.laichau").text("/ke-hoach").body())
                .as("a leader reads")
                .doesNotContain("Lập kế hoạch mới", "Giao hoặc điều chỉnh chỉ tiêu");
    }

    @Test
    void theTargetsApiReadsVietnameseNotationAndRefusesEnglishInVietnamese() {
        Api api = new Api(port); // the administrator: a plan without a decision is nobody else's to fill
        long plan = plans.create(
                        Actor.system(),
                        new NewPlan(
                                "12", Period.parse("2028"), "Kế hoạch năm 2028", null, DecidedBy.LEVEL_ABOVE, false))
                .id();
        Api.Reply comma = api.post("/api/v1/plans/" + plan + "/targets", """
                {"indicator":"YT09","area":"12","period":"2028","form":"AT_LEAST","value":"54,5"}""");
        assertThat(comma.status()).isEqualTo(200);
        assertThat(comma.body().get("value").decimalValue()).isEqualByComparingTo("54.5");
        Api.Reply dot = api.post("/api/v1/plans/" + plan + "/targets", """
                {"indicator":"YT10","area":"12","period":"2028","form":"VALUE","value":"54.5"}""");
        assertThat(dot.status()).isEqualTo(400);
        assertThat(dot.text()).contains("Trường \\\"value\\\"", "dấu chấm").doesNotContainIgnoringCase("deserializ");
        assertThat(new Api(port).get("/api/v1/khong-co").text())
                .contains("Không tìm thấy")
                .doesNotContain("Not Found");
    }
}
