package vn.ktxh.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ktxh.KtxhApplication;
import vn.ktxh.account.Actor;
import vn.ktxh.evaluation.Evaluations;
import vn.ktxh.shared.Period;

/**
 * With {@code KTXH_DB_READ_URL} set, read-only transactions — the evaluations among them — take their connections
 * from the read pool, writes from the main one. The "replica" here is the same embedded server reached through a
 * second pool whose connections carry application_name ktxh-read, which pg_stat_activity shows.
 */
class ReadDatabaseTest {

    @Test
    void readOnlyTransactionsAndEvaluationsGoToTheReadDatabase() throws Exception {
        Path home = Files.createTempDirectory("ktxh-read");
        try (EmbeddedServer server = new EmbeddedServer(home, true)) {
            String url = server.jdbcUrl(); // started here; the application joins it on the same files
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(KtxhApplication.class)
                    .profiles("test")
                    .run(
                            "--ktxh.home=" + home,
                            "--ktxh.db.clean=false",
                            "--server.port=0",
                            "--KTXH_DB_READ_URL=" + url + "?ApplicationName=ktxh-read")) {
                JdbcClient db = app.getBean(JdbcClient.class);
                TransactionTemplate reads = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
                reads.setReadOnly(true);
                TransactionTemplate writes = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
                assertThat((String) reads.execute(s -> name(db))).isEqualTo("ktxh-read");
                assertThat((String) writes.execute(s -> name(db))).isEqualTo("ktxh");
                assertThatThrownBy(
                                () -> reads.executeWithoutResult(s -> db.sql("create table sent_to_the_replica (x int)")
                                        .update()))
                        .as("the read pool refuses writes")
                        .hasMessageContaining("read-only");

                Timestamp before = db.sql("select clock_timestamp()")
                        .query(Timestamp.class)
                        .single();
                assertThat(app.getBean(Evaluations.class).evaluate(Actor.system(), "105", Period.parse("2024")))
                        .isNotEmpty();
                List<String> used =
                        db.sql("""
                        select distinct application_name from pg_stat_activity
                        where datname = current_database() and state_change > ? and pid <> pg_backend_pid() and query <> ''
                        """).param(before).query(String.class).list();
                assertThat(used).as("pools used by the evaluation").containsExactly("ktxh-read");
            }
        }
    }

    private static String name(JdbcClient db) {
        return db.sql("select current_setting('application_name')")
                .query(String.class)
                .single();
    }
}
