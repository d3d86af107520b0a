package io.rapport.hierarchy.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What Excel shows for the numbers and dates a sheet stores, and which number formats are dates. */
class CellValuesTest {

    @Test
    void numbersAreShownWithFifteenSignificantDigitsAndNoExponent() {
        assertEquals("5", CellValues.number("5"));
        assertEquals("5", CellValues.number("4.9999999999999991"));
        assertEquals("1", CellValues.number("0.99999999999999989"));
        assertEquals("0.1", CellValues.number("0.10000000000000001"));
        assertEquals("4.5", CellValues.number("4.5"));
        assertEquals("-3", CellValues.number("-3.0"));
        assertEquals("0.001", CellValues.number("1E-3"));
        assertEquals("1500", CellValues.number("1.5E3"));
        assertEquals("0", CellValues.number("-0"));
        assertEquals("123456789012345", CellValues.number("123456789012345"));
        assertEquals("1.23456789012346E+30", CellValues.number("1.2345678901234567E30"));
    }

    @Test
    void dateSerialsAreIsoDatesInBothDateSystems() {
        assertEquals("1900-01-01", CellValues.date("1", false));
        assertEquals("1900-02-28", CellValues.date("59", false));
        assertEquals("1900-02-29", CellValues.date("60", false), "Excel's day that the calendar lacks");
        assertEquals("1900-03-01", CellValues.date("61", false));
        assertEquals("2026-03-14", CellValues.date("46095", false));
        assertEquals("2026-03-14T09:30:00", CellValues.date("46095.395833333336", false));
        assertEquals("2026-03-15", CellValues.date("46095.999999999", false), "rounded to the second, like Excel");
        assertEquals("12:00:00", CellValues.date("0.5", false), "a time without a date");
        assertEquals("1904-01-01", CellValues.date("0", true));
        assertEquals("2030-03-15", CellValues.date("46095", true));
        assertEquals("-1", CellValues.date("-1", false), "before Excel's dates: the number");
    }

    @Test
    void dateFormatsAreTheBuiltInOnesAndCodesWithDateLettersOutsideQuotesAndBrackets() {
        for (int id : new int[] {14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47}) {
            assertTrue(CellFormats.isBuiltInDate(id), String.valueOf(id));
        }
        for (int id : new int[] {0, 1, 2, 9, 10, 13, 23, 44, 48, 49}) {
            assertFalse(CellFormats.isBuiltInDate(id), String.valueOf(id));
        }
        assertTrue(CellFormats.isDateCode("yyyy\\-mm\\-dd"));
        assertTrue(CellFormats.isDateCode("[$-409]d-mmm-yy;@"));
        assertTrue(CellFormats.isDateCode("[h]:mm:ss"));
        assertTrue(CellFormats.isDateCode("DD/MM/YYYY"));
        assertFalse(CellFormats.isDateCode("0.0\" pts, day\""));
        assertFalse(CellFormats.isDateCode("#,##0;[Red]-#,##0"));
        assertFalse(CellFormats.isDateCode("0\\d"), "an escaped d is a literal");
        assertFalse(CellFormats.isDateCode("General"));
        assertFalse(CellFormats.isDateCode("0.00E+00"));
    }

    @Test
    void cellReferencesPlaceCellsInColumns() {
        assertEquals(0, CellReference.column("A1"));
        assertEquals(27, CellReference.column("AB12"));
        assertEquals(16_383, CellReference.column("XFD1048576"));
        assertEquals(-1, CellReference.column("XFE1"));
        assertEquals(-1, CellReference.column("12"));
        assertEquals(-1, CellReference.column("A1B"));
        assertEquals("AB", CellReference.letters(27));
        assertEquals("XFD", CellReference.letters(16_383));
    }
}
