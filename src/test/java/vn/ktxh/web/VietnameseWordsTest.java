package vn.ktxh.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ktxh.IntegrationTest;
import vn.ktxh.api.Api;

/**
 * Every word a user reads is Vietnamese and written for them: crawling the demo's pages as each account (from where it
 * lands, following the links of the pages), no text says "seed", "maintain", "null", "undefined" or names an English
 * exception, and no page fails. A link a page offers opens: pages never lead an account to a unit it may not see.
 */
@IntegrationTest
class VietnameseWordsTest {

    static final int PAGES_PER_ACCOUNT = 45;
    private static final Pattern LINK = Pattern.compile("(?:href|src)=\"(/[^\"#]*)\"");
    private static final Pattern SKIP = Pattern.compile(
            "^/(api/|webjars/|assets/|css/|js/|dang-xuat|dang-nhap|danh-gia/xlsx|trao-doi/mau|nhat-ky/xuat|v3/).*");
    private static final Pattern DEVELOPERS_WORDS =
            Pattern.compile("(?i)\\b(seed|maintain|null|undefined)\\b|\\b[A-Z][A-Za-z]+(Exception|Error)\\b");

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "quantri",
                "tonghop.laichau",
                "lanhdao.laichau",
                "so.giaoduc",
                "thanhpho.laichau",
                "phuong.tanphong",
                "phuong.doanket",
                "vanhoa.doanket",
                "congan.doanket"
            })
    void noPageSpeaksToDevelopers(String user) {
        Api session = Api.signedInPage(port, user);
        Deque<String> queue = new ArrayDeque<>(List.of(
                "/",
                "/nhiem-vu",
                "/ke-hoach",
                "/bao-cao",
                "/bao-cao/xem?area=105&period=2024",
                "/trao-doi",
                "/doc-van-ban",
                "/chi-tieu",
                "/don-vi",
                "/khong-co-trang-nay"));
        Set<String> typed = Set.copyOf(queue);
        Set<String> seen = new LinkedHashSet<>(queue);
        List<String> found = new ArrayList<>();
        int visited = 0;
        while (!queue.isEmpty() && visited < PAGES_PER_ACCOUNT) {
            String path = queue.poll();
            HttpResponse<String> page = session.text(path);
            visited++;
            if (typed.contains(path)) {
                assertThat(page.statusCode()).as("%s typed as %s", path, user).isIn(200, 403, 404);
            } else {
                assertThat(page.statusCode())
                        .as("%s, a link offered to %s", path, user)
                        .isEqualTo(200);
            }
            String text = visibleText(page.body());
            Matcher bad = DEVELOPERS_WORDS.matcher(text);
            while (bad.find()) {
                int from = Math.max(0, bad.start() - 60);
                found.add(path + ": …" + text.substring(from, Math.min(text.length(), bad.end() + 40)) + "…");
            }
            Matcher link = LINK.matcher(page.body());
            while (link.find()) {
                String next = link.group(1).replace("&amp;", "&");
                if (!SKIP.matcher(next).matches() && seen.add(next)) {
                    queue.add(next);
                }
            }
        }
        assertThat(visited).isGreaterThan(10);
        assertThat(found).as("as %s", user).isEmpty();
    }

    /** What a reader sees: the text between the tags, and the words of inputs and buttons. */
    static String visibleText(String html) {
        String noCode = html.replaceAll("(?is)<script.*?</script>|<style.*?</style>", " ");
        StringBuilder out = new StringBuilder(noCode.replaceAll("(?s)<[^>]*>", " "));
        // an option's value is what the form sends, not what the reader sees (its label is between the tags)
        Matcher words = Pattern.compile("(?:value|placeholder|title|aria-label)=\"([^\"]*)\"")
                .matcher(noCode.replaceAll("(?is)<option[^>]*>", "<option>"));
        while (words.find()) {
            out.append(' ').append(words.group(1));
        }
        return out.toString().replace("&quot;", "\"").replaceAll("\\s+", " ");
    }
}
