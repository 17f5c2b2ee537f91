package vn.ktxh.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoTest {

    private final AtomicInteger worked = new AtomicInteger();

    @Test
    void keepsAResultUntilTheDataChanges() {
        Memo<String, Integer> memo = new Memo<>(10);
        assertThat(memo.get("105/2024", worked::incrementAndGet)).isEqualTo(1);
        assertThat(memo.get("105/2024", worked::incrementAndGet)).isEqualTo(1);
        memo.invalidate();
        assertThat(memo.get("105/2024", worked::incrementAndGet)).isEqualTo(2);
    }

    @Test
    void neverKeepsAResultWorkedOutWhileTheDataChanged() {
        Memo<String, Integer> memo = new Memo<>(10);
        int stale = memo.get("105/2024", () -> {
            memo.invalidate(); // a write commits while the old figures are being read
            return worked.incrementAndGet();
        });
        assertThat(stale).isEqualTo(1);
        assertThat(memo.get("105/2024", worked::incrementAndGet))
                .as("worked out again, not served stale")
                .isEqualTo(2);
    }

    @Test
    void staysWithinItsLimit() {
        Memo<Integer, Integer> memo = new Memo<>(3);
        for (int i = 0; i < 10; i++) {
            memo.get(i, worked::incrementAndGet);
        }
        assertThat(memo.get(9, worked::incrementAndGet)).isEqualTo(10);
        assertThat(memo.get(0, worked::incrementAndGet))
                .as("an early entry was let go")
                .isEqualTo(11);
    }

    @Test
    void aChangeOutdatesOnlyTheResultsItNames() {
        Memo<String, Integer> memo = new Memo<>(10);
        memo.get("12/2025", worked::incrementAndGet);
        memo.get("20/2025", worked::incrementAndGet);
        memo.invalidate("12/2025"::equals);
        assertThat(memo.get("20/2025", worked::incrementAndGet))
                .as("kept: the change did not name it")
                .isEqualTo(2);
        assertThat(memo.get("12/2025", worked::incrementAndGet))
                .as("worked out again")
                .isEqualTo(3);
    }

    @Test
    void aResultWorkedOutWhileAnotherUnitChangedIsKept() {
        Memo<String, Integer> memo = new Memo<>(10);
        memo.get("12/2025", () -> {
            memo.invalidate("20/2025"::equals);
            return worked.incrementAndGet();
        });
        memo.get("20/2025", () -> {
            memo.invalidate("20/2025"::equals);
            return worked.incrementAndGet();
        });
        assertThat(memo.get("12/2025", worked::incrementAndGet)).isEqualTo(1);
        assertThat(memo.get("20/2025", worked::incrementAndGet))
                .as("not kept: its data changed meanwhile")
                .isEqualTo(3);
    }

    @Test
    void manyCallersAskingForTheSameMissingResultAtOnceWorkItOutOnce() throws Exception {
        Memo<String, Integer> memo = new Memo<>(10);
        CountDownLatch release = new CountDownLatch(1);
        List<Thread> callers = new ArrayList<>();
        Map<Thread, Integer> answers = new ConcurrentHashMap<>();
        for (int i = 0; i < 16; i++) {
            callers.add(started(() -> answers.put(Thread.currentThread(), memo.get("105/2024", () -> {
                await(release);
                return worked.incrementAndGet();
            }))));
        }
        waitUntilAllWait(callers);
        release.countDown();
        for (Thread t : callers) {
            t.join(10_000);
        }
        assertThat(worked).as("computations").hasValue(1);
        assertThat(answers).hasSize(16);
        assertThat(answers.values()).containsOnly(1);
    }

    @Test
    void whoAsksAfterAChangeDoesNotJoinAComputationStartedBeforeIt() throws Exception {
        Memo<String, Integer> memo = new Memo<>(10);
        CountDownLatch release = new CountDownLatch(1);
        Thread early = started(() -> memo.get("105/2024", () -> {
            await(release);
            return worked.incrementAndGet();
        }));
        waitUntilAllWait(List.of(early));
        memo.invalidate("105/2024"::equals);
        assertThat(memo.get("105/2024", () -> 100 + worked.incrementAndGet()))
                .as("worked out anew")
                .isEqualTo(101);
        release.countDown();
        early.join(10_000);
        assertThat(memo.get("105/2024", worked::incrementAndGet))
                .as("the fresh result is the one kept")
                .isEqualTo(101);
    }

    @Test
    void withAReplicaAResultWorkedOutSoonAfterAChangeIsServedButNotKept() {
        Memo<String, Integer> memo = new Memo<>(10, Duration.ofHours(1));
        memo.invalidate("105/2024"::equals);
        assertThat(memo.get("105/2024", worked::incrementAndGet)).isEqualTo(1);
        assertThat(memo.get("105/2024", worked::incrementAndGet))
                .as("the replica may not have had the change")
                .isEqualTo(2);
        assertThat(memo.get("12/2024", worked::incrementAndGet)).isEqualTo(3);
        assertThat(memo.get("12/2024", worked::incrementAndGet))
                .as("kept: the change did not name it")
                .isEqualTo(3);
    }

    private static Thread started(Runnable work) {
        Thread thread = new Thread(work);
        thread.start();
        return thread;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every caller is blocked: on the computation's latch, or joining the computation under way. */
    private static void waitUntilAllWait(List<Thread> threads) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!threads.stream().allMatch(t -> t.getState() == Thread.State.WAITING) && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }
}
