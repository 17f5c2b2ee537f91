package vn.ktxh.task.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ktxh.IntegrationTest;
import vn.ktxh.web.Browser;

/**
 * In a real browser (the system Chromium): the ward's officer signs in, sees the overdue task of his office first,
 * reports it done, and the task's status and his office's counts change (the demo task is overdue from 01/11/2026);
 * the office assigns, splits and, through the lead agency, closes a task.
 */
@IntegrationTest
class TaskBrowserTest {

    static final String TASK = "Xây dựng hạ tầng đảm bảo điều kiện cấp đất";
    static final String OFFICE = "Phòng Kinh tế, Hạ tầng và Đô thị";
    static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launch() {
        browser = new Browser();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anOfficerSeesTheOverdueTaskReportsItDoneAndTheCountsChange() {
        String base = "http://localhost:" + port;
        Page page = signIn(base + "/nhiem-vu?area=03388", "phuong.doanket");
        Browser.screenshot(page, "40-nhiem-vu");

        Locator firstRow = page.locator("tbody tr").first();
        assertThat(firstRow.locator(".status").textContent())
                .as("overdue first")
                .isEqualTo("Đang thực hiện quá hạn");
        Locator row = page.locator("tbody tr", new Page.LocatorOptions().setHasText(TASK));
        assertThat(row.locator(".status").textContent()).isEqualTo("Đang thực hiện quá hạn");

        page.navigate(base + "/nhiem-vu/co-quan");
        int overdueBefore = count(page, "OVERDUE");
        int lateBefore = count(page, "DONE_LATE");

        page.navigate(base + "/nhiem-vu");
        page.getByText(TASK).first().click();
        Browser.screenshot(page, "41-nhiem-vu-chi-tiet");
        page.getByLabel("Tỷ lệ hoàn thành (%)").fill("100");
        page.getByLabel("Kết quả thực hiện")
                .fill("Đã hoàn thiện hạ tầng 4/4 khu đất; tổ chức đấu giá xong (thử nghiệm)");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi báo cáo"))
                .click();
        page.waitForURL("**da-bao-cao**");
        assertThat(page.locator("#trang-thai").textContent()).isEqualTo("Hoàn thành quá hạn");
        assertThat(page.locator("tbody tr").last().textContent())
                .contains("100%")
                .contains("phuong.doanket");

        page.navigate(base + "/nhiem-vu/co-quan");
        assertThat(count(page, "OVERDUE")).isEqualTo(overdueBefore - 1);
        assertThat(count(page, "DONE_LATE")).isEqualTo(lateBefore + 1);
        Browser.screenshot(page, "42-nhiem-vu-theo-co-quan");
    }

    /**
     * The ward's synthesis office assigns a task in the browser (a wrong deadline first: the reason is shown and the
     * typed values stay), splits it into a sub-task for Phòng Văn hóa - Xã hội, whose officer closes the sub-task by
     * reporting it done; the parent lists the sub-task as done. Deadlines are far ahead, so the task is on time.
     */
    @Test
    void theOfficeAssignsAndSplitsATaskAndTheLeadAgencyClosesThePart() {
        String base = "http://localhost:" + port;
        Page office = signIn(base + "/nhiem-vu?area=03388", "phuong.doanket");
        office.locator("#giao-nhiem-vu summary").click();
        office.getByLabel("Tên nhiệm vụ").fill("Tổng điều tra hộ kinh doanh cá thể (thử nghiệm)");
        office.getByLabel("Cơ quan chủ trì").selectOption("Phòng Kinh tế, Hạ tầng và Đô thị");
        office.getByLabel("Thời hạn", EXACT).fill("31/02/2099");
        office.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Giao nhiệm vụ").setExact(true))
                .click();
        assertThat(office.locator("#giao-nhiem-vu .alert-danger").textContent()).contains("31/02/2099");
        assertThat(office.getByLabel("Tên nhiệm vụ").inputValue())
                .isEqualTo("Tổng điều tra hộ kinh doanh cá thể (thử nghiệm)");

        office.getByLabel("Thời hạn", EXACT).fill("31/12/2099");
        office.getByLabel("Cơ quan chủ trì").selectOption("Phòng Kinh tế, Hạ tầng và Đô thị");
        office.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Giao nhiệm vụ").setExact(true))
                .click();
        office.waitForURL("**da-giao**");
        assertThat(office.locator("h1").textContent()).isEqualTo("Tổng điều tra hộ kinh doanh cá thể (thử nghiệm)");
        String parentUrl = office.url().replaceAll("\\?.*", "");

        office.locator("#giao-nhiem-vu summary").click();
        office.getByLabel("Tên nhiệm vụ").fill("Lập danh sách hộ kinh doanh tổ dân phố số 1 (thử nghiệm)");
        office.getByLabel("Cơ quan chủ trì").selectOption("Phòng Văn hóa - Xã hội");
        office.getByLabel("Thời hạn", EXACT).fill("30/06/2099");
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Giao nhiệm vụ con"))
                .click();
        office.waitForURL("**da-giao**");
        String partUrl = office.url().replaceAll("\\?.*", "");
        Browser.screenshot(office, "43-nhiem-vu-con");

        Page agency = signIn(partUrl, "vanhoa.doanket");
        agency.getByLabel("Tỷ lệ hoàn thành (%)").fill("100");
        agency.getByLabel("Kết quả thực hiện").fill("Đã lập danh sách 57 hộ kinh doanh (thử nghiệm)");
        agency.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi báo cáo"))
                .click();
        agency.waitForURL("**da-bao-cao**");
        assertThat(agency.locator("#trang-thai").textContent()).isEqualTo("Hoàn thành đúng hạn");

        agency.locator("#nhiem-vu-cha").click();
        assertThat(agency.url()).isEqualTo(parentUrl);
        office.navigate(parentUrl);
        assertThat(office.locator("li", new Page.LocatorOptions().setHasText("Lập danh sách hộ kinh doanh"))
                        .textContent())
                .contains("Hoàn thành đúng hạn");
        assertThat(office.locator("#trang-thai").textContent()).isEqualTo("Chưa thực hiện");
    }

    /** A page of its own (another person at another computer), signed in, on {@code url}. */
    private Page signIn(String url, String username) {
        Page page = browser.newPage();
        Browser.signIn(page, "http://localhost:" + port, username);
        page.navigate(url);
        return page;
    }

    private static int count(Page page, String status) {
        return Integer.parseInt(page.locator("tr[data-agency='%s'] td[data-status='%s']".formatted(OFFICE, status))
                .textContent()
                .strip());
    }
}
