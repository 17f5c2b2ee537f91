package vn.ktxh.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ktxh.IntegrationTest;
import vn.ktxh.api.Api;
import vn.ktxh.shared.VietnamTime;

/** One clock, in Vietnam's time zone: the audit log's default range ends today there, and every page says the same day. */
@IntegrationTest
class OneClockTest {

    @LocalServerPort
    int port;

    @Autowired
    List<Clock> clocks;

    @Test
    void thereIsOneClockAndItKeepsVietnamTime() {
        assertThat(clocks).hasSize(1);
        assertThat(clocks.get(0).getZone()).isEqualTo(VietnamTime.ZONE);
    }

    @Test
    void theAuditRangeAndThePagesAgreeOnToday() {
        LocalDate today = VietnamTime.today(clocks.get(0));
        String shown = today.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        Api office = Api.signedInPage(port, "tonghop.laichau");
        String audit = office.text("/nhat-ky").body();
        assertThat(audit)
                .contains("name=\"to\"")
                .contains("value=\"" + today + "\"")
                .contains("đến " + shown);
        assertThat(office.text("/tinh-hinh-bao-cao").body()).contains("tính đến ngày <strong>" + shown + "</strong>");
        assertThat(Api.signedInPage(port, "phuong.doanket").text("/nhiem-vu").body())
                .contains("tính đến ngày <span>" + shown + "</span>");
    }
}
