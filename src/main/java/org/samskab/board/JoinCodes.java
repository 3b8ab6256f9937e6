package org.samskab.board;

import java.security.SecureRandom;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A live gathering's join code (docs/adr/0186): eight characters from Crockford's base-32 letters and the digits
 * 2–9, so nothing reads as something else when said aloud or typed on a phone (no 0/O, 1/I/L, U). Shown as two
 * groups of four ("K7QM-3XRD"); typed in any case, with or without spaces and dashes.
 */
final class JoinCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private JoinCodes() {
    }

    static String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as stored, from what someone typed; null when it cannot be a code at all. */
    static @Nullable String normalise(@Nullable String typed) {
        if (typed == null || typed.length() > 40) {
            return null;
        }
        String code = typed.replaceAll("[\\s\\-–—]", "").toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH) {
            return null;
        }
        for (int i = 0; i < code.length(); i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return null;
            }
        }
        return code;
    }

    /** "K7QM3XRD" as people read it: "K7QM-3XRD". */
    static String display(String code) {
        return code.substring(0, LENGTH / 2) + "-" + code.substring(LENGTH / 2);
    }
}
