package vn.ktxh.database;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.ktxh.KtxhApplication;
import vn.ktxh.api.Api;

/**
 * Issue 11's durability figures on the embedded server as users run it: what a commit costs when it waits for the
 * disk (synchronous_commit on, as the server runs, against off for one session of the same server), one figure
 * written through the API, and how fast a killed postmaster is seen (health, API) and healed by the watchdog. Run:
 * {@code ./mvnw -q -B test -Dtest=DurabilityBenchmark -Dtest.excludedGroups=}
 */
@Tag("benchmark")
class DurabilityBenchmark {

    private static final int COMMITS = 500;
    private static final int WRITES = 200;
    private static final int OUTAGES = 5;
    private static final String EVALUATIONS = "/api/v1/evaluations?area=105&period=2024";

    @Test
    void commitCostAndOutageTimes() throws Exception {
        Path home = Files.createTempDirectory(Path.of("target"), "durability-");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(KtxhApplication.class)
                .run("--ktxh.home=" + home, "--server.port=0", "--logging.level.root=WARN")) {
            EmbeddedServer server = app.getBean(EmbeddedServer.class);
            Api page = Api.signedInPage(
                    Integer.parseInt(app.getEnvironment().getProperty("local.server.port")), "quantri");
            commits(server);
            writes(page);
            outages(server, page);
        }
    }

    private static void commits(EmbeddedServer server) throws Exception {
        try (Connection connection = server.connect(server.postmasterPort())) {
            EmbeddedServer.execute(
                    connection, "create table commit_bench (id bigserial primary key, value numeric not null)");
            for (String mode : new String[] {"on", "off"}) {
                EmbeddedServer.execute(connection, "set synchronous_commit = " + mode);
                long[] nanos = new long[COMMITS];
                try (PreparedStatement insert =
                        connection.prepareStatement("insert into commit_bench (value) values (?)")) {
                    for (int i = -50; i < COMMITS; i++) { // the first 50 warm up
                        long start = System.nanoTime();
                        insert.setBigDecimal(1, BigDecimal.valueOf(i));
                        insert.executeUpdate();
                        if (i >= 0) {
                            nanos[i] = System.nanoTime() - start;
                        }
                    }
                }
                report("one-row commit, synchronous_commit=" + mode, nanos);
                bulk(connection, mode);
            }
            EmbeddedServer.execute(connection, "drop table commit_bench");
        }
    }

    /** 240.000 rows by COPY in 10 commits of 24.000, as an import of a province's year sends them. */
    private static void bulk(Connection connection, String mode) throws Exception {
        var copy = connection.unwrap(PGConnection.class).getCopyAPI();
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 24_000; i++) {
            rows.append(i % 9973).append(".5").append('\n');
        }
        long start = System.nanoTime();
        for (int batch = 0; batch < 10; batch++) {
            copy.copyIn("copy commit_bench (value) from stdin (format csv)", new StringReader(rows.toString()));
        }
        long nanos = System.nanoTime() - start;
        EmbeddedServer.execute(connection, "truncate commit_bench");
        System.out.printf(
                "COPY 240.000 rows in 10 commits, synchronous_commit=%s: %.2f s = %.0f rows/s%n",
                mode, nanos / 1e9, 240_000 / (nanos / 1e9));
    }

    private static void writes(Api page) {
        long[] nanos = new long[WRITES];
        for (int i = 0; i < WRITES; i++) {
            long start = System.nanoTime();
            Api.Reply reply = page.put("/api/v1/figures", figure(String.valueOf(200 + i)));
            nanos[i] = System.nanoTime() - start;
            if (reply.status() != 200) {
                throw new IllegalStateException("write answered " + reply.status() + ": " + reply.text());
            }
        }
        report("PUT /api/v1/figures, one figure, session", nanos);
    }

    private static void outages(EmbeddedServer server, Api page) throws Exception {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < OUTAGES; i++) {
            ProcessHandle postmaster =
                    ProcessHandle.of(server.postmasterPid().orElseThrow()).orElseThrow();
            long killed = System.nanoTime();
            postmaster.destroyForcibly();
            long down = until(() -> page.text("/actuator/health").statusCode() == 503, killed);
            long asked = System.nanoTime();
            int status = page.get(EVALUATIONS).status();
            long answered = System.nanoTime() - asked;
            long back = until(() -> page.get(EVALUATIONS).status() == 200, killed);
            long written =
                    until(() -> page.put("/api/v1/figures", figure("231")).status() == 200, killed);
            rows.add("| %d | %d ms | %d (%d ms) | %d ms | %d ms |"
                    .formatted(i + 1, ms(down), status, ms(answered), ms(back), ms(written)));
        }
        System.out.println("| kill | health DOWN after | API during outage | API 200 again after | write 200 after |");
        rows.forEach(System.out::println);
    }

    private static String figure(String value) {
        return "[{\"indicator\":\"LD05\",\"area\":\"105\",\"period\":\"2024\",\"kind\":\"FINAL\",\"value\":\"" + value
                + "\"}]";
    }

    /** Nanoseconds from {@code since} until the condition holds, polled every 20 ms, at most two minutes. */
    private static long until(BooleanSupplier condition, long since) throws InterruptedException {
        long limit = since + Duration.ofMinutes(2).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > limit) {
                throw new IllegalStateException("not within two minutes");
            }
            Thread.sleep(20);
        }
        return System.nanoTime() - since;
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(
                "%s: n=%d p50 %.2f ms, p95 %.2f ms%n",
                what, sorted.length, sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6);
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
