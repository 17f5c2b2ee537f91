package vn.ktxh.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.ktxh.KtxhApplication;
import vn.ktxh.api.Api;

/**
 * The embedded database as users run it in production, killed under the running application: an acknowledged
 * figure is there after the crash, the outage is answered 503 (never 401) with health DOWN at once, and the
 * application recovers by itself once the watchdog has started the server again.
 */
class DatabaseCrashTest {

    private static ConfigurableApplicationContext app;
    private static EmbeddedServer server;
    private static Api api;

    @BeforeAll
    static void start() throws Exception {
        Path home = Files.createTempDirectory(Path.of("target"), "crash-");
        app = new SpringApplicationBuilder(KtxhApplication.class).run("--ktxh.home=" + home, "--server.port=0");
        server = app.getBean(EmbeddedServer.class);
        api = new Api(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theServerRunsDurably() throws Exception {
        try (Connection connection = server.connect(port());
                Statement statement = connection.createStatement()) {
            for (String setting : new String[] {"fsync", "synchronous_commit", "full_page_writes"}) {
                try (ResultSet rs = statement.executeQuery("SHOW " + setting)) {
                    rs.next();
                    assertThat(rs.getString(1)).as(setting).isEqualTo("on");
                }
            }
        }
    }

    @Test
    void anAcknowledgedFigureSurvivesTheDatabaseBeingKilledAndTheOutageIsA503() throws Exception {
        Api page = Api.signedInPage(api.port(), "quantri"); // a browser's session, signed in before the outage
        ProcessHandle postmaster =
                ProcessHandle.of(server.postmasterPid().orElseThrow()).orElseThrow();
        List<ProcessHandle> serverProcesses =
                Stream.concat(Stream.of(postmaster), postmaster.descendants()).toList();
        server.holdRestarts(true);
        Api.Reply stored = api.put(
                "/api/v1/figures",
                "[{\"indicator\":\"LD05\",\"area\":\"105\",\"period\":\"2024\",\"kind\":\"FINAL\",\"value\":\"231\"}]");
        // SIGKILL to the postmaster and every process of the server at once, within a millisecond of the 200: no
        // WAL writer is left to save a commit that was acknowledged before it reached the disk (synchronous_commit=off)
        serverProcesses.forEach(ProcessHandle::destroyForcibly);
        assertThat(stored.status()).isEqualTo(200);
        try {
            waitUntil(() -> !server.running(), Duration.ofSeconds(10));
            everyDoorAnswersTheOutage(page);
        } finally {
            server.holdRestarts(false); // the other test needs the server back, whatever failed here
        }
        waitUntil(() -> api.get("/api/v1/evaluations?area=105&period=2024").status() == 200, Duration.ofSeconds(60));
        assertThat(api.anonymous().text("/actuator/health").statusCode()).isEqualTo(200);
        Api.Reply history = api.get("/api/v1/figures/history?area=105&period=2024&indicator=LD05");
        assertThat(history.text()).contains("231");
        assertThat(api.put(
                                "/api/v1/figures",
                                "[{\"indicator\":\"LD05\",\"area\":\"105\",\"period\":\"2024\",\"kind\":\"FINAL\",\"value\":\"232\"}]")
                        .status())
                .as("writes work again without restarting the application")
                .isEqualTo(200);
    }

    @Test
    void theServerComesBackAlsoWhenItsFirstRestartIsRefused() throws Exception {
        // a backend busy computing outlives its killed postmaster and keeps the shared memory, so PostgreSQL refuses
        // to start again until it has finished: the watchdog must keep trying
        Thread busy = new Thread(() -> {
            try (Connection connection = server.connect(port());
                    Statement statement = connection.createStatement()) {
                statement.execute("select count(*) from generate_series(1, 40000000)");
            } catch (SQLException expected) {
                // the connection dies with its server
            }
        });
        busy.start();
        Thread.sleep(500);
        ProcessHandle.of(server.postmasterPid().orElseThrow()).orElseThrow().destroyForcibly();
        waitUntil(() -> !server.running(), Duration.ofSeconds(10));
        waitUntil(() -> api.get("/api/v1/evaluations?area=105&period=2024").status() == 200, Duration.ofSeconds(60));
        busy.join();
    }

    /** API with HTTP Basic (the sign-in's account look-up fails), API and page with a session, the sign-in form. */
    private static void everyDoorAnswersTheOutage(Api page) {
        Instant asked = Instant.now();
        Api.Reply outage = api.get("/api/v1/evaluations?area=105&period=2024");
        assertThat(outage.status()).isEqualTo(503);
        assertThat(outage.contentType()).startsWith("application/problem+json");
        assertThat(outage.body().path("detail").asText()).startsWith("Cơ sở dữ liệu tạm thời không truy cập được");
        assertThat(Duration.between(asked, Instant.now())).isLessThan(Duration.ofSeconds(10));
        assertThat(api.anonymous().text("/actuator/health").statusCode()).isEqualTo(503);
        assertThat(page.get("/api/v1/evaluations?area=105&period=2024").status())
                .as("the API read with the page's session, past the sign-in")
                .isEqualTo(503);
        HttpResponse<String> dashboard = page.text("/");
        assertThat(dashboard.statusCode()).isEqualTo(503);
        assertThat(dashboard.body())
                .contains("Cơ sở dữ liệu tạm thời không truy cập được")
                .doesNotContain("Exception");
        assertThat(signIn().headers().firstValue("Location").orElseThrow())
                .as("a sign-in the database cannot check is no wrong password")
                .endsWith("/dang-nhap?csdl");
    }

    private static HttpResponse<String> signIn() {
        HttpResponse<String> form = api.anonymous().text("/dang-nhap");
        String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(csrf.find()).isTrue();
        return new Api(api.port(), null, null, cookie, null)
                .form("/dang-nhap", "username=quantri&password=" + Api.DEMO_PASSWORD + "&_csrf=" + csrf.group(1));
    }

    private static int port() {
        return server.postmasterPort();
    }

    private static void waitUntil(Supplier<Boolean> condition, Duration limit) throws InterruptedException {
        Instant end = Instant.now().plus(limit);
        while (!condition.get()) {
            assertThat(Instant.now()).as("waited %s", limit).isBefore(end);
            Thread.sleep(100);
        }
    }
}
