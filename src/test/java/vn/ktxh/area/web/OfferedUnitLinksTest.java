package vn.ktxh.area.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ktxh.IntegrationTest;
import vn.ktxh.api.Api;

/**
 * The directory of units is open to every account, but it offers a unit's pages (overview, plans, figures,
 * evaluation) only where they open for that account: neither a unit's page nor the unit chooser ever leads to a
 * refusal. Asked on units at every level, inside and outside each demo account's reach.
 */
@IntegrationTest
class OfferedUnitLinksTest {

    private static final List<String> UNITS = List.of("VN", "12", "01", "105", "03408", "03388");
    private static final List<String> CHOOSERS = List.of(
            "/don-vi/chon?q=phuong&page=/danh-gia",
            "/don-vi/chon?q=ha+noi&page=/ke-hoach",
            "/don-vi/chon?q=lai+chau&page=/",
            "/don-vi/chon?page=/danh-gia&period=2025",
            "/don-vi/chon?page=/&period=2024");
    private static final Pattern UNIT_PAGE =
            Pattern.compile("href=\"(/(?:ke-hoach|nhap-so-lieu|danh-gia)?\\?area=[^\"]+)\"");

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "quantri",
                "tonghop.quocgia",
                "tonghop.laichau",
                "lanhdao.laichau",
                "so.giaoduc",
                "thanhpho.laichau",
                "phuong.tanphong",
                "phuong.doanket",
                "vanhoa.doanket",
                "congan.doanket"
            })
    void everyUnitPageOfferedOpens(String user) {
        Api session = Api.signedInPage(port, user);
        List<String> offered = new ArrayList<>();
        for (String page : pages()) {
            var reply = session.text(page);
            assertThat(reply.statusCode()).as("%s as %s", page, user).isEqualTo(200);
            Matcher link = UNIT_PAGE.matcher(reply.body());
            while (link.find()) {
                offered.add(link.group(1).replace("&amp;", "&"));
            }
        }
        List<String> refused = offered.stream()
                .distinct()
                .filter(link -> session.text(link).statusCode() != 200)
                .toList();
        assertThat(refused).as("links offered to %s that do not open", user).isEmpty();
        if (user.equals("quantri")) {
            assertThat(offered)
                    .as("the administrator is offered every unit's pages")
                    .hasSizeGreaterThan(UNITS.size() * 4);
        }
    }

    /** A former unit is named "105@2021-01-01" by pages; the audit log and its CSV take that name like every page does. */
    @Test
    void theReportingStatusOfAFormerUnitLeadsToItsAuditLog() {
        Api city = Api.signedInPage(port, "thanhpho.laichau");
        String status = city.text("/tinh-hinh-bao-cao").body();
        Matcher audit = Pattern.compile("href=\"(/nhat-ky(?:/xuat)?\\?area=105@[^\"]+)\"")
                .matcher(status);
        int links = 0;
        while (audit.find()) {
            links++;
            String link = audit.group(1).replace("&amp;", "&");
            assertThat(city.text(link).statusCode()).as(link).isEqualTo(200);
        }
        assertThat(links).as("the page and the CSV of the audit log").isEqualTo(2);
    }

    /** The navigation of a former ward's page in 2024 leads to that ward's tasks, not to those of today's unit with its code. */
    @Test
    void theNavigationOfAFormerWardLeadsToItsOwnTasks() {
        Api city = Api.signedInPage(port, "thanhpho.laichau");
        String dashboard = city.text("/?area=03408&period=2024").body();
        Matcher tasks = Pattern.compile("href=\"(/nhiem-vu\\?[^\"]+)\"").matcher(dashboard);
        assertThat(tasks.find()).as("the navigation offers the tasks").isTrue();
        var page = city.text(tasks.group(1).replace("&amp;", "&"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("phường Đông Phong").doesNotContain("phường Tân Phong");
    }

    /**
     * Before anything is typed the chooser offers the account's own unit as it stood on the period's last day and the
     * units right under it; a search puts the units of that date first.
     */
    @Test
    void theChooserStartsFromTheAccountsOwnUnitOnThePeriodsDate() {
        String province2025 = Api.signedInPage(port, "tonghop.laichau")
                .text("/don-vi/chon?page=/danh-gia&period=2025")
                .body();
        assertThat(province2025)
                .contains(
                        "ngày 31/12/2025",
                        "href=\"/danh-gia?area=12&amp;period=2025\"",
                        "href=\"/danh-gia?area=03408&amp;period=2025\"")
                .doesNotContain("thành phố Lai Châu");
        String ward = Api.signedInPage(port, "phuong.tanphong")
                .text("/don-vi/chon?page=/&period=2025")
                .body();
        assertThat(ward).contains("href=\"/?area=03408&amp;period=2025\"").doesNotContain("area=12&amp;");
        String city2024 = Api.signedInPage(port, "thanhpho.laichau")
                .text("/don-vi/chon?page=/&period=2024")
                .body();
        assertThat(city2024)
                .as("the units of 2024, none of 2025")
                .contains("thành phố Lai Châu", "phường Đông Phong")
                .doesNotContain("01/07/2025");
        String search = Api.signedInPage(port, "tonghop.laichau")
                .text("/don-vi/chon?q=phong&page=/&period=2025")
                .body();
        assertThat(search.indexOf("phường Tân Phong"))
                .as("the unit of 2025 before the former one")
                .isLessThan(search.indexOf("phường Đông Phong"));
    }

    private static List<String> pages() {
        List<String> pages =
                new ArrayList<>(UNITS.stream().map(code -> "/don-vi/" + code).toList());
        pages.addAll(CHOOSERS);
        return pages;
    }
}
