package org.samskab.base;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rules every stored text follows, checked in the service layer so no path around a form can break them.
 * Lengths count Unicode code points: a simple emoji counts as one character, a composed one (a family, a flag)
 * as its parts.
 */
public final class TextRules {

    public static final int NAME_MAX = 100;
    public static final int TITLE_MAX = 120;
    public static final int DESCRIPTION_MAX = 1000;
    public static final int NOTE_MAX = 500;
    public static final int EMAIL_MAX = 254;
    public static final int PASSWORD_MIN = 10;
    public static final int PASSWORD_MAX = 128;

    // Deliberately simple: one @, no spaces, a dot in the domain. The invitation link is the real proof.
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern MARKUP = Pattern.compile("</?[a-zA-Z!][^>]*>");

    private TextRules() {
    }

    /** A trimmed, required one-line text (no line breaks) within {@code max} characters, with no markup. */
    public static String requiredText(@Nullable String value, int max, String fieldKey) {
        String trimmed = checked(stripped(value), max, fieldKey);
        if (trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("validation.control-characters", new TranslatedArgument(fieldKey));
        }
        return trimmed;
    }

    /** A trimmed, required text that may span lines (a note), within {@code max} characters, with no markup. */
    public static String requiredMultilineText(@Nullable String value, int max, String fieldKey) {
        String trimmed = checked(stripped(value).replace("\r\n", "\n"), max, fieldKey);
        if (trimmed.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            throw new InvalidInputException("validation.invalid-characters", new TranslatedArgument(fieldKey));
        }
        return trimmed;
    }

    /** The rules every text shares: present, not too long, no markup. */
    private static String checked(String trimmed, int max, String fieldKey) {
        if (trimmed.isEmpty()) {
            throw new InvalidInputException("validation.required", new TranslatedArgument(fieldKey));
        }
        if (trimmed.codePointCount(0, trimmed.length()) > max) {
            throw new InvalidInputException("validation.too-long", new TranslatedArgument(fieldKey), max);
        }
        if (MARKUP.matcher(trimmed).find()) {
            throw new InvalidInputException("validation.no-markup", new TranslatedArgument(fieldKey));
        }
        if (trimmed.codePoints().anyMatch(TextRules::isBidiControl)) {
            // An embedding or override can make a note or a name read backwards, and what follows it on a page.
            throw new InvalidInputException("validation.invalid-characters", new TranslatedArgument(fieldKey));
        }
        return trimmed;
    }

    /**
     * The text without what nobody sees at either end: spaces of every kind and invisible format characters (a
     * zero-width space, a byte-order mark), so that a text of only those is empty, as it looks. Inside the text
     * they stay: a joiner holds an emoji sequence together.
     */
    static String stripped(@Nullable String value) {
        if (value == null) {
            return "";
        }
        int start = 0;
        int end = value.length();
        while (start < end && isInvisible(value.codePointAt(start))) {
            start += Character.charCount(value.codePointAt(start));
        }
        while (end > start && isInvisible(value.codePointBefore(end))) {
            end -= Character.charCount(value.codePointBefore(end));
        }
        return value.substring(start, end);
    }

    private static boolean isInvisible(int codePoint) {
        // A bidirectional control is not stripped but refused (see checked): it is an attack, not a slip.
        return (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || Character.getType(codePoint) == Character.FORMAT) && !isBidiControl(codePoint);
    }

    /** Bidirectional embeddings, overrides and isolates (marks, which only nudge, are allowed). */
    private static boolean isBidiControl(int codePoint) {
        return (codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069);
    }

    /** Like {@link #requiredText} but empty becomes {@code null}. */
    public static @Nullable String optionalText(@Nullable String value, int max, String fieldKey) {
        return stripped(value).isEmpty() ? null : requiredText(value, max, fieldKey);
    }

    /** Like {@link #requiredMultilineText} but empty becomes {@code null}. */
    public static @Nullable String optionalMultilineText(@Nullable String value, int max, String fieldKey) {
        return stripped(value).isEmpty() ? null : requiredMultilineText(value, max, fieldKey);
    }

    /**
     * An optional web address (a meeting link): one line within {@code max} characters, and an absolute
     * {@code http} or {@code https} URL with a host. Empty becomes {@code null}.
     */
    public static @Nullable String optionalWebLink(@Nullable String value, int max, String fieldKey) {
        String link = optionalText(value, max, fieldKey);
        if (link != null && !isWebLink(link)) {
            throw new InvalidInputException("validation.web-link", new TranslatedArgument(fieldKey));
        }
        return link;
    }

    /** True for an absolute {@code http} or {@code https} URL with a host, and nothing else. */
    public static boolean isWebLink(@Nullable String value) {
        if (value == null || value.isBlank() || value.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** A normalised (trimmed, lower-case) e-mail address. */
    public static String email(@Nullable String value) {
        String trimmed = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (trimmed.isEmpty()) {
            throw new InvalidInputException("validation.required", new TranslatedArgument("field.email"));
        }
        if (trimmed.length() > EMAIL_MAX || !EMAIL.matcher(trimmed).matches()) {
            throw new InvalidInputException("validation.email");
        }
        return trimmed;
    }

    public static String password(@Nullable String value) {
        if (value == null || value.codePointCount(0, value.length()) < PASSWORD_MIN) {
            throw new InvalidInputException("validation.password-too-short", PASSWORD_MIN);
        }
        if (value.codePointCount(0, value.length()) > PASSWORD_MAX) {
            throw new InvalidInputException("validation.too-long", new TranslatedArgument("field.password"),
                    PASSWORD_MAX);
        }
        return value;
    }

    /** An argument that is itself a translation key, translated in the reader's language when shown. */
    public record TranslatedArgument(String key) {
    }
}
