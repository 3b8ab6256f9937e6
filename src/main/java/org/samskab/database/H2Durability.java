package org.samskab.database;

import java.util.Locale;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * On H2, a commit reaches the database file before it returns, so a crash loses nothing a member has seen.
 * <p>
 * H2 writes commits to its file from a background thread by default ({@code WRITE_DELAY}, 500 ms): a
 * {@code kill -9} soon after a note appeared on every screen lost it. With {@code WRITE_DELAY=0}, H2 2.4 writes
 * each commit's chunk to the file (the operating system's cache, not fsynced) before the commit returns. The
 * setting is read from the URL each time H2 opens the database (a stored {@code SET WRITE_DELAY} is overridden
 * then), so it goes on every H2 URL that does not set a write delay itself: the default and an
 * {@code SAMSKAB_DB_URL} alike. In-memory databases have no file. See docs/adr/0101-durable-commits-on-h2.md.
 */
@Configuration
class H2Durability {

    static final String NO_WRITE_DELAY = "WRITE_DELAY=0";

    @Bean
    static BeanPostProcessor h2CommitsWithoutDelay() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSourceProperties properties && properties.getUrl() != null) {
                    properties.setUrl(withoutWriteDelay(properties.getUrl()));
                }
                return bean;
            }
        };
    }

    /** The URL with {@code WRITE_DELAY=0} added when it names an H2 database in files and sets no delay. */
    static String withoutWriteDelay(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("jdbc:h2:") || lower.startsWith("jdbc:h2:mem:") || lower.contains("write_delay=")) {
            return url;
        }
        return url + (url.endsWith(";") ? "" : ";") + NO_WRITE_DELAY;
    }
}
