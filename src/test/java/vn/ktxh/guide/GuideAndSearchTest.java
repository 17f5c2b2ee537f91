package vn.ktxh.guide;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ktxh.IntegrationTest;
import vn.ktxh.api.Api;

/** The help page says what each role does with the calendar's deadlines; the navigation bar's search finds without diacritics. */
@IntegrationTest
class GuideAndSearchTest {

    @LocalServerPort
    int port;

    @Test
    void theHelpPageSpeaksToTheRoleAndGivesTheDeadlines() {
        String ward =
                Api.signedInPage(port, "phuong.tanphong").text("/huong-dan").body();
        assertThat(ward).contains("Hướng dẫn — <span>Cán bộ cấp xã</span>", "Gửi báo cáo", "id=\"lich\"", "Hạn gửi");
        String office =
                Api.signedInPage(port, "tonghop.laichau").text("/huong-dan").body();
        assertThat(office).contains("Cán bộ tổng hợp", "Tình hình báo cáo", "Trả lại");
    }

    @Test
    void searchFindsUnitsIndicatorsPlansAndTasksWithoutDiacritics() {
        Api ward = Api.signedInPage(port, "phuong.doanket");
        assertThat(ward.text("/tim-kiem?q=doan+ket").body()).contains("phường Đoàn Kết", "(phường Đoàn Kết)");
        assertThat(ward.text("/tim-kiem?q=thu+ngan+sach").body()).contains("Thu ngân sách");
        assertThat(ward.text("/tim-kiem?q=thu+tuc+hanh+chinh").body())
                .contains("id=\"kq-nhiem-vu\"", "thủ tục hành chính");
        String other = Api.signedInPage(port, "phuong.tanphong")
                .text("/tim-kiem?q=doan+ket")
                .body();
        assertThat(other).as("another ward's plans are not listed").doesNotContain("(phường Đoàn Kết)");
    }
}
