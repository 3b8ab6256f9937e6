package org.samskab;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives each Spring test context a database of its own on a real MariaDB server, created empty (Flyway builds
 * the schema) and dropped when the context closes. Nothing an earlier run left is trusted or reused.
 * <p>
 * Server: {@code SAMSKAB_TEST_DB_URL} (default {@code jdbc:mariadb://127.0.0.1:3306/}), user
 * {@code SAMSKAB_TEST_DB_USER} (default root), password {@code SAMSKAB_TEST_DB_PASSWORD} (default empty).
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String SERVER_URL = env("SAMSKAB_TEST_DB_URL", "jdbc:mariadb://127.0.0.1:3306/");
    static final String USER = env("SAMSKAB_TEST_DB_USER", "root");
    static final String PASSWORD = env("SAMSKAB_TEST_DB_PASSWORD", "");

    private static boolean leftoversRemoved;

    /** Creates a fresh, empty database and returns its name; the caller drops it with {@link #drop}. */
    public static String create() {
        removeLeftoversOfKilledRuns();
        String name = "samskab_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_danish_ci");
        return name;
    }

    public static void drop(String name) {
        execute("DROP DATABASE IF EXISTS " + name);
    }

    /** Spring properties that point a context at the database. */
    public static Map<String, Object> properties(String name) {
        return Map.of("spring.datasource.url", SERVER_URL + name, "spring.datasource.username", USER,
                "spring.datasource.password", PASSWORD, "samskab.test.database", name);
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String name = create();
        String url = SERVER_URL + name;
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase", Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", USER,
                "spring.datasource.password", PASSWORD,
                "samskab.test.database", name)));
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
                execute("DROP DATABASE IF EXISTS " + name);
            }
        });
    }

    /**
     * A run killed before its contexts closed leaves its database behind. Drop test databases older than a day
     * (never a young one: another run may be using it right now).
     */
    private static synchronized void removeLeftoversOfKilledRuns() {
        if (leftoversRemoved) {
            return;
        }
        leftoversRemoved = true;
        try (Connection connection = DriverManager.getConnection(SERVER_URL, USER, PASSWORD);
                Statement statement = connection.createStatement();
                var stale = statement.executeQuery("SELECT DISTINCT table_schema FROM information_schema.tables "
                        + "WHERE table_schema LIKE 'samskab\\_test\\_%' "
                        + "GROUP BY table_schema HAVING MAX(create_time) < NOW() - INTERVAL 1 DAY")) {
            var names = new java.util.ArrayList<String>();
            while (stale.next()) {
                names.add(stale.getString(1));
            }
            for (String name : names) {
                execute("DROP DATABASE IF EXISTS `" + name + "`");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB at " + SERVER_URL + " is needed for the tests: " + e.getMessage(),
                    e);
        }
    }

    static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(SERVER_URL, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB at " + SERVER_URL + " is needed for the tests: " + e.getMessage(),
                    e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
