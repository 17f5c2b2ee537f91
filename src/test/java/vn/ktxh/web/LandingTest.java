package vn.ktxh.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ktxh.IntegrationTest;
import vn.ktxh.api.Api;

/**
 * Every demo account signs in to its own work: the page it lands on, and every daily page opened without a unit or a
 * period, shows its own unit (an agency lands on its tasks); none answers 403 or asks to choose a unit first.
 */
@IntegrationTest
class LandingTest {

    private static final List<String> DAILY_PAGES = List.of(
            "/",
            "/nhap-so-lieu",
            "/danh-gia",
            "/ke-hoach",
            "/bao-cao",
            "/nhiem-vu",
            "/tinh-hinh-bao-cao",
            "/nhat-ky",
            "/trao-doi");

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} lands on {1} of {2}")
    @CsvSource(delimiter = '|', textBlock = """
            quantri          | /          | Cả nước
            tonghop.laichau  | /          | tỉnh Lai Châu
            lanhdao.laichau  | /          | tỉnh Lai Châu
            so.giaoduc       | /          | tỉnh Lai Châu
            thanhpho.laichau | /          | thành phố Lai Châu
            phuong.tanphong  | /          | phường Tân Phong
            phuong.doanket   | /          | phường Đoàn Kết
            vanhoa.doanket   | /nhiem-vu  | phường Đoàn Kết
            congan.doanket   | /nhiem-vu  | phường Đoàn Kết
            """)
    void everyAccountLandsOnItsOwnUnitAndEveryDailyPageOpensThere(String user, String landing, String unit) {
        Api anonymous = new Api(port, null, null);
        HttpResponse<String> form = anonymous.text("/dang-nhap");
        String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        String csrf = form.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        HttpResponse<String> signedIn = new Api(port, null, null, cookie, csrf)
                .form("/dang-nhap", "username=" + user + "&password=" + Api.DEMO_PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith(landing);

        Api session = Api.signedInPage(port, user);
        for (String page : DAILY_PAGES) {
            HttpResponse<String> shown = session.text(page);
            assertThat(shown.statusCode()).as("%s as %s", page, user).isEqualTo(200);
            assertThat(shown.body()).as("%s as %s", page, user).contains(unit);
        }
    }
}
