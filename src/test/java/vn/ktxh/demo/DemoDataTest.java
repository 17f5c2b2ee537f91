package vn.ktxh.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ktxh.KtxhApplication;
import vn.ktxh.api.Api;

/** The demo data comes on the first start of an empty database and goes again on request; the real units stay. */
class DemoDataTest {

    private static ConfigurableApplicationContext start(Path home, String demo) {
        // arguments, not default properties: they must win over application.properties
        return new SpringApplicationBuilder(KtxhApplication.class)
                .run("--ktxh.home=" + home, "--server.port=0", "--ktxh.demo-data=" + demo);
    }

    private static int count(ConfigurableApplicationContext app, String sql) {
        return app.getBean(JdbcClient.class).sql(sql).query(Integer.class).single();
    }

    @Test
    void loadsOnceAndIsRemovable() throws Exception {
        Path home = Files.createTempDirectory(Path.of("target"), "demo-");
        int units;
        try (ConfigurableApplicationContext app = start(home, "true")) {
            units = count(app, "select count(*) from area");
            // cả nước, 63 provinces until 2025-06-30 and the 23 made by merging, Lai Châu's units, phường Tam Thanh's
            assertThat(units).isEqualTo(1 + 63 + 23 + 8 + 106 + 38 + 1 + 2 + 1);
            assertThat(count(app, "select count(*) from area where parent_id is null"))
                    .as("only the country")
                    .isEqualTo(1);
            assertThat(count(app, "select count(*) from lineage_link")).isEqualTo(106 + 2 + 52);
            assertThat(count(app, "select count(*) from plan where demo")).isPositive();
            assertThat(count(app, "select count(*) from figure where created_by = 'demo'"))
                    .isPositive();
            assertThat(count(app, "select count(*) from capital_plan where demo"))
                    .as("seed 002's capital plan lines")
                    .isEqualTo(7);
            assertThat(count(app, "select count(*) from disbursement where demo"))
                    .isEqualTo(7);
            assertThat(count(app, "select count(*) from account where demo")).isEqualTo(11);
            assertThat(count(app, "select count(*) from account where not demo"))
                    .as("no administrator besides the demo one")
                    .isZero();
        }
        try (ConfigurableApplicationContext app = start(home, "true")) {
            assertThat(count(app, "select count(*) from area"))
                    .as("a second start loads nothing again")
                    .isEqualTo(units);
        }
        try (ConfigurableApplicationContext app = start(home, "false")) {
            var reply = new Api(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")))
                    .get("/api/v1/indicators");
            assertThat(reply.status())
                    .as("demo accounts are refused without the demo data")
                    .isEqualTo(401);
            assertThat(reply.body().get("detail").asString()).contains("Tài khoản mẫu");
        }
        try (ConfigurableApplicationContext app = start(home, "remove")) {
            assertThat(count(app, "select count(*) from plan where demo")).isZero();
            assertThat(count(app, "select count(*) from target")).isZero();
            assertThat(count(app, "select count(*) from figure where created_by = 'demo'"))
                    .isZero();
            assertThat(count(app, "select count(*) from capital_plan")
                            + count(app, "select count(*) from disbursement"))
                    .isZero();
            assertThat(count(app, "select count(*) from area")).isEqualTo(units);
            assertThat(count(app, "select count(*) from account where demo")).isZero();
            assertThat(count(app, "select count(*) from account where role = 'ADMINISTRATOR' and not demo"))
                    .as("without demo data the first start creates an administrator")
                    .isEqualTo(1);
        }
    }
}
