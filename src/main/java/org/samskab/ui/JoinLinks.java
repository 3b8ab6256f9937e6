package org.samskab.ui;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The links people join a live gathering with (docs/adr/0186), from the portal's public address (the one
 * invitations use, {@code SAMSKAB_PUBLIC_URL}): phones in the room must reach it, whatever address the room's
 * computer opened the projector with.
 */
@Component
public class JoinLinks {

    private final String base;

    JoinLinks(@Value("${samskab.invitations.public-url:http://localhost:8080}") String publicUrl) {
        this.base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The page where a code is typed, as read out: "samskab.example.org/j". */
    public String joinPage() {
        return base.replaceFirst("^https?://", "") + "/j";
    }

    /** The short link a QR code holds: it joins with {@code code} at once. */
    public String link(String code) {
        return base + "/j/" + code.replace("-", "");
    }
}
