package vn.ktxh.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ktxh.IntegrationTest;
import vn.ktxh.api.Api;

/**
 * Every kind of error, on the API and on the pages, answers in Vietnamese without naming a class, a package or a
 * library: such names tell an attacker what to aim at and tell a user nothing.
 */
@IntegrationTest
class ErrorBodiesTest {

    private static final List<String> TELLTALES =
            List.of("java.", "org.springframework", "Exception", "jackson", "tomcat", "at vn.ktxh");
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String BROKEN_MULTIPART =
            "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nabc";

    @LocalServerPort
    int port;

    /** What is sent, how, and the status it must get. */
    record Case(String name, int status, String method, String path, String type, String body) {}

    @Test
    void apiErrorsNameNoClassOrLibrary() throws Exception {
        Api caller = new Api(port).as("tonghop.laichau");
        String auth = "Basic " + Base64.getEncoder().encodeToString("tonghop.laichau:demo-ktxh-2025".getBytes());
        assertClean(
                auth,
                null,
                List.of(
                        new Case(
                                "JSON hỏng",
                                400,
                                "POST",
                                "/api/v1/account/tokens",
                                "application/json",
                                "{\"purpose\": "),
                        new Case("JSON sai kiểu", 400, "POST", "/api/v1/account/tokens", "application/json", "[1,2]"),
                        new Case(
                                "tham số sai kiểu",
                                400,
                                "GET",
                                "/api/v1/tasks/overview?area=12&today=hom-qua",
                                null,
                                null),
                        new Case(
                                "số quá lớn trong đường dẫn",
                                400,
                                "GET",
                                "/api/v1/tasks/99999999999999999999999",
                                null,
                                null),
                        new Case("không có địa chỉ", 404, "GET", "/api/v1/khong-co", null, null),
                        new Case("sai phương thức", 405, "DELETE", "/api/v1/indicators", null, null),
                        new Case("sai kiểu nội dung", 415, "POST", "/api/v1/account/tokens", "text/plain", "abc"),
                        new Case("không trả được kiểu yêu cầu", 406, "GET", "/api/v1/indicators", null, null),
                        new Case(
                                "multipart hỏng",
                                400,
                                "POST",
                                "/api/v1/exchange/uploads?area=12&period=2025",
                                "multipart/form-data; boundary=b",
                                BROKEN_MULTIPART),
                        new Case(
                                "tệp quá lớn",
                                413,
                                "POST",
                                "/api/v1/exchange/uploads?area=12&period=2025",
                                "multipart/form-data; boundary=b",
                                "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\nContent-Type: text/csv\r\n\r\n"
                                        + "x".repeat(21 * 1024 * 1024) + "\r\n--b--\r\n"),
                        new Case(
                                "đường dẫn bị tường lửa chặn",
                                400,
                                "GET",
                                "/api/v1/indicators/%2e%2e/x;y",
                                null,
                                null)));
        assertThat(caller.get("/api/v1/indicators").status())
                .as("the account works")
                .isEqualTo(200);
    }

    @Test
    void pageErrorsNameNoClassOrLibrary() throws Exception {
        Api page = Api.signedInPage(port, "tonghop.laichau");
        assertClean(
                null,
                page,
                List.of(
                        new Case("tham số sai kiểu", 400, "GET", "/danh-gia?area=12&period=nam-nay", null, null),
                        new Case("không có trang", 404, "GET", "/khong-co-trang-nay", null, null),
                        new Case("sai phương thức", 405, "DELETE", "/tai-khoan", null, null),
                        new Case(
                                "multipart hỏng",
                                400,
                                "POST",
                                "/trao-doi?area=12&period=2025",
                                "multipart/form-data; boundary=b",
                                BROKEN_MULTIPART),
                        new Case(
                                "số quá lớn trong đường dẫn",
                                400,
                                "POST",
                                "/tai-khoan/ma-api/99999999999999999999999/thu-hoi",
                                "application/x-www-form-urlencoded",
                                ""),
                        new Case("đường dẫn bị tường lửa chặn", 400, "GET", "/danh-gia/%2e%2e/x;y", null, null)));
    }

    /** Requests the server refuses before any application code sees them, sent as raw bytes (no client would). */
    @Test
    void requestsRefusedByTheServerItselfNameNoClassOrLibrary() throws Exception {
        SoftAssertions soft = new SoftAssertions();
        for (String request : List.of(
                "GET /api/v1/a|b{c} HTTP/1.1",
                "GET /\u00ff HTTP/1.1",
                "GET /api/v1/indicators HTTP/1.1\r\nX-Big: " + "x".repeat(20_000),
                "GET /danh-gia HTTP/9.9")) {
            String answer = raw(request);
            soft.assertThat(answer)
                    .as(request.substring(0, Math.min(20, request.length())))
                    .matches("(?s)HTTP/1.1 [45].*");
            for (String telltale : TELLTALES) {
                soft.assertThat(answer)
                        .as(request.substring(0, Math.min(20, request.length())))
                        .doesNotContainIgnoringCase(telltale);
            }
        }
        soft.assertAll();
    }

    private String raw(String requestLine) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write((requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void assertClean(String auth, Api page, List<Case> cases) throws Exception {
        SoftAssertions soft = new SoftAssertions();
        for (Case c : cases) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + c.path()))
                    .method(
                            c.method(),
                            c.body() == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(c.body()));
            request.header(
                    "Accept", c.status() == 406 ? "application/xml" : page == null ? "application/json" : "text/html");
            if (c.type() != null) {
                request.header("Content-Type", c.type());
            }
            if (auth != null) {
                request.header("Authorization", auth);
            }
            if (page != null) {
                request.header("Cookie", page.cookie()).header("X-CSRF-TOKEN", page.csrf());
            }
            HttpResponse<String> answer = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            soft.assertThat(answer.statusCode()).as(c.name() + " status").isEqualTo(c.status());
            for (String telltale : TELLTALES) {
                soft.assertThat(answer.body()).as(c.name() + " body").doesNotContainIgnoringCase(telltale);
            }
        }
        soft.assertAll();
    }
}
