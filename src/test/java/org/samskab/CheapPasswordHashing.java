package org.samskab;

import java.util.Map;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Tests hash passwords with BCrypt at its lowest cost, 4 rounds instead of the portal's 10: the same encoder and
 * stored format ({@code {bcrypt}$2a$04$…}), about a millisecond a hash instead of about 70. The suite creates and
 * signs in hundreds of members, and the crash test 200 at once, so the portal's real cost was minutes of CI
 * (docs/adr/0212). A hash records its own cost, so a server with the portal's encoder checks these quickly too.
 */
public final class CheapPasswordHashing implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The portal's encoder (SecurityConfig), with BCrypt's cost at 4. */
    public static final PasswordEncoder ENCODER = new DelegatingPasswordEncoder("bcrypt",
            Map.of("bcrypt", new BCryptPasswordEncoder(4)));

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof PasswordEncoder && name.equals("passwordEncoder") ? ENCODER : bean;
            }
        });
    }
}
