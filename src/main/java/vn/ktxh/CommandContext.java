package vn.ktxh;

import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.LazyInitializationBeanFactoryPostProcessor;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ktxh.database.EarlyStart;

/**
 * What a command needs and nothing more: the database (the database module's own DataSource, migrated by Flyway)
 * and the modules that read it, without web adapters, auto-configuration or start-up runners; beans are made
 * when first asked for. Active only under the profile "command-line", so the server never picks it up.
 */
@Profile(CommandContext.PROFILE)
@Configuration(proxyBeanMethods = false)
@EnableTransactionManagement
@ComponentScan(
        basePackages = {
            "vn.ktxh.database",
            "vn.ktxh.area",
            "vn.ktxh.indicator",
            "vn.ktxh.plan",
            "vn.ktxh.data",
            "vn.ktxh.evaluation",
            "vn.ktxh.account",
            "vn.ktxh.cycle",
            "vn.ktxh.investment",
            "vn.ktxh.document"
        },
        excludeFilters = {
            @ComponentScan.Filter(type = FilterType.REGEX, pattern = "vn\\.ktxh\\..*\\.web\\..*"),
            @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = ApplicationRunner.class)
        })
class CommandContext {

    static final String PROFILE = "command-line";

    static ConfigurableApplicationContext open() {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.getEnvironment().setActiveProfiles(PROFILE);
        try {
            // read now rather than during the refresh, so that the database can start while the context is built
            context.getEnvironment()
                    .getPropertySources()
                    .addLast(new ResourcePropertySource("classpath:application.properties"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        EarlyStart.begin(context.getEnvironment());
        context.addBeanFactoryPostProcessor(new LazyInitializationBeanFactoryPostProcessor());
        context.getBeanFactory().setConversionService(ApplicationConversionService.getSharedInstance()); // "a,b" → List
        context.register(CommandContext.class);
        context.refresh();
        return context;
    }

    /**
     * Whether the database holds any unit yet: a fresh {@code $KTXH_HOME} has none. The nation (cả nước) a migration
     * inserts does not count, as for the server's demo data ({@code Areas.isEmpty}).
     */
    static boolean hasData(ConfigurableApplicationContext context) {
        return context.getBean(JdbcClient.class)
                .sql("select exists (select 1 from area where kind <> 'NATION')")
                .query(Boolean.class)
                .single();
    }

    /**
     * The schema is brought up to date before anything reads it, as the server does on start; Flyway (a second
     * of loading and validating) runs only when the database is behind the migrations in the jar.
     */
    @Bean
    Schema schema(DataSource dataSource) throws IOException {
        JdbcClient db = JdbcClient.create(dataSource);
        int newest = 0;
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/V*__*.sql")) {
            newest = Math.max(
                    newest,
                    Integer.parseInt(
                            r.getFilename().substring(1, r.getFilename().indexOf("__"))));
        }
        boolean history = db.sql("select to_regclass('flyway_schema_history') is not null")
                .query(Boolean.class)
                .single();
        Integer applied = history
                ? db.sql("select max(cast(version as int)) from flyway_schema_history where success")
                        .query(Integer.class)
                        .optional()
                        .orElse(null)
                : null;
        if (applied == null || applied < newest) {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        }
        return new Schema(newest);
    }

    /** The schema version the database was brought to. */
    record Schema(int version) {}

    @Bean
    @DependsOn("schema")
    JdbcClient jdbcClient(DataSource dataSource) {
        return JdbcClient.create(dataSource);
    }

    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource) {
        return new JdbcTransactionManager(dataSource);
    }

    @Bean
    TransactionTemplate transactionTemplate(PlatformTransactionManager transactionManager) {
        return new TransactionTemplate(transactionManager);
    }
}
