package vn.ktxh.evaluation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Results worked out from stored data, kept until that data changes. A change names the results it
 * makes out of date (or all of them); a result is kept only if no change that names it happened while it
 * was being worked out, so a result read from a snapshot older than the latest commit is never served again.
 */
final class Memo<K, V> {

    /** One change: its number and the results it made out of date. */
    private record Change<K>(long version, Predicate<K> outdated) {
    }

    /** Changes remembered to judge results still being worked out; older work is simply not kept. */
    private static final int REMEMBERED = 256;

    private final Map<K, V> entries = new ConcurrentHashMap<>();
    private final Deque<Change<K>> changes = new ArrayDeque<>();
    private final int limit;
    private long version;

    Memo(int limit) {
        this.limit = limit;
    }

    V get(K key, Supplier<V> work) {
        V kept = entries.get(key);
        if (kept != null) {
            return kept;
        }
        long started = version();
        V value = work.get();
        keep(key, value, started);
        return value;
    }

    void invalidate() {
        invalidate(key -> true);
    }

    /** The results {@code outdated} names are worked out again when next asked for. */
    synchronized void invalidate(Predicate<K> outdated) {
        version++;
        changes.addLast(new Change<>(version, outdated));
        if (changes.size() > REMEMBERED) {
            changes.removeFirst();
        }
        entries.keySet().removeIf(outdated);
    }

    private synchronized long version() {
        return version;
    }

    private synchronized void keep(K key, V value, long started) {
        if (version - started > REMEMBERED) {
            return;
        }
        for (Change<K> change : changes) {
            if (change.version() > started && change.outdated().test(key)) {
                return;
            }
        }
        if (entries.size() >= limit) {
            entries.clear();
        }
        entries.put(key, value);
    }
}
