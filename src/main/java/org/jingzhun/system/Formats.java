package org.jingzhun.system;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and money as the reader's language writes them, for templates ({@code ${@fmt.money(r.netIncome)}},
 * {@code ${@fmt.date(h.exitDate)}}, {@code ${@fmt.dateTime(task.due)}}) and for code. The patterns are messages
 * ({@code format.*}): 2026年3月5日 and 1,234.50 元 in Chinese, 5 Mar 2026 and ¥1,234.50 in English. Instants are
 * shown in the users' time zone ({@link Today#ZONE}).
 */
@Component("fmt")
public class Formats {

    private final MessageSource messages;

    Formats(MessageSource messages) {
        this.messages = messages;
    }

    public String date(Object value) {
        return date(value, LocaleContextHolder.getLocale());
    }

    public String date(Object value, Locale locale) {
        return format(value, "format.date", locale);
    }

    public String dateTime(Object value) {
        return dateTime(value, LocaleContextHolder.getLocale());
    }

    public String dateTime(Object value, Locale locale) {
        return format(value, "format.dateTime", locale);
    }

    public String money(Number amount) {
        return money(amount, LocaleContextHolder.getLocale());
    }

    /** Two decimals, rounded half up as in accounting; empty for no amount. */
    public String money(Number amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat(pattern("format.money", locale),
                DecimalFormatSymbols.getInstance(locale));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(amount);
    }

    private String format(Object value, String patternKey, Locale locale) {
        TemporalAccessor temporal = temporal(value);
        if (temporal == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern(pattern(patternKey, locale), locale).format(temporal);
    }

    private static TemporalAccessor temporal(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Date sqlDate) {
            return sqlDate.toLocalDate();
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(Today.ZONE);
        }
        if (value instanceof Instant instant) {
            return instant.atZone(Today.ZONE);
        }
        // read from "timestamp with time zone" columns, which answer in UTC
        if (value instanceof OffsetDateTime offset) {
            return offset.atZoneSameInstant(Today.ZONE);
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(Today.ZONE);
        }
        if (value instanceof TemporalAccessor temporal) {
            return temporal;
        }
        throw new IllegalArgumentException("Not a date: " + value.getClass().getName());
    }

    private String pattern(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

}
