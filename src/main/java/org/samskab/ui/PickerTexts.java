package org.samskab.ui;

import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import java.text.DateFormatSymbols;
import java.time.DayOfWeek;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A date picker's words in the reader's language: month and day names, first day of the week, its buttons. */
public final class PickerTexts {

    private PickerTexts() {
    }

    public static DatePickerI18n of(Locale locale, String today, String cancel) {
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        return new DatePickerI18n().setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12))
                .setWeekdays(days(symbols.getWeekdays())).setWeekdaysShort(days(symbols.getShortWeekdays()))
                .setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek() == DayOfWeek.SUNDAY ? 0 : 1)
                .setToday(today).setCancel(cancel);
    }

    /** DateFormatSymbols number the days from 1 (Sunday); the date picker wants Sunday first, from 0. */
    private static List<String> days(String[] fromSymbols) {
        return Arrays.asList(fromSymbols).subList(1, 8);
    }
}
