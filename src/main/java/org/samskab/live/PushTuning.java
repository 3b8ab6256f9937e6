package org.samskab.live;

import com.vaadin.flow.spring.SpringServlet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Push tuning, as init parameters of Vaadin's servlet (where Vaadin's push handler hands them to Atmosphere):
 * Atmosphere's push writer waits 5 ms for more to a UI instead of its default 100 ms, so a change reaches hundreds
 * of open boards at once rather than in 100 ms waves. Why 5 ms, and the probes behind it:
 * docs/adr/0004-push-writer-wait-5ms.md; the measured run: docs/benchmarks.md.
 * <p>
 * The same wait also ends Atmosphere's dispatch thread when no message comes; the next message starts it again.
 * A message that arrives just as that thread ends waits for the next push on the server (Atmosphere's own race,
 * there with every setting). The parameter's name is checked against the Atmosphere that Vaadin 25.2 ships
 * (3.0.5, {@code ApplicationConfig.BROADCASTER_WAIT_TIME}).
 */
@Configuration
class PushTuning {

    static final String THREAD_WAIT_TIME = "org.atmosphere.cpr.Broadcaster.threadWaitTime";

    @Bean
    static BeanPostProcessor atmosphereParameters(
            @Value("${samskab.push.broadcaster-wait-ms:5}") int broadcasterWaitMillis) {
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
