package org.samskab.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** H2 databases in files commit without delay, whatever URL they are given; other databases are left alone. */
class H2DurabilityTest {

    @TempDir
    Path dir;

    @Test
    void anH2FileUrlWithoutAWriteDelayGetsNone() throws Exception {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
                .withUserConfiguration(H2Durability.class)
                .withPropertyValues("spring.datasource.url=jdbc:h2:file:" + dir.resolve("samskab") + ";MODE=MariaDB",
                        "spring.datasource.username=sa")
                .run(context -> assertThat(writeDelay(context.getBean(DataSource.class))).isEqualTo("0"));
    }

    @Test
    void onlyH2FileUrlsThatSetNoDelayChange() {
        assertThat(H2Durability.withoutWriteDelay("jdbc:h2:file:./data/samskab;MODE=MariaDB"))
                .isEqualTo("jdbc:h2:file:./data/samskab;MODE=MariaDB;WRITE_DELAY=0");
        assertThat(H2Durability.withoutWriteDelay("jdbc:h2:./samskab;")).isEqualTo("jdbc:h2:./samskab;WRITE_DELAY=0");
        assertThat(H2Durability.withoutWriteDelay("jdbc:h2:file:./samskab;write_delay=100"))
                .isEqualTo("jdbc:h2:file:./samskab;write_delay=100");
        assertThat(H2Durability.withoutWriteDelay("jdbc:h2:mem:test")).isEqualTo("jdbc:h2:mem:test");
        assertThat(H2Durability.withoutWriteDelay("jdbc:mariadb://localhost:3306/samskab"))
                .isEqualTo("jdbc:mariadb://localhost:3306/samskab");
    }

    private static String writeDelay(DataSource dataSource) throws Exception {
        try (Connection connection = dataSource.getConnection();
                ResultSet row = connection.createStatement().executeQuery(
                        "SELECT setting_value FROM information_schema.settings WHERE setting_name = 'WRITE_DELAY'")) {
            assertThat(row.next()).isTrue();
            return row.getString(1);
        }
    }
}
