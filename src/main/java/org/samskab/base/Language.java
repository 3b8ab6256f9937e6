package org.samskab.base;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages Samskab speaks. The stored code is the {@link Locale#toLanguageTag() language tag}. */
public enum Language {
    ENGLISH(Locale.ENGLISH),
    DANISH(Locale.of("da")),
    NORWEGIAN_BOKMAL(Locale.of("nb"));

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return locale.getLanguage();
    }

    /** The language's own name, so a reader can find theirs in any UI language. */
    public String nativeName() {
        return switch (this) {
            case ENGLISH -> "English";
            case DANISH -> "Dansk";
            case NORWEGIAN_BOKMAL -> "Norsk bokmål";
        };
    }

    public static List<Locale> locales() {
        return Arrays.stream(values()).map(Language::locale).toList();
    }

    public static Optional<Language> fromCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code().equalsIgnoreCase(code)).findFirst();
    }

    /**
     * The closest supported language to a browser's or stored locale. Norwegian without a written standard
     * ("no") and Nynorsk readers get Bokmål, which they read; anything unknown gets English.
     */
    public static Language closestTo(Locale locale) {
        if (locale == null) {
            return ENGLISH;
        }
        return switch (locale.getLanguage()) {
            case "da" -> DANISH;
            case "nb", "no", "nn" -> NORWEGIAN_BOKMAL;
            default -> ENGLISH;
        };
    }
}
