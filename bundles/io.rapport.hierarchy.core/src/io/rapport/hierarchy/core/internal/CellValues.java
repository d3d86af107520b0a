package io.rapport.hierarchy.core.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Turns the values a sheet stores into the text a user sees in the spreadsheet program, which is what the row
 * validation then reads as in a CSV file: numbers as Excel shows them, date serials as ISO dates.
 */
final class CellValues {
    /** Excel shows at most 15 significant digits; it stores 5 as {@code 5}, but a sum may be 4.9999999999999991. */
    private static final MathContext SHOWN = new MathContext(15, RoundingMode.HALF_UP);
    /** The last day Excel can show, 9999-12-31, as a serial of the 1900 date system. */
    private static final double LAST_SERIAL = 2_958_465;
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    /** Serials from 61 on count from here; Excel's 1900 system has a 29 February 1900 (serial 60) for Lotus' sake. */
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final int SECONDS_PER_DAY = 86_400;

    private CellValues() {
    }

    /**
     * A stored number as Excel shows it in a General cell: rounded to 15 significant digits, without trailing
     * zeros or exponent ({@code 4.9999999999999991} → {@code 5}, {@code 1E-3} → {@code 0.001}).
     *
     * @throws NumberFormatException if it is not a number
     */
    static String number(String stored) {
        BigDecimal d = new BigDecimal(stored.strip()).round(SHOWN).stripTrailingZeros();
        if (d.signum() == 0) {
            return "0";
        }
        // beyond this a plain rendering is a wall of zeros; Excel switches to scientific notation too
        boolean plain = d.precision() - d.scale() <= 21 && d.scale() <= 30;
        return plain ? d.toPlainString() : d.toString();
    }

    /**
     * A date serial as an ISO date, {@code yyyy-MM-dd}, or {@code yyyy-MM-ddTHH:mm:ss} when it has a time of day
     * (to the second, as Excel rounds it); a time without a date in the 1900 system (serial below 1) as
     * {@code HH:mm:ss}. A serial outside Excel's dates stays a number.
     *
     * @param date1904 the workbook counts days from 1904-01-01 (old Mac workbooks) instead of 1900-01-00
     * @throws NumberFormatException if it is not a number
     */
    static String date(String stored, boolean date1904) {
        double serial = Double.parseDouble(stored.strip());
        if (!(serial >= 0) || serial > LAST_SERIAL) {
            return number(stored);
        }
        long days = (long) Math.floor(serial);
        long seconds = Math.round((serial - days) * SECONDS_PER_DAY);
        if (seconds == SECONDS_PER_DAY) {
            days++;
            seconds = 0;
        }
        String time = seconds == 0 ? null : LocalTime.ofSecondOfDay(seconds).toString();
        if (time != null && time.length() == 5) {
            time += ":00"; // LocalTime leaves out zero seconds
        }
        String day;
        if (date1904) {
            day = EPOCH_1904.plusDays(days).toString();
        } else if (days == 0) {
            return time == null ? "0" : time;
        } else if (days == 60) {
            day = "1900-02-29"; // the day Excel has and the calendar has not
        } else {
            day = EPOCH_1900.plusDays(days < 60 ? days + 1 : days).toString();
        }
        return time == null ? day : day + "T" + time;
    }
}
