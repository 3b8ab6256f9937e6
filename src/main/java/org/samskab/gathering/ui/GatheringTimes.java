package org.samskab.gathering.ui;

import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.text.DateFormatSymbols;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
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
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        DatePickerI18n i18n = new DatePickerI18n()
                .setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12))
                .setWeekdays(days(symbols.getWeekdays()))
                .setWeekdaysShort(days(symbols.getShortWeekdays()))
                .setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek() == DayOfWeek.SUNDAY ? 0 : 1)
                .setToday(today)
                .setCancel(cancel);
        picker.setDatePickerI18n(i18n);
    }

    /** DateFormatSymbols number the days from 1 (Sunday); the date picker wants Sunday first, from 0. */
    private static List<String> days(String[] fromSymbols) {
        return Arrays.asList(fromSymbols).subList(1, 8);
    }
}
