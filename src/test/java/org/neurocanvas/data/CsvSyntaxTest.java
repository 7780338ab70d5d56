package org.neurocanvas.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvSyntaxTest {

    @Test
    void readsPlainDecimalNumbersOnly() {
        assertEquals(-12, CsvSyntax.number("-12", false));
        assertEquals(0.5, CsvSyntax.number(".5", false));
        assertEquals(1, CsvSyntax.number("1.", false));
        assertEquals(2, CsvSyntax.number("+2", false));
        assertEquals(1500, CsvSyntax.number("1.5E3", false));
        assertEquals(1e-3, CsvSyntax.number("1e-3", false));
        assertEquals(1.5, CsvSyntax.number("1,5", true));
        assertEquals(1234567890123456789.0, CsvSyntax.number("1234567890123456789", false));
        for (String text : List.of("1,5", "abc", "1e", "0x10", "Infinity", "1.2.3", "+", ".", "", "1 2")) {
            assertTrue(Double.isNaN(CsvSyntax.number(text, false)), text);
        }
    }

    @Test
    void recognisesMissingValues() {
        for (String missing : List.of("", "NA", "na", "N/A", "NaN", "?")) {
            assertTrue(CsvSyntax.isMissing(missing), missing);
        }
        for (String present : List.of("0", "NAN!", "none", "-")) {
            assertFalse(CsvSyntax.isMissing(present), present);
        }
    }

    @Test
    void splitsAtTheDelimiterOutsideQuotesAndTrims() {
        assertArrayEquals(new String[] {"a", "b c", ""}, CsvSyntax.split(" a ,b c,", ','));
        assertArrayEquals(new String[] {" a ", "x;y"}, CsvSyntax.split("\" a \";\"x;y\"", ';'));
        assertNull(CsvSyntax.split("1,\"open", ','));
    }

    @Test
    void prefersSemicolonsWhenCommasAreDecimalMarks() {
        assertEquals(';', CsvSyntax.detectDelimiter(List.of("a;b;c", "5,1;3,5;x", "4,9;3,0;y")));
        assertEquals(',', CsvSyntax.detectDelimiter(List.of("a,b,c", "1,2,x", "3,4,y")));
        assertEquals('\t', CsvSyntax.detectDelimiter(List.of("a\tb,c", "1\t2,5")));
    }
}
