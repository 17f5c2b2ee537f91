package vn.ktxh.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ktxh.IntegrationTest;
import vn.ktxh.api.Api;

/**
 * Every download a page links to (reports, task lists, progress reports, attachments, evaluation and template workbooks)
 * answers a signed-in browser with the file, on its session; a write on the strength of that session still needs the
 * page's CSRF token.
 */
@IntegrationTest
class PageDownloadsTest {

    private static final Pattern LINK = Pattern.compile("href=\"([^\"]+)\"");
    private static final Pattern DOWNLOAD = Pattern.compile("^/(api/v1/|danh-gia/xlsx|trao-doi/mau|nhat-ky/xuat).*");

    @LocalServerPort
    int port;

    @Test
    void everyDownloadLinkOfThePagesAnswersTheSession() {
        Api province = Api.signedInPage(port, "tonghop.laichau");
        Set<String> links = new LinkedHashSet<>();
        links.addAll(downloads(province, "/bao-cao?area=105&period=2024"));
        links.addAll(downloads(province, "/danh-gia?area=105&period=2024"));
        Api ward = Api.signedInPage(port, "phuong.doanket");
        links.addAll(downloads(ward, "/nhiem-vu"));
        String list = ward.text("/nhiem-vu").body();
        Matcher task = Pattern.compile("href=\"(/nhiem-vu/\\d+)\"").matcher(list);
        int tasks = 0;
        while (task.find() && tasks++ < 40) {
            links.addAll(downloads(ward, task.group(1)));
        }
        assertThat(links)
                .anyMatch(l -> l.contains("format=docx"))
                .anyMatch(l -> l.contains("format=pdf"))
                .anyMatch(l -> l.contains("format=xlsx"))
                .anyMatch(l -> l.contains("/tasks/export"))
                .anyMatch(l -> l.contains("/progress/"))
                .anyMatch(l -> l.startsWith("/danh-gia/xlsx"));
        for (String link : links) {
            Api who = link.contains("tasks") ? ward : province;
            HttpResponse<byte[]> file = who.download(link);
            assertThat(file.statusCode()).as(link).isEqualTo(200);
            assertThat(file.headers().firstValue("Content-Type").orElse(""))
                    .as(link)
                    .doesNotContain("text/html");
            assertThat(file.body().length).as(link).isGreaterThan(100);
        }
    }

    @Test
    void aWriteOnThePageSessionNeedsItsCsrfToken() {
        Api session = Api.signedInPage(port, "tonghop.laichau");
        Api withoutToken = new Api(port, null, null, session.cookie(), null);
        assertThat(withoutToken.put("/api/v1/figures", "[]").status()).isEqualTo(403);
        assertThat(session.put("/api/v1/figures", "[]").status()).isNotIn(401, 403);
        assertThat(new Api(port, null, null).get("/api/v1/indicators").status())
                .as("no session, no credentials")
                .isEqualTo(401);
    }

    private static Set<String> downloads(Api session, String page) {
        HttpResponse<String> shown = session.text(page);
        assertThat(shown.statusCode()).as(page).isEqualTo(200);
        Set<String> out = new LinkedHashSet<>();
        Matcher m = LINK.matcher(shown.body());
        while (m.find()) {
            String href = m.group(1).replace("&amp;", "&");
            if (DOWNLOAD.matcher(href).matches()) {
                out.add(href);
            }
        }
        return out;
    }
}
