package vn.ktxh.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ktxh.IntegrationTest;

/** The pages sign in with a form protected by a CSRF token; without a session they send the user to it. */
@IntegrationTest
class WebSignInTest {

    @LocalServerPort
    int port;

    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    @Test
    void showsTheSignInFormInVietnameseWithACsrfToken() throws Exception {
        HttpResponse<String> page = send(at("/dang-nhap"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("lang=\"vi\"")
                .contains("Tên đăng nhập")
                .contains("Mật khẩu")
                .contains("name=\"_csrf\"");
    }

    @Test
    void sendsAnUnsignedVisitorToTheSignInForm() throws Exception {
        HttpResponse<String> home = send(at("/"));
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location").orElse("")).endsWith("/dang-nhap");
    }

    @Test
    void refusesASignInWithoutTheCsrfToken() throws Exception {
        HttpResponse<String> forged = send(at("/dang-nhap")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=quantri&password=demo-ktxh-2025")));
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    @Test
    void signsInWithTheTokenOfTheForm() throws Exception {
        HttpResponse<String> page = send(at("/dang-nhap"));
        String token = page.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        HttpResponse<String> wrong = send(at("/dang-nhap")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString("username=quantri&password=sai&_csrf=" + token)));
        assertThat(wrong.headers().firstValue("Location").orElse("")).endsWith("/dang-nhap?loi");
        HttpResponse<String> signedIn = send(at("/dang-nhap")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString("username=quantri&password=demo-ktxh-2025&_csrf=" + token)));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("dang-nhap");
    }
}
