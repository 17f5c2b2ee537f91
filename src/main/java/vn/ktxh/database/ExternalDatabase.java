package vn.ktxh.database;

import java.util.Optional;
import org.springframework.core.env.Environment;

/** An external PostgreSQL named by {@code KTXH_DB_URL} (or the usual {@code spring.datasource.*}). */
record ExternalDatabase(String url, String user, String password) {

    static Optional<ExternalDatabase> of(Environment env) {
        String url = firstOf(env, "KTXH_DB_URL", "spring.datasource.url");
        return url == null
                ? Optional.empty()
                : Optional.of(new ExternalDatabase(
                        url,
                        firstOf(env, "KTXH_DB_USER", "spring.datasource.username"),
                        firstOf(env, "KTXH_DB_PASSWORD", "spring.datasource.password")));
    }

    private static String firstOf(Environment env, String... names) {
        for (String name : names) {
            String value = env.getProperty(name);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
