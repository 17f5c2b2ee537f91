package vn.ktxh.data.storage;

import jakarta.annotation.PreDestroy;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLExceptionSubclassTranslator;
import org.springframework.stereotype.Repository;
import vn.ktxh.data.Figure;
import vn.ktxh.data.FigureChange;
import vn.ktxh.data.FigureKind;
import vn.ktxh.shared.Period;
import vn.ktxh.shared.files.Csv;

/**
 * Figures go in through COPY: new ones straight into {@code figure}; corrections into a staging table, then one
 * statement writes the audit (old and new value of every figure that changes) and the new and changed values: a whole
 * upload costs a few round trips.
 */
@Repository
public class FigureRows {

    private static final int COPY_CHUNK = 10_000; // rows per write to the COPY

    private final JdbcClient db;
    private final DataSource dataSource;
    /** The threads sending large loads to the database while their requests read on (see {@link DirectCopy}). */
    private final ExecutorService copyThreads = Executors.newCachedThreadPool(work -> {
        Thread thread = new Thread(work, "ktxh-copy");
        thread.setDaemon(true);
        return thread;
    });

    FigureRows(JdbcClient db, DataSource dataSource) {
        this.db = db;
        this.dataSource = dataSource;
    }

    @PreDestroy
    void stop() {
        copyThreads.shutdownNow();
    }

    /** Must run inside the caller's transaction (the staging table lives until its commit). */
    public void upsert(List<Figure> figures, String user, String reason) {
        try (Staging staging = stage(user)) {
            for (int i = 0; i < figures.size(); i++) {
                staging.add(figures.get(i), i + 1);
            }
            if (!staging.finish()) {
                merge(user, reason);
            }
            staging.done();
        }
    }

