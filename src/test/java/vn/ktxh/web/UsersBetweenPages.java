package vn.ktxh.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import vn.ktxh.api.Api;

/**
 * The load of many signed-in users, each waiting 1–3 s between two requests and taking the given pages in turn: a page
 * with the user's session cookie, {@code /api/…} with an API token (made once, as API clients hold one). Each path is
 * asked once before the users start (a server in use has worked it out once, not 200 users at the same instant); then
 * {@code seconds} are timed after 15 s of warm-up. Every answer must be a 200. {@code meanwhile} runs once a second
 * during the load (e.g. a commune writing a figure), or is null.
 */
public record UsersBetweenPages(int port, String account, List<String> paths, int users, long seconds) {

    public void run(String title, Runnable meanwhile) throws Exception {
        List<String> sessions = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            sessions.add(Api.signedInPage(port, account).cookie());
        }
        String token = new Api(port)
                .as(account)
                .post("/api/v1/account/tokens", "{\"purpose\":\"Đo tải\"}")
                .body()
                .get("token")
                .asString();
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (String path : paths) {
            assertThat(client.send(request(path, sessions.get(0), token), HttpResponse.BodyHandlers.discarding())
                            .statusCode())
                    .as(path)
                    .isEqualTo(200);
        }
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long warmUpEnd = System.nanoTime() + 15_000_000_000L;
        long end = warmUpEnd + seconds * 1_000_000_000L;
        List<ConcurrentLinkedQueue<Long>> timed = new ArrayList<>();
        paths.forEach(p -> timed.add(new ConcurrentLinkedQueue<>()));
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger writes = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(users + 1);
        try {
            for (int u = 0; u < users; u++) {
                String cookie = sessions.get(u);
                Random random = new Random(u);
                pool.submit(() -> {
                    for (int i = random.nextInt(paths.size()); System.nanoTime() < end; i++) {
                        Thread.sleep(1000 + random.nextInt(2001));
                        int page = i % paths.size();
                        long start = System.nanoTime();
                        int status = client.send(
                                        request(paths.get(page), cookie, token), HttpResponse.BodyHandlers.discarding())
                                .statusCode();
                        if (start > warmUpEnd && start < end) {
                            timed.get(page).add((System.nanoTime() - start) / 1_000_000);
                            if (status != 200) {
                                errors.incrementAndGet();
                            }
                        }
                    }
                    return null;
                });
            }
            if (meanwhile != null) {
                pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        Thread.sleep(1000);
                        meanwhile.run();
                        writes.incrementAndGet();
                    }
                    return null;
                });
            }
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(seconds + 60, TimeUnit.SECONDS))
                    .as("every user stopped")
                    .isTrue();
        }
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        System.out.printf(
                "BENCHMARK %s: %d users, 1–3 s between pages, %d s timed, %d writes meanwhile, errors=%d, load average %.1f"
                        + " before, %.1f after%n",
                title, users, seconds, writes.get(), errors.get(), loadBefore, load);
        long requests = 0;
        for (int page = 0; page < paths.size(); page++) {
            long[] sorted =
                    timed.get(page).stream().mapToLong(Long::longValue).sorted().toArray();
            requests += sorted.length;
            report(paths.get(page), sorted);
        }
        System.out.printf("BENCHMARK throughput %.1f requests/s%n", requests / (double) seconds);
        assertThat(errors.get()).as("answers other than 200").isZero();
    }

    /** A page with the session's cookie; the API, which keeps no session, with the API token. */
    private HttpRequest request(String path, String cookie, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        return (path.startsWith("/api/")
                        ? request.header("Authorization", "Bearer " + token)
                        : request.header("Cookie", cookie))
                .build();
    }

    /** One line of timings in milliseconds, sorted: the count, p50, p95, p99 and the slowest. */
    public static void report(String what, long[] sorted) {
        System.out.printf(
                "BENCHMARK %-60s n=%d p50=%d ms p95=%d ms p99=%d ms max=%d ms%n",
                what,
                sorted.length,
                percentile(sorted, 50),
                percentile(sorted, 95),
                percentile(sorted, 99),
                sorted[sorted.length - 1]);
    }

    public static long percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
