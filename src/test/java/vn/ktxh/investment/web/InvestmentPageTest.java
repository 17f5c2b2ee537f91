package vn.ktxh.investment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ktxh.IntegrationTest;
import vn.ktxh.api.Api;

/**
 * The page of public investment: seed 002's section read back from the demo data, the province's units by source, and
 * the two forms — the office above gives and adjusts the capital plan, the ward reports its disbursement; a bad value is
 * refused naming its field and stores nothing.
 */
@IntegrationTest
class InvestmentPageTest {

    private static final String WARD_2032 = "area=03388&period=2032"; // a year no other test writes capital for

    @LocalServerPort
    int port;

    private static String body(Api api, String path) {
        HttpResponse<String> page = api.text(path);
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        return page.body().replace('\u00a0', ' ');
    }

    /** A form post, then the page it sends back to, as the browser follows it. */
    private static String post(Api api, String path, String form) {
        HttpResponse<String> sent = api.form(path, form);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        return body(api, sent.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""));
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void theCitysPageShowsSeed002sFiguresAndItsLaggards() {
        String page = body(Api.signedInPage(port, "thanhpho.laichau"), "/dau-tu-cong?area=105&period=2024");
        assertThat(page)
                .contains(
                        "Tổng kế hoạch vốn giao năm 2024 là 116.633 triệu đồng",
                        "giải ngân đến ngày 28/11/2024 là 31.548 triệu đồng",
                        "đạt 27% kế hoạch vốn",
                        "Ước giải ngân đến 31/01/2025 là 74.947 triệu đồng, đạt 64,3% kế hoạch vốn",
                        ">38,6<",
                        ">59,5<",
                        ">42,8<",
                        "Tiến độ cần đạt đến ngày 28/11/2024: 79,2% kế hoạch vốn");
        assertThat(page).contains("Nguồn vốn: Nguồn vốn tỉnh quản lý — 7.761/20.117 triệu đồng, đạt 38,6%");
        assertThat(page)
                .as("the city does not give itself its capital plan")
                .doesNotContain("id=\"giao-ke-hoach-von\"")
                .contains("id=\"nhap-giai-ngan\"");
    }

    @Test
    void theProvinceSeesTheDisbursementOfItsUnitsBySource() {
        String page = body(Api.signedInPage(port, "tonghop.laichau"), "/dau-tu-cong?area=12&period=2024");
        assertThat(page)
                .contains(
                        "id=\"don-vi\"",
                        "thành phố Lai Châu",
                        "7.761/20.117 (38,6%)",
                        "31.548/116.633",
                        "Chậm (cần 79,2% đến 28/11/2024)");
        assertThat(page)
                .as("the province's laggards, its units' sources added")
                .contains("Nguồn vốn: Nguồn vốn tỉnh quản lý — 7.761/20.117");
    }

    @Test
    void theOfficeAboveGivesTheCapitalPlanAndTheWardReportsItsDisbursement() {
        Api province = Api.signedInPage(port, "tonghop.laichau");
        Api ward = Api.signedInPage(port, "phuong.doanket");
        String given = post(
                province,
                "/dau-tu-cong/ke-hoach-von",
                WARD_2032 + "&source=LOCAL&amount=1.000&decisionNumber=" + enc("15/QĐ-UBND")
                        + "&decisionDate=2031-12-20&decisionIssuer=" + enc("UBND tỉnh Lai Châu"));
        assertThat(given).contains("Đã giao kế hoạch vốn");

        HttpResponse<String> byTheWard =
                ward.form("/dau-tu-cong/ke-hoach-von", WARD_2032 + "&source=LOCAL&amount=2.000&decisionNumber=1");
        assertThat(byTheWard.statusCode())
                .as("a ward does not adjust the capital the level above gave it")
                .isEqualTo(403);

        String entered =
                post(ward, "/dau-tu-cong/giai-ngan", WARD_2032 + "&source=LOCAL&asOf=2032-03-31&disbursed=250,5");
        assertThat(entered)
                .contains("Đã ghi số giải ngân 250,5 triệu đồng đến ngày 31/03/2032", "đạt 25,1% kế hoạch vốn");

        String refused = post(
                ward, "/dau-tu-cong/giai-ngan", WARD_2032 + "&source=LOCAL&asOf=2032-04-30&disbursed=" + enc("1.5"));
        assertThat(refused).contains("Số giải ngân:").contains("giải ngân đến ngày 31/03/2032 là 250,5 triệu đồng");

        String adjusted = post(
                province,
                "/dau-tu-cong/ke-hoach-von",
                WARD_2032 + "&source=LOCAL&amount=1.200&decisionNumber=" + enc("30/QĐ-UBND"));
        assertThat(adjusted)
                .contains(
                        "Đã điều chỉnh kế hoạch vốn",
                        "Tổng kế hoạch vốn giao năm 2032 là 1.200 triệu đồng",
                        "điều chỉnh lần 1, tonghop.laichau");
    }
}
