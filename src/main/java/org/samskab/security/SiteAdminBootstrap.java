package org.samskab.security;

import java.security.SecureRandom;
import java.util.Base64;
import org.samskab.base.Language;
import org.samskab.member.MemberProfile;
import org.samskab.member.MemberService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first site administrator from configuration ({@code samskab.admin.email}, optionally
 * {@code samskab.admin.password}) when none exists. Without a configured password a random one is generated and
 * logged once, so no installation ever runs with a password written in the code.
 */
@Component
@Order(0)
class SiteAdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SiteAdminBootstrap.class);

    private final MemberService members;
    private final String email;
    private final String password;
    private final String name;

    SiteAdminBootstrap(MemberService members, @Value("${samskab.admin.email:}") String email,
            @Value("${samskab.admin.password:}") String password,
            @Value("${samskab.admin.name:Site administrator}") String name) {
        this.members = members;
        this.email = email;
        this.password = password;
        this.name = name;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (members.siteAdminExists()) {
            return;
        }
        if (email.isBlank()) {
            log.warn("No site administrator exists and samskab.admin.email is not set: nobody can create networks.");
            return;
        }
        MemberProfile admin = members.findByEmail(email).orElseGet(() -> {
            boolean generated = password.isBlank();
            String initialPassword = generated ? randomPassword() : password;
            MemberProfile created = members.createAccount(email, name, Language.ENGLISH, initialPassword);
            if (generated) {
                log.warn("Created site administrator {} with the generated password: {}  (change it after "
                        + "signing in)", email, initialPassword);
            } else {
                log.info("Created site administrator {} from configuration", email);
            }
            return created;
        });
        members.grantSiteAdmin(admin.id());
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
