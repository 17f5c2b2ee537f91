package vn.ktxh.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.server.PathContainer;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.util.pattern.PathPatternParser;
import vn.ktxh.IntegrationTest;
import vn.ktxh.api.Api;

/**
 * Static files and webjars are served, and the links a page prints are no resource look-ups: each link
 * matching a resource handler is searched in every classpath location (every JAR), and a miss is never
 * cached, which cost a third of the CPU of a page under load.
 */
@IntegrationTest
class StaticResourcesTest {

    @LocalServerPort
    int port;

    @Autowired
    ResourceUrlProvider resourceUrls;

    @Test
    void stylesScriptsAndWebjarsAreServedWithoutSigningIn() {
        Api anonymous = new Api(port).anonymous();
        for (String path : List.of(
                "/assets/css/app.css",
                "/assets/js/charts.js",
                "/webjars/bootstrap/css/bootstrap.min.css",
                "/webjars/htmx.org/dist/htmx.min.js",
                "/webjars/echarts/echarts.min.js")) {
            assertThat(anonymous.text(path).statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void thePagesStylesheetLinksAreTheServedOnes() {
        String page = Api.signedInPage(port, "quantri").text("/").body();
        assertThat(page).contains("href=\"/assets/css/app.css\"").contains("href=\"/webjars/bootstrap/");
    }

    @Test
    void noResourceHandlerMatchesALinkToAPage() {
        List<String> pageLinks =
                List.of("/", "/danh-gia", "/danh-gia/chi-tiet", "/nhiem-vu/12", "/api/v1/tasks/3", "/bao-cao/xem");
        for (String pattern : resourceUrls.getHandlerMap().keySet()) {
            var parsed = PathPatternParser.defaultInstance.parse(pattern);
            for (String link : pageLinks) {
                assertThat(parsed.matches(PathContainer.parsePath(link)))
                        .as(pattern + " matches " + link)
                        .isFalse();
            }
        }
        assertThat(resourceUrls.getForLookupPath("/webjars/bootstrap/css/bootstrap.min.css"))
                .isNotNull();
    }
}
