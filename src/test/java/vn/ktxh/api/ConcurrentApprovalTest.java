package vn.ktxh.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.ktxh.IntegrationTest;

/**
 * Two offices above a ward (the province's and the nation's) move its submitted report at the same instant, one
 * approving and one returning it: exactly one move is taken, the other is refused for the state it found, and the
 * report's history stays one unbroken chain (each move leaves from the state the previous one reached).
 */
@IntegrationTest
class ConcurrentApprovalTest {

    private static final String REPORT = "/api/v1/reports/03388/2030-M05/workflow"; // a month no other test moves
    private static final int ROUNDS = 8;

    @LocalServerPort
    int port;

    @Test
    void ofTwoOfficesMovingASubmittedReportAtOnceExactlyOneWins() throws Exception {
        Api admin = new Api(port);
        Api ward = admin.as("phuong.doanket");
        Api province = admin.as("tonghop.laichau");
        Api nation = admin.as("tonghop.quocgia");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                assertThat(ward.post(REPORT + "/submit", "{}").status())
                        .as("round %d: submitted", round)
                        .isEqualTo(200);
                // the offices swap their moves each round, so that neither office nor move is always first in line
                Api approver = round % 2 == 0 ? province : nation;
                Api returner = round % 2 == 0 ? nation : province;
                CountDownLatch start = new CountDownLatch(1);
                Future<Api.Reply> approval = pool.submit(() -> {
                    start.await();
                    return approver.post(REPORT + "/approve", "{}");
                });
                String reason = "{\"reason\":\"thiếu số liệu (vòng %d)\"}".formatted(round);
                Future<Api.Reply> giveBack = pool.submit(() -> {
                    start.await();
                    return returner.post(REPORT + "/return", reason);
                });
                start.countDown();
                Api.Reply approved = approval.get();
                Api.Reply returned = giveBack.get();

                List<Integer> statuses = new ArrayList<>(List.of(approved.status(), returned.status()));
                assertThat(statuses)
                        .as("round %d: one move taken, one refused for the state it found", round)
                        .containsExactlyInAnyOrder(200, 400);
                Api.Reply loser = approved.status() == 200 ? returned : approved;
                assertThat(loser.body().path("detail").asString())
                        .startsWith("Không thể")
                        .contains(approved.status() == 200 ? "Đã phê duyệt" : "Nháp");
                JsonNode workflow = province.get(REPORT).body();
                String winner = approved.status() == 200 ? "APPROVED" : "DRAFT";
                assertThat(workflow.path("state").asString())
                        .as("round %d: the state the winner left", round)
                        .isEqualTo(winner);
                assertUnbrokenChain(workflow.path("events"), 2 * round + 2);
                if (winner.equals("APPROVED")) {
                    assertThat(province.post(REPORT + "/reopen", "{\"reason\":\"vòng sau\"}")
                                    .status())
                            .isEqualTo(200);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every move leaves from where the previous one arrived, and the moves of each round are all there, no more. */
    private static void assertUnbrokenChain(JsonNode events, int atLeast) {
        String state = "DRAFT";
        int submissions = 0;
        int decisions = 0;
        for (JsonNode event : events) {
            assertThat(event.path("from").asString())
                    .as("a move leaves from the state the previous one reached")
                    .isEqualTo(state);
            state = event.path("to").asString();
            submissions += state.equals("SUBMITTED") ? 1 : 0;
            decisions += event.path("from").asString().equals("SUBMITTED") ? 1 : 0;
        }
        assertThat(decisions).as("each submission decided exactly once").isEqualTo(submissions);
        assertThat(events.size()).isGreaterThanOrEqualTo(atLeast);
    }
}
