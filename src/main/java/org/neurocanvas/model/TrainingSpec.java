package org.neurocanvas.model;

import java.util.List;

/** How a project trains: optimiser, learning rate, batch size, epochs, seed and validation split. */
public record TrainingSpec(String optimizer, double learningRate, int batchSize, int epochs, long seed,
                           double validationSplit) {

    public static final List<String> OPTIMIZERS = List.of("adam", "sgd");

    public TrainingSpec {
        require(OPTIMIZERS.contains(optimizer), "optimizer", "one of " + String.join(", ", OPTIMIZERS), "'" + optimizer + "'");
        require(learningRate > 0 && learningRate <= 10, "learningRate", "a number above 0 and at most 10", String.valueOf(learningRate));
        require(batchSize >= 1, "batchSize", "at least 1", String.valueOf(batchSize));
        require(epochs >= 1, "epochs", "at least 1", String.valueOf(epochs));
        require(validationSplit >= 0 && validationSplit < 1, "validationSplit", "from 0 up to (not including) 1", String.valueOf(validationSplit));
    }

    private static void require(boolean ok, String setting, String expected, String found) {
        if (!ok) {
            throw new IllegalArgumentException("Training setting '" + setting + "' must be " + expected + ", found " + found + ".");
        }
    }

    public static TrainingSpec defaults() {
        return new TrainingSpec("adam", 0.01, 32, 100, 1, 0.2);
    }

    public TrainingSpec withSeed(long newSeed) {
        return new TrainingSpec(optimizer, learningRate, batchSize, epochs, newSeed, validationSplit);
    }

    public TrainingSpec withEpochs(int newEpochs) {
        return new TrainingSpec(optimizer, learningRate, batchSize, newEpochs, seed, validationSplit);
    }
}
