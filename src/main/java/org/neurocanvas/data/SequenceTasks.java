package org.neurocanvas.data;

import java.util.List;
import java.util.Random;

/**
 * Generated sequence tasks for recurrent networks: each label depends on symbols far apart in the
 * sequence, so a model without memory of earlier time steps can do no better than chance. Samples
 * have shape length x k (time steps first); the two classes are exactly balanced (the first
 * sample of an odd count going to class 0) and stored in an order shuffled by the seed.
 */
public final class SequenceTasks {

    private SequenceTasks() {
    }

    /**
     * Bit strings labelled by their parity: "even" (class 0) or "odd" (class 1) number of ones. Every
     * bit matters, so the model must carry a running answer through the whole sequence. Shape
     * length x 1, values 0 or 1.
     *
     * @throws IllegalArgumentException naming the setting when samples < 2 or length < 2
     */
    public static Dataset parity(int samples, int length, long seed) {
        check(samples, length, "parity");
        Random random = new Random(seed);
        int[] labels = balancedLabels(samples, random);
        float[] x = new float[Math.multiplyExact(samples, length)];
        for (int i = 0; i < samples; i++) {
            int ones = 0;
            for (int t = 0; t < length - 1; t++) {
                int bit = random.nextInt(2);
                x[i * length + t] = bit;
                ones += bit;
            }
            // The last bit settles the parity: each string of the chosen parity is equally likely.
            x[i * length + length - 1] = (ones + labels[i]) % 2;
        }
        return new Dataset("parity", x, new int[] {length, 1}, labels, 2, List.of("even", "odd"));
    }

    /**
     * Sequences of one-hot symbols labelled "different" (class 0) or "same" (class 1): whether the
     * last symbol equals the first. The model must remember the first symbol across the whole
     * sequence. Shape length x symbols.
     *
     * @throws IllegalArgumentException naming the setting when samples < 2, length < 2 or symbols < 2
     */
    public static Dataset firstEqualsLast(int samples, int length, int symbols, long seed) {
        check(samples, length, "firstEqualsLast");
        if (symbols < 2) {
            throw new IllegalArgumentException("Setting 'symbols' of sequence task 'firstEqualsLast' must be >= 2,"
                    + " found " + symbols + ".");
        }
        Random random = new Random(seed);
        int[] labels = balancedLabels(samples, random);
        int sampleSize = Math.multiplyExact(length, symbols);
        float[] x = new float[Math.multiplyExact(samples, sampleSize)];
        for (int i = 0; i < samples; i++) {
            int first = random.nextInt(symbols);
            int symbol = first;
            for (int t = 0; t < length; t++) {
                if (t == length - 1) {
                    // Another symbol than the first, each equally likely, for class 0.
                    symbol = labels[i] == 1 ? first : (first + 1 + random.nextInt(symbols - 1)) % symbols;
                } else if (t > 0) {
                    symbol = random.nextInt(symbols);
                }
                x[i * sampleSize + t * symbols + symbol] = 1;
            }
        }
        return new Dataset("first equals last", x, new int[] {length, symbols}, labels, 2,
                List.of("different", "same"));
    }

    private static void check(int samples, int length, String task) {
        if (samples < 2) {
            throw new IllegalArgumentException("Setting 'samples' of sequence task '" + task + "' must be >= 2, found "
                    + samples + ".");
        }
        if (length < 2) {
            throw new IllegalArgumentException("Setting 'length' of sequence task '" + task + "' must be >= 2, found "
                    + length + ".");
        }
    }

    /** Half the samples of each class (class 0 gets the odd one), in shuffled order. */
    private static int[] balancedLabels(int samples, Random random) {
        int[] labels = new int[samples];
        for (int i = 0; i < samples; i++) {
            labels[i] = i < samples / 2 ? 1 : 0;
        }
        Shuffle.shuffle(labels, random);
        return labels;
    }
}
