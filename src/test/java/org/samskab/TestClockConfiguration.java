package org.samskab;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Replaces the portal's clock in every test context with a {@link MutableClock}. A plain {@code @Configuration}
 * (not {@code @TestConfiguration}) so the application's component scan picks it up and all
 * {@link IntegrationTest}s keep sharing one context. A different bean name from {@code Application#clock}
 * because Spring Boot refuses bean overriding; {@code @Primary} makes it the one injected.
 */
@Configuration(proxyBeanMethods = false)
public class TestClockConfiguration {

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock();
    }
}
