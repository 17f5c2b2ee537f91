package vn.ktxh.cycle.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import vn.ktxh.data.StreamedFigures;
import vn.ktxh.shared.AccessRefused;
import vn.ktxh.shared.Conflict;
import vn.ktxh.shared.RejectedInput;

/**
 * The imports through the streaming door, while they run and for an hour after: how many lines each has read, and how
 * it ended. Only the account that started one may follow it. Held in memory: a restart forgets them, as it ends them.
 */
@Component
class StreamedImports {

    private static final Duration KEPT = Duration.ofHours(1);
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    /** What the account that started an import sees of it. */
    record Progress(
            String id,
            String state,
            int linesRead,
            Integer stored,
            Map<String, Integer> perKind,
            String problem,
            Instant startedAt,
            Instant finishedAt) {}

    /** One import as it runs; its fields are written by the thread that reads the stream and read by others. */
    static final class Run {
        private final String id;
        private final String owner;
        private final Instant startedAt;
        private volatile int linesRead;
        private volatile StreamedFigures result;
        private volatile String problem;
        private volatile Instant finishedAt;

        private Run(String id, String owner, Instant startedAt) {
            this.id = id;
            this.owner = owner;
            this.startedAt = startedAt;
        }

        String id() {
            return id;
        }

        void read(int line) {
            linesRead = line;
        }

        private Progress progress() {
            String state = finishedAt == null ? "đang nhập" : result != null ? "đã lưu" : "bị từ chối, không lưu gì";
            return new Progress(
                    id,
                    state,
                    linesRead,
                    result == null ? null : result.stored(),
                    result == null ? null : FigureStreamApi.perKind(result),
                    problem,
                    startedAt,
                    finishedAt);
        }
    }

    private final Map<String, Run> runs = new ConcurrentHashMap<>();
    private final Clock clock;

    StreamedImports(Clock clock) {
        this.clock = clock;
    }

    /** {@code id}: the client's own (to follow the import while it runs), or null for one made here. */
    Run start(String id, String owner) {
        Instant now = clock.instant();
        runs.values().removeIf(r -> r.finishedAt != null && r.finishedAt.isBefore(now.minus(KEPT)));
        String key = id == null ? UUID.randomUUID().toString() : id;
        if (!ID.matcher(key).matches()) {
            throw new RejectedInput(
                    "X-Import-Id", "Mã lần nhập \"%s\" không hợp lệ; dùng tối đa 64 chữ, số, - hoặc _".formatted(id));
        }
        Run run = new Run(key, owner, now);
        // an id is free, or the owner's own finished import of it, which gives way to the new one
        Run kept = runs.compute(
                key,
                (k, before) ->
                        before == null || before.finishedAt != null && before.owner.equals(owner) ? run : before);
        if (kept != run) {
            throw new Conflict("Mã lần nhập \"%s\" đang được dùng; chọn mã khác".formatted(key));
        }
        return run;
    }

    void stored(Run run, StreamedFigures result) {
        run.result = result;
        run.finishedAt = clock.instant();
    }

    void refused(Run run, String problem) {
        run.problem = problem;
        run.finishedAt = clock.instant();
    }

    Progress of(String id, String user) {
        Run run = runs.get(id);
        if (run == null) {
            throw new ResponseStatusException(
                    HttpStatus.NOT_FOUND, "Không có lần nhập \"%s\" (hoặc đã quá một giờ)".formatted(id));
        }
        if (!run.owner.equals(user)) {
            throw new AccessRefused("Chỉ tài khoản đã bắt đầu lần nhập \"%s\" mới xem được tiến độ".formatted(id));
        }
        return run.progress();
    }
}
