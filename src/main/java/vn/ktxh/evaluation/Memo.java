package vn.ktxh.evaluation;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Results worked out from stored data, kept until that data changes. A change names the results it
 * makes out of date (or all of them); a result is kept only if no change that names it happened while it
 * was being worked out, so a result read from a snapshot older than the latest commit is never served again.
 */
final class Memo<K, V> {

    /** One change: its number and the results it made out of date. */
    private record Change<K>(long version, long at, Predicate<K> outdated) {}

    /** Changes remembered to judge results still being worked out; older work is simply not kept. */
    private static final int REMEMBERED = 256;

    private final Map<K, V> entries = new ConcurrentHashMap<>();
    private final Map<K, Flight<V>> inFlight = new ConcurrentHashMap<>();
    private final Deque<Change<K>> changes = new ArrayDeque<>();
    private final int limit;
    private final long settleNanos;
    private long version;

    Memo(int limit) {
        this(limit, Duration.ZERO);
    }

    /**
     * @param settle how long after a change its data may still be missing from what is read (a replica's lag):
     *               a result worked out that soon after a change that names it is served but not kept
     */
    Memo(int limit, Duration settle) {
        this.limit = limit;
        this.settleNanos = settle.toNanos();
    }

    /** A result being worked out, joined by whoever asks for it meanwhile. */
    private record Flight<V>(long started, long startedAt, CompletableFuture<V> result) {}

    /**
     * The kept result, or the one being worked out for the same key (many readers of a page that was just
     * written to wait for one computation instead of each running it), or worked out by this caller.
     */
    V get(K key, Supplier<V> work) {
        V kept = entries.get(key);
        if (kept != null) {
            return kept;
        }
        CompletableFuture<V> mine = new CompletableFuture<>();
        Flight<V> flight;
        synchronized (this) {
            kept = entries.get(key);
            if (kept != null) {
                return kept;
            }
            flight = inFlight.computeIfAbsent(key, k -> new Flight<>(version, System.nanoTime(), mine));
        }
        if (flight.result() != mine) {
            return join(flight.result());
        }
        try {
            V value = work.get();
            keep(key, value, flight.started(), flight.startedAt());
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            synchronized (this) {
                inFlight.remove(key, flight);
            }
        }
    }

    /**
     * The kept results of {@code keys}; those missing are worked out together by {@code work} and kept as {@link #get}
     * keeps its result (left out if a change that names one happened meanwhile). Callers that may ask for the same keys
     * at once queue elsewhere (the evaluation holding these results is itself worked out once).
     */
    Map<K, V> getAll(Collection<K> keys, Function<Set<K>, Map<K, V>> work) {
        Map<K, V> out = new HashMap<>();
        Set<K> missing = new LinkedHashSet<>();
        for (K key : keys) {
            V kept = entries.get(key);
            if (kept != null) {
                out.put(key, kept);
            } else {
                missing.add(key);
            }
        }
        if (missing.isEmpty()) {
            return out;
        }
        long started;
        synchronized (this) {
            started = version;
        }
        long startedAt = System.nanoTime();
        Map<K, V> worked = work.apply(missing);
        worked.forEach((key, value) -> keep(key, value, started, startedAt));
        out.putAll(worked);
        return out;
    }

    private static <V> V join(CompletableFuture<V> result) {
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    void invalidate() {
        invalidate(key -> true);
    }

    /** The results {@code outdated} names are worked out again when next asked for. */
    synchronized void invalidate(Predicate<K> outdated) {
        version++;
        changes.addLast(new Change<>(version, System.nanoTime(), outdated));
        if (changes.size() > REMEMBERED) {
            changes.removeFirst();
        }
        entries.keySet().removeIf(outdated);
        inFlight.keySet().removeIf(outdated); // who asks from now on reads the new data, not the flight under way
    }

    /** {@code started}, {@code startedAt}: the version and the instant the work started from. */
    private synchronized void keep(K key, V value, long started, long startedAt) {
        if (version - started > REMEMBERED) {
            return;
        }
        for (Change<K> change : changes) {
            boolean unsettled = change.version() > started || startedAt - change.at() < settleNanos;
            if (unsettled && change.outdated().test(key)) {
                return;
            }
        }
        if (entries.size() >= limit) {
            entries.clear();
        }
        entries.put(key, value);
    }
}