    /**
     * Opens a load of figures as they come, sent in chunks, so that a stream of any length holds no more than a few
     * chunks in memory. The usual load (figures nobody stored yet) goes straight into {@code figure} by COPY (a large
     * one from a thread of its own, see {@link DirectCopy}), behind a savepoint, while the same rows are kept in a
     * spool file; if the COPY is refused (a figure already stored, one
     * repeated in the load), {@link Staging#finish} rolls back to the savepoint and copies the spool into the staging
     * table for {@link #merge}, which audits and replaces. Must run inside the caller's transaction, which uses its
     * connection for nothing else until {@link Staging#finish}. Closed before {@link Staging#done}, the load leaves
     * nothing behind, even when the caller's transaction goes on.
     */
    public Staging stage(String user) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return new Staging(connection, Csv.cell(user));
        } catch (SQLException e) {
            DataSourceUtils.releaseConnection(connection, dataSource);
            throw translated(e);
        } catch (IOException e) {
            DataSourceUtils.releaseConnection(connection, dataSource);
            throw new UncheckedIOException(e);
        }
    }

    /** Figures on their way in; closed without {@link #finish}, it cancels the COPY and deletes the spool. */
    public final class Staging implements AutoCloseable {
        private final Connection connection;
        private final String user;
        private final Path spoolFile;
        private final OutputStream spool;
        private final StringBuilder direct = new StringBuilder();
        private final StringBuilder staged = new StringBuilder();
        private Savepoint before;
        private final DirectCopy copy;
        private int inChunk;

        private Staging(Connection connection, String user) throws SQLException, IOException {
            this.connection = connection;
            this.user = user;
            this.spoolFile = Files.createTempFile("ktxh-figures", ".csv");
            this.spool = new BufferedOutputStream(Files.newOutputStream(spoolFile), 1 << 16);
            this.before = connection.setSavepoint();
            this.copy = new DirectCopy(
                    connection,
                    "copy figure (indicator_code, area_id, period, kind, value, source, derived, recorded_by,"
                            + " created_by) from stdin (format csv)",
                    copyThreads);
        }

        /** {@code line}: where the figure was read, for naming it if it repeats another. */
        public void add(Figure f, int line) {
            int start = staged.length();
            staged.append(Csv.cell(f.indicator()))
                    .append(',')
                    .append(f.areaId())
                    .append(',')
                    .append(f.period())
                    .append(',')
                    .append(f.kind().name())
                    .append(',')
                    .append(f.value().toPlainString())
                    .append(',')
                    .append(Csv.cell(f.source()))
                    .append(',')
                    .append(f.derived());
            if (!copy.refused()) {
                direct.append(staged, start, staged.length())
                        .append(',')
                        .append(user)
                        .append(',')
                        .append(user)
                        .append('\n');
            }
            staged.append(',').append(line).append('\n');
            if (++inChunk == COPY_CHUNK) {
                send(true);
            }
        }

        /** Whether every figure is stored already; otherwise the staging table holds them for {@link #merge}. */
        public boolean finish() {
            send(false);
            try {
                spool.close();
                if (copy.finish()) {
                    return true;
                }
                connection.rollback(before); // on by the staging table
                db.sql("""
                        create temp table if not exists figure_in (
                            indicator_code text, area_id bigint, period text, kind text, value numeric, source text,
                            derived boolean, line integer
                        ) on commit delete rows
                        """).update();
                try (InputStream in = Files.newInputStream(spoolFile)) {
                    connection
                            .unwrap(PGConnection.class)
                            .getCopyAPI()
                            .copyIn("copy figure_in from stdin (format csv)", in, 1 << 16);
                }
                return false;
            } catch (SQLException e) {
                throw translated(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** {@code more}: whether the chunk is full, so that others may follow. */
        private void send(boolean more) {
            try {
                spool.write(staged.toString().getBytes(StandardCharsets.UTF_8));
                if (!copy.refused()) {
                    copy.send(direct.toString().getBytes(StandardCharsets.UTF_8), inChunk, more);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            staged.setLength(0);
            direct.setLength(0);
            inChunk = 0;
        }

        /** The load is stored (and merged, if it had to be): what it wrote stays, for the caller's transaction. */
        public void done() {
            try {
                connection.releaseSavepoint(before);
                before = null;
            } catch (SQLException e) {
                throw translated(e);
            }
        }

        /** Before {@link #done}: everything the load wrote, in the table or the staging table, is undone. */
        @Override
        public void close() {
            try (spool) {
                copy.close();
                if (before != null) {
                    connection.rollback(before);
                    connection.releaseSavepoint(before);
                }
            } catch (SQLException e) {
                throw translated(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
                spoolFile.toFile().delete(); // a temporary file: nothing to tell if it is already gone
            }
        }
    }

    /**
     * Writes what the staging table holds: the audit (old and new value of every figure that changes), then the new
     * and changed values. Refuses, with {@link Repeated}, a figure staged twice.
     */
    public void merge(String user, String reason) {
        // writers of the same reports queue here, so that the values read as "old" are the ones replaced
        db.sql("""
                        select pg_advisory_xact_lock(7001, slot)
                          from (select distinct report_lock_slot(area_id || '|' || period) slot from figure_in) r order by slot
                        """).query().listOfRows();
        boolean anyStored = db.sql(
                        "select exists (select 1 from figure_in i join figure f using (area_id, period, indicator_code, kind))")
                .query(Boolean.class)
                .single();
        if (!anyStored) {
            // a first upload of its figures (the usual bulk load): nothing to audit or replace, and under the
            // lock above nobody else writes them, so a plain insert does without the upsert's cost per row; a figure
            // staged twice breaks the unique key, and only then is the repeat looked for
            insertOrNameRepeat(user);
            db.sql("truncate figure_in").update();
            return;
        }
        requireNoRepeat(); // the upsert below would keep one of two repeats silently when they equal the stored value
        // one join finds what each figure was; the audit gets the changes, the table the new and changed values
        db.sql("""
                with incoming as (
                    select i.*, f.value as old_value, f.source as old_source, f.area_id is not null as existed
                      from figure_in i left join figure f using (area_id, period, indicator_code, kind)
                ), audited as (
                    insert into figure_audit (indicator_code, area_id, period, kind, old_value, new_value, old_source, new_source,
                                              changed_by, reason)
                    select indicator_code, area_id, period, kind, old_value, value, old_source, source, :user, :reason
                      from incoming where existed and (old_value is distinct from value or old_source is distinct from source)
                )
                insert into figure (indicator_code, area_id, period, kind, value, source, derived, recorded_by, created_by)
                select indicator_code, area_id, period, kind, value, source, derived, :user, :user
                  from incoming where not existed or old_value is distinct from value or old_source is distinct from source
                on conflict (area_id, period, indicator_code, kind) do update
                   set value = excluded.value, source = excluded.source, derived = excluded.derived,
                       recorded_by = excluded.recorded_by, recorded_at = now()
                """).param("user", user).param("reason", reason).update();
        db.sql("truncate figure_in").update();
    }

    /** A figure staged twice: the line of the second, and what it is. */
    public static final class Repeated extends RuntimeException {
        private final int line;
        private final String indicator;
        private final Period period;

        Repeated(int line, String indicator, Period period) {
            super("figure repeated at line " + line);
            this.line = line;
            this.indicator = indicator;
            this.period = period;
        }

        public int line() {
            return line;
        }

        public String indicator() {
            return indicator;
        }

        public Period period() {
            return period;
        }
    }

    private void insertOrNameRepeat(String user) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            Savepoint before = connection.setSavepoint();
            try {
                db.sql("""
                        insert into figure (indicator_code, area_id, period, kind, value, source, derived, recorded_by, created_by)
                        select indicator_code, area_id, period, kind, value, source, derived, :user, :user from figure_in
                        """).param("user", user).update();
            } catch (DuplicateKeyException repeat) {
                connection.rollback(before);
                requireNoRepeat();
                throw repeat; // not a repeat of the staging table: somebody else's, which the lock should prevent
            }
            connection.releaseSavepoint(before);
        } catch (SQLException e) {
            throw translated(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private void requireNoRepeat() {
        db.sql("""
                select line, indicator_code, period from (
                    select line, indicator_code, period,
                           row_number() over (partition by area_id, period, indicator_code, kind order by line) as nth
                      from figure_in) s
                 where nth > 1 order by line limit 1
                """)
                .query((rs, n) -> new Repeated(
                        rs.getInt("line"), rs.getString("indicator_code"), Period.parse(rs.getString("period"))))
                .optional()
                .ifPresent(repeat -> {
                    throw repeat;
                });
    }

    /** As JdbcClient would: a lost connection becomes the outage every door answers 503. */
    private static RuntimeException translated(SQLException e) {
        DataAccessException translated = new SQLExceptionSubclassTranslator().translate("COPY figure_in", null, e);
        return translated != null ? translated : new IllegalStateException("COPY số liệu thất bại", e);
    }

    /**
     * The figures of some units, periods and indicators: what every evaluation and roll-up reads (FigurePlanTest). One
     * index lookup per unit and period, whatever the statistics: written as a filter over the whole table, it was read
     * by a scan of all 8,8 million figures of a nation (1,5 s) once the statistics made the units look common; the
     * {@code offset 0} keeps the planner from turning the lookups back into such a join.
     */
    static final String FIND = """
            select f.indicator_code, f.area_id, f.period, f.kind, f.value, f.source, f.derived, f.recorded_by, f.recorded_at
              from unnest(cast(:areas as bigint[])) a (id)
             cross join unnest(cast(:periods as text[])) p (period)
             cross join lateral (
                   select * from figure f
                    where f.area_id = a.id and f.period = p.period and f.indicator_code = any(cast(:indicators as text[]))
                   offset 0) f
            """;

    public List<Figure> find(Collection<Long> areaIds, Collection<Period> periods, Collection<String> indicators) {
        if (areaIds.isEmpty() || periods.isEmpty() || indicators.isEmpty()) {
            return List.of();
        }
        // a province's roll-up reads tens of thousands of rows of a few periods: parse each period once
        Map<String, Period> asked = new HashMap<>();
        periods.forEach(p -> asked.put(p.toString(), p));
        return db.sql(FIND)
                .param("areas", areaIds.toArray(Long[]::new))
                .param("periods", periods.stream().map(Period::toString).toArray(String[]::new))
                .param("indicators", indicators.toArray(String[]::new))
                .query((rs, n) -> figure(rs, asked))
                .list();
    }

    /** Removes the figures one loader created (the demo data), with their audit lines. */
    public int deleteCreatedBy(String user) {
        db.sql("""
                delete from figure_audit a using figure f
                 where f.created_by = ? and (a.area_id, a.period, a.indicator_code, a.kind) = (f.area_id, f.period, f.indicator_code, f.kind)
                """).param(user).update();
        return db.sql("delete from figure where created_by = ?").param(user).update();
    }

    public List<FigureChange> history(long areaId, Period period, String indicator) {
        return db.sql("""
                select f.kind, null as old_value, case when a.id is null then f.value else a.old_value end as new_value,
                       null as old_source, case when a.id is null then f.source else a.old_source end as new_source,
                       f.created_by as changed_by, f.created_at as changed_at, 'tạo mới' as reason, 0 as id
                  from figure f left join lateral (""" + FIRST_AUDIT + """
                       ) a on true
                 where f.area_id = :area and f.period = :period and f.indicator_code = :indicator
                union all
                select kind, old_value, new_value, old_source, new_source, changed_by, changed_at, reason, id from figure_audit
                 where area_id = :area and period = :period and indicator_code = :indicator
                 order by changed_at, id
                """)
                .param("area", areaId)
                .param("period", period.toString())
                .param("indicator", indicator)
                .query((rs, n) -> change(rs))
                .list();
    }

    /** Creations and changes of the figures of these areas between two instants, oldest first. */
    public List<FigureChange.Line> changes(Collection<Long> areaIds, Instant from, Instant to) {
        if (areaIds.isEmpty()) {
            return List.of();
        }
        return db.sql("""
                select f.area_id, f.period, f.indicator_code, f.kind, null::numeric as old_value,
                       case when a.id is null then f.value else a.old_value end as new_value,
                       null as old_source, case when a.id is null then f.source else a.old_source end as new_source,
                       f.created_by as changed_by, f.created_at as changed_at, null as reason
                  from figure f left join lateral (""" + FIRST_AUDIT + """
                       ) a on true
                 where f.area_id in (:areas) and f.created_at between :from and :to
                union all
                select area_id, period, indicator_code, kind, old_value, new_value, old_source, new_source, changed_by, changed_at, reason
                  from figure_audit where area_id in (:areas) and changed_at between :from and :to
                 order by changed_at
                """)
                .param("areas", areaIds)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, n) -> new FigureChange.Line(
                        rs.getLong("area_id"),
                        Period.parse(rs.getString("period")),
                        rs.getString("indicator_code"),
                        change(rs)))
                .list();
    }

    /** The first audit line of the figure {@code f}: what it was when created, if it changed since. */
    private static final String FIRST_AUDIT = """
            select a.id, a.old_value, a.old_source from figure_audit a
             where (a.area_id, a.period, a.indicator_code, a.kind) = (f.area_id, f.period, f.indicator_code, f.kind)
             order by a.id limit 1""";

    private static FigureChange change(ResultSet rs) throws SQLException {
        return new FigureChange(
                FigureKind.valueOf(rs.getString("kind")),
                rs.getBigDecimal("old_value"),
                rs.getBigDecimal("new_value"),
                rs.getString("old_source"),
                rs.getString("new_source"),
                rs.getString("changed_by"),
                rs.getTimestamp("changed_at").toInstant(),
                rs.getString("reason"));
    }

    private static Figure figure(ResultSet rs, Map<String, Period> periods) throws SQLException {
        Timestamp at = rs.getTimestamp("recorded_at");
        return new Figure(
                rs.getString("indicator_code"),
                rs.getLong("area_id"),
                periods.get(rs.getString("period")),
                FigureKind.valueOf(rs.getString("kind")),
                rs.getBigDecimal("value"),
                rs.getString("source"),
                rs.getBoolean("derived"),
                rs.getString("recorded_by"),
                at == null ? null : at.toInstant());
    }
}
