package org.neurocanvas.data;

import java.util.Arrays;
import java.util.Random;

/** The sample indices of a shuffled, stratified split; {@link Dataset#split} documents the rules. */
final class StratifiedSplit {

    private StratifiedSplit() {
    }

    /**
     * Returns {train indices, validation indices, test indices}, each shuffled. Each class's shuffled
     * members give the validation part first, then the test part, so a test fraction of 0 draws the
     * same validation part as a split without one.
     */
    static int[][] indices(int[] labels, int classes, double validationFraction, double testFraction, long seed) {
        Random random = new Random(seed);
        int[][] byClass = samplesByClass(labels, classes);
        int[] none = new int[classes];
        int[] validationCounts = counts(byClass, labels.length, validationFraction, none);
        int[] testCounts = counts(byClass, labels.length, testFraction, validationCounts);
        int validationSize = Arrays.stream(validationCounts).sum();
        int testSize = Arrays.stream(testCounts).sum();
        int[] train = new int[labels.length - validationSize - testSize];
        int[] validation = new int[validationSize];
        int[] test = new int[testSize];
        int t = 0;
        int v = 0;
        int h = 0;
        for (int c = 0; c < classes; c++) {
            int[] members = byClass[c];
            Shuffle.shuffle(members, random);
            for (int i = 0; i < members.length; i++) {
                if (i < validationCounts[c]) {
                    validation[v++] = members[i];
                } else if (i < validationCounts[c] + testCounts[c]) {
                    test[h++] = members[i];
                } else {
                    train[t++] = members[i];
                }
            }
        }
        Shuffle.shuffle(train, random);
        Shuffle.shuffle(validation, random);
        Shuffle.shuffle(test, random);
        return new int[][] {train, validation, test};
    }

    private static int[][] samplesByClass(int[] labels, int classes) {
        int[] counts = new int[classes];
        for (int label : labels) {
            counts[label]++;
        }
        int[][] byClass = new int[classes][];
        for (int c = 0; c < classes; c++) {
            byClass[c] = new int[counts[c]];
        }
        int[] filled = new int[classes];
        for (int i = 0; i < labels.length; i++) {
            byClass[labels[i]][filled[labels[i]]++] = i;
        }
        return byClass;
    }

    /**
     * Largest-remainder rounding: per-class shares that add up to the rounded total, each class giving
     * at most the members that {@code taken} has not already claimed for another part.
     */
    private static int[] counts(int[][] byClass, int size, double fraction, int[] taken) {
        int classes = byClass.length;
        int[] counts = new int[classes];
        double[] remainders = new double[classes];
        int leftOver = (int) Math.round(fraction * size);
        for (int c = 0; c < classes; c++) {
            double share = fraction * byClass[c].length;
            counts[c] = (int) Math.floor(share);
            remainders[c] = share - counts[c];
            leftOver -= counts[c];
        }
        for (; leftOver > 0; leftOver--) {
            int most = -1;
            for (int c = 0; c < classes; c++) {
                if (counts[c] < byClass[c].length - taken[c] && (most < 0 || remainders[c] > remainders[most])) {
                    most = c;
                }
            }
            counts[most]++;
            remainders[most] = -1;
        }
        return counts;
    }
}
