package org.neurocanvas.data;

import java.util.Random;

/** Fisher-Yates shuffles driven by a seeded generator, so every order in this package is reproducible. */
final class Shuffle {

    private Shuffle() {
    }

    /** A uniformly random permutation of 0..n-1. */
    static int[] permutation(int n, Random random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        shuffle(order, random);
        return order;
    }

    /** Shuffles values in place. */
    static void shuffle(int[] values, Random random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }
}
