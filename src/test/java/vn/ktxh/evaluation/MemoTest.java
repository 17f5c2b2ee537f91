package vn.ktxh.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(memo.get("105/2024", worked::incrementAndGet)).as("worked out again, not served stale").isEqualTo(2);
    }

    @Test
    void staysWithinItsLimit() {
        Memo<Integer, Integer> memo = new Memo<>(3);
        for (int i = 0; i < 10; i++) {
            memo.get(i, worked::incrementAndGet);
        }
        assertThat(memo.get(9, worked::incrementAndGet)).isEqualTo(10);
        assertThat(memo.get(0, worked::incrementAndGet)).as("an early entry was let go").isEqualTo(11);
    }

    @Test
    void aChangeOutdatesOnlyTheResultsItNames() {
        Memo<String, Integer> memo = new Memo<>(10);
        memo.get("12/2025", worked::incrementAndGet);
        memo.get("20/2025", worked::incrementAndGet);
        memo.invalidate("12/2025"::equals);
        assertThat(memo.get("20/2025", worked::incrementAndGet)).as("kept: the change did not name it").isEqualTo(2);
        assertThat(memo.get("12/2025", worked::incrementAndGet)).as("worked out again").isEqualTo(3);
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
        assertThat(memo.get("20/2025", worked::incrementAndGet)).as("not kept: its data changed meanwhile").isEqualTo(3);
    }
}
