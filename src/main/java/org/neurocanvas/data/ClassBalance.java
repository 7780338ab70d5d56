package org.neurocanvas.data;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * How many samples each class has, for a class-balance chart and a warning when one class
 * outnumbers another.
 *
 * @param classNames one name per class
 * @param counts     the samples of each class, indexed like classNames
 */
public record ClassBalance(List<String> classNames, List<Integer> counts) {

    /** Copies the lists and checks that they match. */
    public ClassBalance {
        classNames = List.copyOf(classNames);
        counts = List.copyOf(counts);
        if (classNames.size() != counts.size()) {
            throw new IllegalArgumentException("A class balance needs one count per class, found " + classNames.size()
                    + " classes and " + counts.size() + " counts.");
        }
    }

    /**
     * Counts the labels of a data set.
     *
     * @throws IllegalStateException when the data set's targets are not class labels
     */
    public static ClassBalance of(Dataset data) {
        Integer[] counts = new Integer[data.classes()];
        Arrays.fill(counts, 0);
        for (int label : data.labels()) {
            counts[label]++;
        }
        return new ClassBalance(data.classNames(), List.of(counts));
    }

    /** The number of samples in all. */
    public int total() {
        return counts.stream().mapToInt(Integer::intValue).sum();
    }

    /** The share of the samples in class c, from 0 to 1 (0 for an empty set). */
    public double fraction(int c) {
        int total = total();
        return total == 0 ? 0 : (double) counts.get(c) / total;
    }

    /**
     * The largest class's count over the smallest's: 1 for a balanced set, infinite when a class
     * has no samples, NaN without classes.
     */
    public double imbalance() {
        if (counts.isEmpty()) {
            return Double.NaN;
        }
        int smallest = Collections.min(counts);
        int largest = Collections.max(counts);
        return smallest == 0 ? Double.POSITIVE_INFINITY : (double) largest / smallest;
    }
}
