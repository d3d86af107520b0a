package io.rapport.importer.xarchive.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Parses the archive's {@code created_at}, always laid out as {@code Wed Oct 10 20:19:24 +0000 2018}. Parsed by
 * position rather than with a {@code DateTimeFormatter}: it runs once per tweet and the layout never varies.
 */
final class TwitterDate {
    private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";
    private static final String DAYS = "MonTueWedThuFriSatSun";
    static final String EXAMPLE = "Wed Oct 10 20:19:24 +0000 2018";

    private TwitterDate() {
    }

    /** @return the instant, or {@code null} if the text is not laid out like {@link #EXAMPLE} */
    static Instant parse(String s) {
        if (s == null || s.length() != EXAMPLE.length() || s.charAt(3) != ' ' || s.charAt(7) != ' '
                || s.charAt(10) != ' ' || s.charAt(13) != ':' || s.charAt(16) != ':' || s.charAt(19) != ' '
                || s.charAt(25) != ' ') {
            return null;
        }
        int day = DAYS.indexOf(s.substring(0, 3));
        int month = MONTHS.indexOf(s.substring(4, 7));
        if (day < 0 || day % 3 != 0 || month < 0 || month % 3 != 0) {
            return null;
        }
        char sign = s.charAt(20);
        int dom = digits(s, 8, 10);
        int hour = digits(s, 11, 13);
        int minute = digits(s, 14, 16);
        int second = digits(s, 17, 19);
        int offH = digits(s, 21, 23);
        int offM = digits(s, 23, 25);
        int year = digits(s, 26, 30);
        if ((sign != '+' && sign != '-') || dom < 0 || hour < 0 || minute < 0 || second < 0 || offH < 0 || offM < 0
                || year < 0) {
            return null;
        }
        try {
            int offsetSeconds = (offH * 3600 + offM * 60) * (sign == '-' ? -1 : 1);
            return LocalDateTime.of(year, month / 3 + 1, dom, hour, minute, second)
                    .toInstant(ZoneOffset.ofTotalSeconds(offsetSeconds));
        } catch (DateTimeException e) {
            return null; // Feb 30, hour 25, offset beyond ±18:00
        }
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
