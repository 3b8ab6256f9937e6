package org.samskab.base;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The I18NProvider for the whole portal: the bundles in {@code vaadin-i18n/translations*.properties}, limited to
 * the languages Samskab supports. A Spring bean so that services (the invitation mail) translate the same way
 * as views.
 */
@Component
public class Translations extends DefaultI18NProvider {

    public Translations() {
        super(Language.locales());
    }

    /** Translates with a fallback to English where a locale is not supported. */
    public String translate(Language language, String key, Object... params) {
        return getTranslation(key, language.locale(), params);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return super.getTranslation(key, Language.closestTo(locale).locale(), params);
    }
}
