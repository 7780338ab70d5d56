package org.neurocanvas.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Generated sequence tasks for recurrent and attention networks: each label depends on symbols far
 * apart in the sequence, so a model that cannot relate distant time steps does no better than
 * chance. Every class holds as many samples as every other (when the count does not divide, the
 * lowest classes get one more), stored in an order shuffled by the seed.
 *
 * <p>Two kinds of input: one-hot or bit vectors of shape length x k (time steps first), for a
 * recurrent layer; or token ids of shape {length}, whole numbers 1..{@link #TOKENS} stored as
 * floats, for an Embedding layer of {@link #VOCABULARY} entries (id 0 is left free for padding).
 */
public final class SequenceTasks {

    /** The token ids of the token tasks run from 1 to this. */
    public static final int TOKENS = 8;

    /** An Embedding for the token tasks needs this many entries: the ids 0..TOKENS. */
    public static final int VOCABULARY = TOKENS + 1;

    /** The two marked tokens of {@link #order}; the other positions hold 3..TOKENS. */
    private static final int TOKEN_A = 1;
    private static final int TOKEN_B = 2;

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

    /**
     * One-hot symbols labelled by the symbol that opened the sequence: class k when the first step
     * holds symbol k, the remaining steps uniform noise that says nothing about it. The model must
     * hold one of several answers through every later step, which is what an LSTM or GRU gate is
     * for and a plain recurrent layer forgets over a few dozen steps. Shape length x symbols;
     * chance is 1 / symbols.
     *
     * @throws IllegalArgumentException naming the setting when samples < symbols, length < 2 or symbols < 2
     */
    public static Dataset recall(int samples, int length, int symbols, long seed) {
        check(samples, length, "recall");
        if (symbols < 2 || samples < symbols) {
            throw new IllegalArgumentException("Setting 'symbols' of sequence task 'recall' must be >= 2 and at most"
                    + " the " + samples + " samples, found " + symbols + ".");
        }
        Random random = new Random(seed);
        int[] labels = balancedLabels(samples, symbols, random);
        int sampleSize = Math.multiplyExact(length, symbols);
        float[] x = new float[Math.multiplyExact(samples, sampleSize)];
        List<String> names = new ArrayList<>();
        for (int k = 0; k < symbols; k++) {
            names.add("symbol " + (k + 1));
        }
        for (int i = 0; i < samples; i++) {
            for (int t = 0; t < length; t++) {
                int symbol = t == 0 ? labels[i] : random.nextInt(symbols);
                x[i * sampleSize + t * symbols + symbol] = 1;
            }
        }
        return new Dataset("recall", x, new int[] {length, symbols}, labels, symbols, names);
    }

    /**
     * Token sequences labelled "palindrome" (class 1) or "not a palindrome" (class 0): whether they
     * read the same backwards. A palindrome is random in its first half and mirrored; every other
     * sequence is a palindrome with between one and all of its mirrored pairs made to differ, so
     * some miss by a single token and the model must compare each position with its mirror. Token
     * ids 1..{@link #TOKENS}, shape {length}.
     *
     * @throws IllegalArgumentException naming the setting when samples < 2 or length < 2
     */
    public static Dataset palindromes(int samples, int length, long seed) {
        check(samples, length, "palindrome");
        Random random = new Random(seed);
        int[] labels = balancedLabels(samples, random);
        float[] x = new float[Math.multiplyExact(samples, length)];
        int pairs = length / 2;
        int[] pairOrder = new int[pairs];
        for (int i = 0; i < samples; i++) {
            int row = i * length;
            for (int t = 0; t < length - pairs; t++) {
                x[row + t] = token(random);
            }
            for (int t = 0; t < pairs; t++) {
                x[row + length - 1 - t] = x[row + t];
            }
            if (labels[i] == 0) {
                Arrays.setAll(pairOrder, p -> p);
                Shuffle.shuffle(pairOrder, random);
                int broken = 1 + random.nextInt(pairs);
                for (int p = 0; p < broken; p++) {
                    int mirror = row + length - 1 - pairOrder[p];
                    x[mirror] = 1 + ((int) x[mirror] + random.nextInt(TOKENS - 1)) % TOKENS;
                }
            }
        }
        return new Dataset("palindrome", x, new int[] {length}, labels, 2, List.of("not a palindrome", "palindrome"));
    }

    /**
     * Token sequences holding token 1 (A) and token 2 (B) once each, among tokens 3..{@link #TOKENS},
     * labelled "A first" (class 1) or "B first" (class 0). The two places are random, so the model
     * must find both and compare where they stand: one attention head can. Token ids, shape {length}.
     *
     * @throws IllegalArgumentException naming the setting when samples < 2 or length < 2
     */
    public static Dataset order(int samples, int length, long seed) {
        check(samples, length, "a-before-b");
        Random random = new Random(seed);
        int[] labels = balancedLabels(samples, random);
        float[] x = new float[Math.multiplyExact(samples, length)];
        for (int i = 0; i < samples; i++) {
            int row = i * length;
            for (int t = 0; t < length; t++) {
                x[row + t] = 3 + random.nextInt(TOKENS - 2);
            }
            int first = random.nextInt(length);
            int second = (first + 1 + random.nextInt(length - 1)) % length;
            int early = Math.min(first, second);
            int late = Math.max(first, second);
            x[row + early] = labels[i] == 1 ? TOKEN_A : TOKEN_B;
            x[row + late] = labels[i] == 1 ? TOKEN_B : TOKEN_A;
        }
        return new Dataset("a before b", x, new int[] {length}, labels, 2, List.of("B first", "A first"));
    }

    private static int token(Random random) {
        return 1 + random.nextInt(TOKENS);
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

    /** As many samples of each class as of any other (the lowest classes get the rest), in shuffled order. */
    private static int[] balancedLabels(int samples, int classes, Random random) {
        int[] labels = new int[samples];
        Arrays.setAll(labels, i -> i % classes);
        Shuffle.shuffle(labels, random);
        return labels;
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
