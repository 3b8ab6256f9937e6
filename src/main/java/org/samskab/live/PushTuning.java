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
 * Vaadin sends every UI's push through one Atmosphere broadcaster, which writes to each UI on a thread of its
 * own (at most 200). After each write the thread waits {@code org.atmosphere.cpr.Broadcaster.threadWaitTime}
 * (default 100 ms) for more to that UI before it is free for another, so a change for hundreds of open boards
 * went out in waves that far apart. 20 ms keeps the waves short. A shorter wait helps one writer's change reach
 * 500 screens (p95 about 80 ms at 1 ms against about 100 at 20 in docs/benchmarks.md, whose run used 1 ms), but
 * with 200 participants all writing and voting the server saturated and round trips went to seconds (p50 5.5 s
 * at 1 ms against 0.13 s at 20 ms, same machine and load; why is not profiled yet). Until a profile and a full
 * run settle a value, the default stays at 20.
 * <p>
 * The same wait also ends Atmosphere's dispatch thread when no message comes; it is started again by the next
 * one. A message that arrives just as that thread ends waits for the next push on the server (Atmosphere's own
 * race, there with every setting; a shorter wait only makes the thread end more often). The name is checked
 * against the Atmosphere that Vaadin 25.2 ships (3.0.5, {@code ApplicationConfig.BROADCASTER_WAIT_TIME}).
 * Message order per UI is kept (no out-of-order broadcast).
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
