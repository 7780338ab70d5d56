package org.neurocanvas.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The lexical side of CSV: splitting a line into fields, recognising numbers and missing values,
 * and detecting the delimiter and the header from the first lines of a file.
 *
 * <p>Fields may be quoted with double quotes ({@code ""} inside stands for one quote); a quoted
 * field cannot span lines. Unquoted fields are trimmed.
 */
final class CsvSyntax {

    /** Delimiters in order of preference when several fit equally well: ';' signals a decimal comma. */
    static final char[] DELIMITERS = {'\t', ';', ','};

    private static final Set<String> MISSING = Set.of("", "na", "n/a", "nan", "?");

    private CsvSyntax() {
    }

    /**
     * Splits a line at the delimiter outside quotes.
     *
     * @return the fields, or null when a quote is left open (the caller names the line)
     */
    static String[] split(String line, char delimiter) {
        if (line.indexOf('"') < 0) {
            return splitPlain(line, delimiter);
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch != '"') {
                    field.append(ch);
                } else if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = false;
                }
            } else if (ch == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
                wasQuoted = true;
            } else if (ch == delimiter) {
                fields.add(wasQuoted ? field.toString() : field.toString().trim());
                field.setLength(0);
                wasQuoted = false;
            } else {
                field.append(ch);
            }
        }
        if (quoted) {
            return null;
        }
        fields.add(wasQuoted ? field.toString() : field.toString().trim());
        return fields.toArray(String[]::new);
    }

    /** The common case without quotes, several times faster: a 60,000-row pixel table has 47 million fields. */
    private static String[] splitPlain(String line, char delimiter) {
        int count = 1;
        for (int i = line.indexOf(delimiter); i >= 0; i = line.indexOf(delimiter, i + 1)) {
            count++;
        }
        String[] fields = new String[count];
        int start = 0;
        for (int k = 0; k < count; k++) {
            int end = k == count - 1 ? line.length() : line.indexOf(delimiter, start);
            fields[k] = line.substring(start, end).trim();
            start = end + 1;
        }
        return fields;
    }

    /** True for an empty field, NA, N/A, NaN or ?, letters in any case. */
    static boolean isMissing(String field) {
        return field.isEmpty() || field.length() <= 3 && !isDigit(field.charAt(0))
                && MISSING.contains(field.toLowerCase(Locale.ROOT));
    }

    /** True when the field is a plain decimal number (a comma as decimal mark when decimalComma). */
    static boolean isNumber(String field, boolean decimalComma) {
        return !Double.isNaN(number(field, decimalComma));
    }

    /**
     * The value of a plain decimal number such as "-12", "3.5", ".5" or "1e-3" (with a comma
     * instead of the point when decimalComma), or NaN when the field is anything else. Hand-written
     * rather than a regular expression because it runs once per field of files of millions.
     */
    static double number(String field, boolean decimalComma) {
        int n = field.length();
        int i = n > 0 && (field.charAt(0) == '+' || field.charAt(0) == '-') ? 1 : 0;
        int digitsStart = i;
        long whole = 0;
        while (i < n && isDigit(field.charAt(i))) {
            whole = whole * 10 + field.charAt(i) - '0';
            i++;
        }
        int digits = i - digitsStart;
        if (i == n && digits > 0 && digits <= 15) {
            return field.charAt(0) == '-' ? -whole : whole;
        }
        boolean comma = false;
        if (i < n && (field.charAt(i) == '.' || decimalComma && field.charAt(i) == ',')) {
            comma = field.charAt(i) == ',';
            int fractionStart = ++i;
            while (i < n && isDigit(field.charAt(i))) {
                i++;
            }
            digits += i - fractionStart;
        }
        if (digits == 0) {
            return Double.NaN;
        }
        if (i < n && (field.charAt(i) == 'e' || field.charAt(i) == 'E')) {
            i++;
            i += i < n && (field.charAt(i) == '+' || field.charAt(i) == '-') ? 1 : 0;
            int exponentStart = i;
            while (i < n && isDigit(field.charAt(i))) {
                i++;
            }
            if (i == exponentStart) {
                return Double.NaN;
            }
        }
        if (i != n) {
            return Double.NaN;
        }
        return Double.parseDouble(comma ? field.replace(',', '.') : field);
    }

    private static boolean isDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }

    /**
     * The delimiter that splits the sample lines most consistently into two or more fields: the
     * one under which most lines share the most common field count, ties going to tab, then ';',
     * then ','. A ',' when nothing splits (a one-column file, reported by the caller).
     */
    static char detectDelimiter(List<String> lines) {
        char best = ',';
        int bestAgreement = 0;
        for (char delimiter : DELIMITERS) {
            int[] counts = lines.stream().map(line -> split(line, delimiter))
                    .mapToInt(fields -> fields == null ? 0 : fields.length).toArray();
            int mode = mode(counts);
            int agreement = 0;
            for (int count : counts) {
                agreement += count == mode ? 1 : 0;
            }
            if (mode >= 2 && agreement > bestAgreement) {
                best = delimiter;
                bestAgreement = agreement;
            }
        }
        return best;
    }

    private static int mode(int[] values) {
        int best = 0;
        int bestCount = 0;
        for (int candidate : values) {
            int count = 0;
            for (int value : values) {
                count += value == candidate ? 1 : 0;
            }
            if (count > bestCount || count == bestCount && candidate > best) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    /**
     * Whether the first of the sample rows is a header: some column holds text there but only
     * numbers below it; or, when every column holds text throughout, no first-row value recurs in
     * its column below (names like "species" do not recur, categories like "setosa" do).
     */
    static boolean detectHeader(List<String[]> rows, boolean decimalComma) {
        String[] first = rows.get(0);
        boolean allText = true;
        for (int j = 0; j < first.length; j++) {
            boolean text = !isMissing(first[j]) && !isNumber(first[j], decimalComma);
            allText &= text;
            if (text && numbersBelow(rows, j, decimalComma)) {
                return true;
            }
        }
        if (!allText) {
            return false;
        }
        for (int j = 0; j < first.length; j++) {
            for (String[] row : rows.subList(1, rows.size())) {
                if (j < row.length && row[j].equals(first[j])) {
                    return false;
                }
            }
        }
        return true;
    }

    /** True when column j below the first row holds at least one number and no text. */
    private static boolean numbersBelow(List<String[]> rows, int j, boolean decimalComma) {
        boolean anyNumber = false;
        for (String[] row : rows.subList(1, rows.size())) {
            if (j >= row.length || isMissing(row[j])) {
                continue;
            }
            if (!isNumber(row[j], decimalComma)) {
                return false;
            }
            anyNumber = true;
        }
        return anyNumber;
    }
}
