package org.samskab.gathering.ui;

import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Times of gatherings as people read and enter them. Gatherings are stored as instants; they are shown and
 * entered in the server's time zone, the one the portal runs in for its network (as invitation expiry dates are).
 */
final class GatheringTimes {

    private GatheringTimes() {
    }

    static ZoneId zone() {
        return ZoneId.systemDefault();
    }

    static @Nullable LocalDateTime local(@Nullable Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone());
    }

    static @Nullable Instant instant(@Nullable LocalDateTime local) {
        return local == null ? null : local.atZone(zone()).toInstant();
    }

    /**
     * "Tue 14 Apr 2026, 09:00–15:00" on one day, or "Tue 14 Apr 2026, 09:00 – Wed 15 Apr 2026, 12:00" across
     * days, in the reader's language.
     */
    static String range(Instant start, Instant end, Locale locale) {
        ZonedDateTime from = start.atZone(zone());
        ZonedDateTime to = end.atZone(zone());
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        if (from.toLocalDate().equals(to.toLocalDate())) {
            return date(from, locale) + ", " + time.format(from) + "–" + time.format(to);
        }
        return date(from, locale) + ", " + time.format(from) + " – " + date(to, locale) + ", " + time.format(to);
    }

    /** The weekday and the date, "Tue 14 Apr 2026". */
    static String date(ZonedDateTime when, Locale locale) {
        return DateTimeFormatter.ofPattern("EEE", locale).format(when) + " "
                + DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(when);
    }

    /** The day of the month, for a calendar tile. */
    static String dayOfMonth(Instant start) {
        return String.valueOf(start.atZone(zone()).getDayOfMonth());
    }

    /** The short month name, for a calendar tile. */
    static String month(Instant start, Locale locale) {
        return DateTimeFormatter.ofPattern("LLL", locale).format(start.atZone(zone())).replace(".", "");
    }

    /** Makes a date-time picker speak the reader's language: month and day names, first day of the week. */
    static void localise(DateTimePicker picker, Locale locale, String today, String cancel) {
        picker.setLocale(locale);
        picker.setDatePickerI18n(org.samskab.ui.PickerTexts.of(locale, today, cancel));
    }
}
