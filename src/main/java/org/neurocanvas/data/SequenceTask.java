package org.neurocanvas.data;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The generated sequence tasks a project can name, with what a project sets (samples, length,
 * seed) and one sentence for the window. The remaining settings are fixed here so that a project
 * file needs no more than those three: {@link #SYMBOLS} symbols, token ids 1..{@link SequenceTasks#TOKENS}.
 */
public enum SequenceTask {

    PARITY("parity", false,
            "Strings of bits labelled even or odd by their number of ones: every bit counts, to the very end.") {
        @Override
        public Dataset generate(int samples, int length, long seed) {
            return SequenceTasks.parity(samples, length, seed);
        }
    },

    FIRST_EQUALS_LAST("first-equals-last", false,
            "Sequences of symbols labelled by whether the last symbol repeats the first one.") {
        @Override
        public Dataset generate(int samples, int length, long seed) {
            return SequenceTasks.firstEqualsLast(samples, length, SYMBOLS, seed);
        }
    },

    RECALL("recall", false,
            "Which of 4 symbols opened the sequence: an LSTM or GRU must remember it through all the noise after.") {
        @Override
        public Dataset generate(int samples, int length, long seed) {
            return SequenceTasks.recall(samples, length, SYMBOLS, seed);
        }
    },

    PALINDROME("palindrome", true,
            "Token sequences labelled by whether they read the same backwards: each token is checked against its mirror.") {
        @Override
        public Dataset generate(int samples, int length, long seed) {
            return SequenceTasks.palindromes(samples, length, seed);
        }
    },

    A_BEFORE_B("a-before-b", true,
            "Token sequences labelled by whether token A comes before token B: attention finds both and compares places.") {
        @Override
        public Dataset generate(int samples, int length, long seed) {
            return SequenceTasks.order(samples, length, seed);
        }
    };

    /** The symbols of the one-hot tasks (first-equals-last, recall). */
    public static final int SYMBOLS = 4;

    private final String id;
    private final boolean tokens;
    private final String description;

    SequenceTask(String id, boolean tokens, String description) {
        this.id = id;
        this.tokens = tokens;
        this.description = description;
    }

    /** The short name used in project files, e.g. "palindrome". */
    public String id() {
        return id;
    }

    /** One sentence for the window. */
    public String description() {
        return description;
    }

    /**
     * True when the samples are token ids for an Embedding layer of
     * {@link SequenceTasks#VOCABULARY} entries; false when they are vectors per time step.
     */
    public boolean tokens() {
        return tokens;
    }

    /** The shape of one sample for sequences of this length: {length} for tokens, else length x k. */
    public int[] sampleShape(int length) {
        return switch (this) {
            case PARITY -> new int[] {length, 1};
            case FIRST_EQUALS_LAST, RECALL -> new int[] {length, SYMBOLS};
            case PALINDROME, A_BEFORE_B -> new int[] {length};
        };
    }

    /**
     * Generates the data set from the seed: the same arguments always give the same samples.
     *
     * @throws IllegalArgumentException naming the setting when samples or length is too small
     */
    public abstract Dataset generate(int samples, int length, long seed);

    /**
     * The task with this id, ignoring case.
     *
     * @throws IllegalArgumentException naming the known ids when there is no such task
     */
    public static SequenceTask byId(String id) {
        for (SequenceTask task : values()) {
            if (task.id.equalsIgnoreCase(String.valueOf(id).trim())) {
                return task;
            }
        }
        String known = Arrays.stream(values()).map(SequenceTask::id).collect(Collectors.joining(", "));
        throw new IllegalArgumentException("Unknown sequence task '" + id + "': expected one of " + known + ".");
    }
}
