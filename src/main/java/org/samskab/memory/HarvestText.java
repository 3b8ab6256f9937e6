package org.samskab.memory;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.samskab.base.Translations;
import org.samskab.memory.HarvestViews.Harvest;
import org.samskab.memory.HarvestViews.HarvestNote;
import org.samskab.memory.HarvestViews.TookPart;

/** The harvest's words that every export shares, in the member's language: one place, so the three agree. */
final class HarvestText {

    private final Translations translations;
    private final Locale locale;

    HarvestText(Translations translations, Locale locale) {
        this.translations = translations;
        this.locale = locale;
    }

    String t(String key, Object... arguments) {
        return translations.getTranslation(key, locale, arguments);
    }

    String date(Harvest harvest) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .withZone(ZoneId.systemDefault()).format(harvest.startsAt());
    }

    /** "12 people: Sarpsborg kommune 4, …, 2 guests" (counts only, docs/adr/0183). */
    String tookPart(TookPart tookPart) {
        List<String> parts = new ArrayList<>();
        tookPart.byOrganisation().forEach((organisation, count) -> parts.add(organisation + " " + count));
        if (tookPart.withoutOrganisation() > 0) {
            parts.add(t("room.glance-without", tookPart.withoutOrganisation()));
        }
        if (tookPart.guests() > 0) {
            parts.add(t("harvest.guests", tookPart.guests()));
        }
        String total = t("harvest.took-part-count", tookPart.total());
        return parts.isEmpty() ? total : total + ": " + String.join(", ", parts);
    }

    /** The note's text, after a coach's mirror opening when it has one. */
    static String text(HarvestNote note) {
        return note.opening() == null ? note.text() : note.opening() + " " + note.text();
    }

    /** "Anonymous · Case giver · 3 dots · Resonates with 2". */
    String about(HarvestNote note) {
        List<String> meta = new ArrayList<>();
        meta.add(author(note));
        if (note.role() != null) {
            meta.add(note.role());
        }
        if (note.votes() != null && note.votes() > 0) {
            meta.add(t("board.dot-count", note.votes()));
        }
        if (note.resonates() > 0) {
            meta.add(t("wall.resonates-count", note.resonates()));
        }
        return String.join(" · ", meta);
    }

    /** "Ingrid Bakke · Open · due 21 Dec 2026 · what happened". */
    String action(org.samskab.action.ActionViews.ActionView action) {
        List<String> meta = new ArrayList<>(List.of(action.ownerName(), t(action.status().translationKey())));
        if (action.dueOn() != null) {
            meta.add(t("action.due-on", DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                    .format(action.dueOn())));
        }
        if (action.outcome() != null) {
            meta.add(action.outcome());
        }
        return String.join(" · ", meta);
    }

    String author(HarvestNote note) {
        return note.author() == null ? t("board.anonymous") : note.author();
    }

    /** A file name from the gathering's title and date: letters and digits, the rest as dashes. */
    static String fileName(Harvest harvest, String extension) {
        String slug = harvest.title().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        String day = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneId.systemDefault()).format(harvest.startsAt());
        return (slug.isEmpty() ? "harvest" : slug) + "-" + day + "." + extension;
    }
}
