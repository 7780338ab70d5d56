package org.neurocanvas.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * How a project trains: optimiser, learning rate, batch size, epochs, seed, validation split,
 * and early stopping (patience in epochs without a better validation loss; 0 trains every
 * epoch), which keeps the weights of the best epoch.
 */
public record TrainingSpec(String optimizer, double learningRate, int batchSize, int epochs, long seed,
                           double validationSplit,
                           @JsonInclude(JsonInclude.Include.NON_DEFAULT) int patience) {

    public static final List<String> OPTIMIZERS = List.of("adam", "sgd", "sgd_nesterov", "adamw", "nadam", "rmsprop", "adagrad", "adadelta");

    public TrainingSpec {
        require(OPTIMIZERS.contains(optimizer), "optimizer", "one of " + String.join(", ", OPTIMIZERS), "'" + optimizer + "'");
        require(learningRate > 0 && learningRate <= 10, "learningRate", "a number above 0 and at most 10", String.valueOf(learningRate));
        require(batchSize >= 1, "batchSize", "at least 1", String.valueOf(batchSize));
        require(epochs >= 1, "epochs", "at least 1", String.valueOf(epochs));
        require(validationSplit >= 0 && validationSplit < 1, "validationSplit", "from 0 up to (not including) 1", String.valueOf(validationSplit));
        require(patience >= 0, "patience", "0 (no early stopping) or more epochs", String.valueOf(patience));
        require(patience == 0 || validationSplit > 0, "patience", "0 when there is no validation split to watch", String.valueOf(patience));
    }

    /** Without early stopping. */
    public TrainingSpec(String optimizer, double learningRate, int batchSize, int epochs, long seed, double validationSplit) {
        this(optimizer, learningRate, batchSize, epochs, seed, validationSplit, 0);
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
        return new TrainingSpec(optimizer, learningRate, batchSize, epochs, newSeed, validationSplit, patience);
    }

    public TrainingSpec withEpochs(int newEpochs) {
        return new TrainingSpec(optimizer, learningRate, batchSize, newEpochs, seed, validationSplit, patience);
    }

    public TrainingSpec withPatience(int newPatience) {
        return new TrainingSpec(optimizer, learningRate, batchSize, epochs, seed, validationSplit, newPatience);
    }
}
