package org.samskab.network;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code samskab.invitations.*}: how long an invitation link works, and the public address links start with.
 */
@ConfigurationProperties("samskab.invitations")
record InvitationSettings(@DefaultValue("14d") Duration validFor,
        @DefaultValue("http://localhost:8080") String publicUrl,
        @DefaultValue("Samskab <no-reply@samskab.invalid>") String mailFrom) {

    String linkFor(String token) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + "/invitation/" + token;
    }
}
