package vn.ktxh.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ktxh.IntegrationTest;
import vn.ktxh.api.Api;

/** The lock-out holds under concurrency: forty guesses at once are no more than five, and a lock looks like a wrong password. */
@IntegrationTest
class SignInLockTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Test
    void fortyConcurrentGuessesCheckNoMoreThanFiveAndTheRightOneAmongTheLaterIsRefused() throws Exception {
        accounts.create(
                Actor.system(),
                new NewAccount("thu.doan", "Thử đoán", Role.LEADER, "12", List.of(), "mat-khau-dung-9", false));
        ExecutorService pool = Executors.newFixedThreadPool(40);
        try {
            List<CompletableFuture<Api.Reply>> wrong = new ArrayList<>();
            for (int i = 0; i < 39; i++) {
                Api guess = new Api(port, "thu.doan", "doan-sai-" + i);
                wrong.add(CompletableFuture.supplyAsync(() -> guess.get("/api/v1/indicators"), pool));
            }
            Thread.sleep(
                    300); // the 39 wrong guesses are in: each takes ~100 ms of bcrypt, so most are still being checked
            Api.Reply right = new Api(port, "thu.doan", "mat-khau-dung-9").get("/api/v1/indicators");
            List<Api.Reply> wrongReplies =
                    wrong.stream().map(CompletableFuture::join).toList();

            assertThat(wrongReplies).allSatisfy(r -> assertThat(r.status()).isEqualTo(401));
            assertThat(right.status())
                    .as("the 40th guess, right but after five wrong ones")
                    .isEqualTo(401);
            assertThat(right.text())
                    .as("a lock answers as a wrong password")
                    .isEqualTo(wrongReplies.get(0).text());
            assertThat(right.body().get("detail").asString()).contains("Sai tên đăng nhập hoặc mật khẩu");
        } finally {
            pool.shutdownNow();
        }
    }
}
