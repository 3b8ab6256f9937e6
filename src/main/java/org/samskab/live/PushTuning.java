package org.samskab.live;

import com.vaadin.flow.spring.SpringServlet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Push tuning, as init parameters of Vaadin's servlet (where Vaadin's push handler hands them to Atmosphere).
 * <p>
 * Vaadin sends every UI's push through one Atmosphere broadcaster. After each write, Atmosphere's write thread
 * waits {@code org.atmosphere.cpr.Broadcaster.threadWaitTime} (default 100 ms) for more before it takes the
 * next UI, so a change for hundreds of open boards went out in waves about 100 ms apart (docs/benchmarks.md:
 * profiled with JFR, the broadcaster's write loop parked 96 ms per wait). 20 ms keeps the waves short; the
 * threads still sleep when idle. The name is checked against the Atmosphere that Vaadin 25.2 ships (3.0.5,
 * {@code ApplicationConfig.BROADCASTER_WAIT_TIME}). Message order per UI is kept (no out-of-order broadcast).
 */
@Configuration
class PushTuning {

    static final String THREAD_WAIT_TIME = "org.atmosphere.cpr.Broadcaster.threadWaitTime";

    @Bean
    static BeanPostProcessor atmosphereParameters(
            @Value("${samskab.push.broadcaster-wait-ms:20}") int broadcasterWaitMillis) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof ServletRegistrationBean<?> registration
                        && registration.getServlet() instanceof SpringServlet) {
                    registration.addInitParameter(THREAD_WAIT_TIME, Integer.toString(broadcasterWaitMillis));
                }
                return bean;
            }
        };
    }
}
