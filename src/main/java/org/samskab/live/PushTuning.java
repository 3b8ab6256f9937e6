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
 * went out in waves that far apart. A thread is also held that long after every write, so 200 threads can
 * write at most 200 / wait times a second (10,000 at 20 ms), which many writers at once come close to. Probes on
 * this 2-core machine (`-Dbench.push-wait-ms`, one round each): propagation p95 to 500 screens about 100 ms at
 * 20 ms, 76 at 5, 67 at 1; 200 participants all writing and voting, round trip p50/p95 127/425 ms at 20 ms,
 * 41/280 at 5, and 5.5 s/11.7 s at 1 (the server saturated; why is not profiled yet). 5 ms is the default, and
 * the full run in docs/benchmarks.md measured it (p95 68 ms to 500 screens).
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
