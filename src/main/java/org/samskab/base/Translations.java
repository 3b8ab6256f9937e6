package org.samskab.base;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The I18NProvider for the whole portal: the bundles in {@code vaadin-i18n/translations*.properties}, limited to
 * the languages Samskab supports. A Spring bean so that services (the invitation mail) translate the same way
 * as views.
 */
@Component
public class Translations extends DefaultI18NProvider {

    /**
     * Parsed patterns by language and text. Vaadin's provider parses a pattern on every call, and the JDK's parser
     * throws and catches an exception for every choice format: a room's presence count, for every screen, every
     * time someone arrives (docs/adr/0190). A {@link MessageFormat} is not safe for threads, so each is used under
     * its own lock; formatting takes microseconds.
     */
    private final Map<Locale, Map<String, MessageFormat>> formats = new ConcurrentHashMap<>();

    /**
     * The bundles' texts by language and key. Vaadin's provider looks its bundle up for every call, and every
     * screen of a room words the same change: 500 screens asked the JDK's bundle cache for the same few keys
     * (JFR, docs/adr/0200). The bundles do not change while the portal runs.
     */
    private final Map<Locale, Map<String, String>> patterns = new ConcurrentHashMap<>();

    public Translations() {
        super(Language.locales());
    }

    /** Translates with a fallback to English where a locale is not supported. */
    public String translate(Language language, String key, Object... params) {
        return getTranslation(key, language.locale(), params);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale supported = Language.closestTo(locale).locale();
        String pattern = patterns.computeIfAbsent(supported, l -> new ConcurrentHashMap<>())
                .computeIfAbsent(key, k -> super.getTranslation(k, supported));
        if (params.length == 0) {
            return pattern;
        }
        MessageFormat format = formats.computeIfAbsent(supported, l -> new ConcurrentHashMap<>())
                .computeIfAbsent(pattern, p -> new MessageFormat(p, supported));
        synchronized (format) {
            return format.format(params);
        }
    }
}
