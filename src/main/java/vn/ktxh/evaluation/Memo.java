package vn.ktxh.evaluation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Results worked out from stored data, kept until that data changes. Each change moves the version on;
 * a result is kept only if no change happened while it was being worked out, so a result read from a
 * snapshot older than the latest commit is never served again.
 */
final class Memo<K, V> {

    private record Entry<V>(long version, V value) {
    }

    private final AtomicLong version = new AtomicLong();
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final int limit;

    Memo(int limit) {
        this.limit = limit;
    }

    V get(K key, Supplier<V> work) {
        long current = version.get();
        Entry<V> kept = entries.get(key);
        if (kept != null && kept.version() == current) {
            return kept.value();
        }
        V value = work.get();
        if (version.get() == current) {
            if (entries.size() >= limit) {
                entries.clear();
            }
            entries.put(key, new Entry<>(current, value));
        }
        return value;
    }

    void invalidate() {
        version.incrementAndGet();
        entries.clear();
    }
}
