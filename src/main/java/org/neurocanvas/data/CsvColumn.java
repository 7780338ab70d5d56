package org.neurocanvas.data;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the first pass over a CSV file learns about one column: how many numbers, texts and
 * missing values it holds, where the first surprising ones are, and its distinct values.
 */
final class CsvColumn {

    /** More distinct values than this are not categories: an id, a name or a measurement. */
    static final int MAX_CATEGORIES = 1000;

    final String name;
    int numbers;
    int texts;
    int missing;
    int firstTextLine;
    String firstText;
    int firstFractionLine;
    String firstFraction;
    int firstMissingLine;
    String firstMissing;
    double sum;
    double sumOfSquares;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    /** Every number so far is a whole number in 0..255, so the column fits a byte. */
    boolean bytesOnly = true;
    /** Distinct non-missing values as written, with how many rows hold each (a counter, not boxed); capped. */
    private final Map<String, int[]> counts = new LinkedHashMap<>();
    /**
     * The rows holding each whole number 0..255 written plainly ("7", not "07" or "7.0"): pixel
     * tables then count without hashing, which made up most of their loading time.
     */
    private final int[] byteCounts = new int[256];
    private Map<String, int[]> allCounts;
    private boolean overflow;

    CsvColumn(String name) {
        this.name = name;
    }

    /** Counts one field of a kept row, or a missing field of a dropped row (for the report). */
    void add(String field, int line, boolean decimalComma) {
        if (CsvSyntax.isMissing(field)) {
            missing++;
            if (firstMissingLine == 0) {
                firstMissingLine = line;
                firstMissing = field;
            }
            return;
        }
        double value = CsvSyntax.number(field, decimalComma);
        if (!Double.isNaN(value)) {
            numbers++;
            sum += value;
            sumOfSquares += value * value;
            min = Math.min(min, value);
            max = Math.max(max, value);
            boolean whole = value == Math.rint(value);
            bytesOnly &= whole && value >= 0 && value <= 255;
            if (!whole && firstFractionLine == 0) {
                firstFractionLine = line;
                firstFraction = field;
            }
        } else {
            texts++;
            if (firstTextLine == 0) {
                firstTextLine = line;
                firstText = field;
            }
        }
        if (isPlainByte(field, value)) {
            byteCounts[(int) value]++;
            return;
        }
        if (overflow) {
            return;
        }
        int[] count = counts.get(field);
        if (count != null) {
            count[0]++;
        } else if (counts.size() <= MAX_CATEGORIES) {
            counts.put(field, new int[] {1});
        } else {
            overflow = true;
        }
    }

    private static boolean isPlainByte(String field, double value) {
        return value >= 0 && value <= 255 && value == Math.rint(value) && field.charAt(0) != '+'
                && field.length() == (value < 10 ? 1 : value < 100 ? 2 : 3);
    }

    /**
     * Every distinct non-missing value as written, with the number of rows holding it; for use
     * after the first pass, when nothing is added any more.
     */
    Map<String, int[]> counts() {
        if (allCounts == null) {
            allCounts = new LinkedHashMap<>(counts);
            for (int v = 0; v < byteCounts.length; v++) {
                if (byteCounts[v] > 0) {
                    allCounts.put(Integer.toString(v), new int[] {byteCounts[v]});
                }
            }
        }
        return allCounts;
    }

    /** More distinct values than {@link #MAX_CATEGORIES}: not categories, nor classes. */
    boolean tooManyValues() {
        return overflow || counts().size() > MAX_CATEGORIES;
    }

    /** Numbers outnumber texts: the texts are then mistakes, not categories. */
    boolean numeric() {
        return numbers > texts;
    }

    /** The mean of the numbers (NaN when there are none). */
    double mean() {
        return sum / numbers;
    }

    /** The population standard deviation of the numbers (NaN when there are none). */
    double std() {
        double mean = mean();
        return Math.sqrt(Math.max(0, sumOfSquares / numbers - mean * mean));
    }

    /** The rows holding each value of {@link #sortedValues()}, in that order. */
    List<Integer> sortedCounts() {
        Map<String, Integer> index = indexOfValues();
        int[] counts = new int[sortedValues().size()];
        counts().forEach((field, rows) -> counts[index.get(field)] += rows[0]);
        return Arrays.stream(counts).boxed().toList();
    }

    /** True when every value is a number: then values sort and compare as numbers. */
    boolean onlyNumbers() {
        return texts == 0;
    }

    /**
     * The distinct values in sorted order, so the order does not depend on the order of the rows:
     * numerically when the column holds only numbers (written values that mean the same number,
     * like "1" and "1.0", count once and whole numbers are named plainly, "1"), otherwise
     * alphabetically.
     */
    List<String> sortedValues() {
        if (!onlyNumbers()) {
            return counts().keySet().stream().sorted().toList();
        }
        return distinctNumbers().stream()
                .map(v -> v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString(v.longValue()) : v.toString())
                .toList();
    }

    /** The index in {@link #sortedValues()} of every written value (numerically equal ones share). */
    Map<String, Integer> indexOfValues() {
        Map<String, Integer> index = new LinkedHashMap<>();
        if (onlyNumbers()) {
            List<Double> sorted = distinctNumbers();
            counts().keySet().forEach(field -> index.put(field,
                    Collections.binarySearch(sorted, CsvSyntax.number(field, true))));
        } else {
            List<String> sorted = sortedValues();
            for (int i = 0; i < sorted.size(); i++) {
                index.put(sorted.get(i), i);
            }
        }
        return index;
    }

    private List<Double> distinctNumbers() {
        return counts().keySet().stream().map(field -> CsvSyntax.number(field, true)).distinct().sorted().toList();
    }
}
