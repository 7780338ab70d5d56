package org.neurocanvas.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * How a project trains: optimiser, learning rate, batch size, epochs, seed, validation split,
 * early stopping (patience in epochs without a better validation loss; 0 trains every epoch,
 * which keeps the weights of the best epoch), the learning-rate schedule, regularisation and
 * gradient clipping.
 * <p>
 * Schedules, after {@code warmupEpochs} epochs in which the rate climbs linearly to
 * {@code learningRate}: {@code constant}; {@code step} multiplies the rate by
 * {@code scheduleFactor} every {@code scheduleStep} epochs; {@code exponential} by
 * scheduleFactor^(epoch / scheduleStep), smoothly; {@code cosine} follows half a cosine wave
 * down to 0 at the last epoch; {@code plateau} multiplies it by scheduleFactor when the
 * validation loss has not improved for scheduleStep epochs.
 * <p>
 * {@code l2} adds l2 · Σw² to the loss; {@code weightDecay} shrinks every weight by
 * learningRate · weightDecay · w at each step, apart from the gradient (decoupled, as AdamW
 * does). {@code clipNorm} rescales the whole gradient when its norm exceeds it; {@code clipValue}
 * cuts each gradient value to ±clipValue. 0 turns each of these off.
 */
public record TrainingSpec(String optimizer, double learningRate, int batchSize, int epochs, long seed,
                           double validationSplit,
                           @JsonInclude(JsonInclude.Include.NON_DEFAULT) int patience,
                           String schedule, int scheduleStep, double scheduleFactor, int warmupEpochs,
                           double l2, double weightDecay, double clipNorm, double clipValue) {

    public static final List<String> OPTIMIZERS = List.of("adam", "sgd", "sgd_nesterov", "adamw", "nadam", "rmsprop", "adagrad", "adadelta");
    public static final List<String> SCHEDULES = List.of("constant", "step", "exponential", "cosine", "plateau");
    public static final String CONSTANT = "constant";
    public static final int DEFAULT_SCHEDULE_STEP = 10;
    public static final double DEFAULT_SCHEDULE_FACTOR = 0.5;

    public TrainingSpec {
        require(OPTIMIZERS.contains(optimizer), "optimizer", "one of " + String.join(", ", OPTIMIZERS), "'" + optimizer + "'");
        require(learningRate > 0 && learningRate <= 10, "learningRate", "a number above 0 and at most 10", String.valueOf(learningRate));
        require(batchSize >= 1, "batchSize", "at least 1", String.valueOf(batchSize));
        require(epochs >= 1, "epochs", "at least 1", String.valueOf(epochs));
        require(validationSplit >= 0 && validationSplit < 1, "validationSplit", "from 0 up to (not including) 1", String.valueOf(validationSplit));
        require(patience >= 0, "patience", "0 (no early stopping) or more epochs", String.valueOf(patience));
        require(patience == 0 || validationSplit > 0, "patience", "0 when there is no validation split to watch", String.valueOf(patience));
        require(SCHEDULES.contains(schedule), "schedule", "one of " + String.join(", ", SCHEDULES), "'" + schedule + "'");
        require(scheduleStep >= 1, "scheduleStep", "at least 1 epoch", String.valueOf(scheduleStep));
        require(scheduleFactor > 0 && scheduleFactor <= 1, "scheduleFactor", "a multiplier above 0 and at most 1", String.valueOf(scheduleFactor));
        require(!"plateau".equals(schedule) || validationSplit > 0, "schedule", "other than plateau when there is no validation split to watch",
                "'plateau'");
        require(warmupEpochs >= 0, "warmupEpochs", "0 (no warm-up) or more epochs", String.valueOf(warmupEpochs));
        requireOff(l2, "l2");
        requireOff(weightDecay, "weightDecay");
        requireOff(clipNorm, "clipNorm");
        requireOff(clipValue, "clipValue");
    }

    /** Without early stopping. */
    public TrainingSpec(String optimizer, double learningRate, int batchSize, int epochs, long seed, double validationSplit) {
        this(optimizer, learningRate, batchSize, epochs, seed, validationSplit, 0);
    }

    /** A constant learning rate, no regularisation and no clipping. */
    public TrainingSpec(String optimizer, double learningRate, int batchSize, int epochs, long seed, double validationSplit, int patience) {
        this(optimizer, learningRate, batchSize, epochs, seed, validationSplit, patience,
                CONSTANT, DEFAULT_SCHEDULE_STEP, DEFAULT_SCHEDULE_FACTOR, 0, 0, 0, 0, 0);
    }

    /** From a project file: a field that an older file lacks takes the value that leaves training as it was. */
    @JsonCreator
    static TrainingSpec fromFile(@JsonProperty("optimizer") String optimizer, @JsonProperty("learningRate") double learningRate,
                                 @JsonProperty("batchSize") int batchSize, @JsonProperty("epochs") int epochs,
                                 @JsonProperty("seed") long seed, @JsonProperty("validationSplit") double validationSplit,
                                 @JsonProperty("patience") int patience, @JsonProperty("schedule") String schedule,
                                 @JsonProperty("scheduleStep") Integer scheduleStep, @JsonProperty("scheduleFactor") Double scheduleFactor,
                                 @JsonProperty("warmupEpochs") int warmupEpochs, @JsonProperty("l2") double l2,
                                 @JsonProperty("weightDecay") double weightDecay, @JsonProperty("clipNorm") double clipNorm,
                                 @JsonProperty("clipValue") double clipValue) {
        return new TrainingSpec(optimizer, learningRate, batchSize, epochs, seed, validationSplit, patience,
                schedule == null ? CONSTANT : schedule, scheduleStep == null ? DEFAULT_SCHEDULE_STEP : scheduleStep,
                scheduleFactor == null ? DEFAULT_SCHEDULE_FACTOR : scheduleFactor, warmupEpochs, l2, weightDecay, clipNorm, clipValue);
    }

    private static void require(boolean ok, String setting, String expected, String found) {
        if (!ok) {
            throw new IllegalArgumentException("Training setting '" + setting + "' must be " + expected + ", found " + found + ".");
        }
    }

    private static void requireOff(double value, String setting) {
        require(value >= 0 && Double.isFinite(value), setting, "0 (off) or a positive number", String.valueOf(value));
    }

    public static TrainingSpec defaults() {
        return new TrainingSpec("adam", 0.01, 32, 100, 1, 0.2);
    }

    public TrainingSpec withOptimizer(String newOptimizer) {
        return new TrainingSpec(newOptimizer, learningRate, batchSize, epochs, seed, validationSplit, patience,
                schedule, scheduleStep, scheduleFactor, warmupEpochs, l2, weightDecay, clipNorm, clipValue);
    }

    public TrainingSpec withLearningRate(double newLearningRate) {
        return new TrainingSpec(optimizer, newLearningRate, batchSize, epochs, seed, validationSplit, patience,
                schedule, scheduleStep, scheduleFactor, warmupEpochs, l2, weightDecay, clipNorm, clipValue);
    }

    public TrainingSpec withBatchSize(int newBatchSize) {
        return new TrainingSpec(optimizer, learningRate, newBatchSize, epochs, seed, validationSplit, patience,
                schedule, scheduleStep, scheduleFactor, warmupEpochs, l2, weightDecay, clipNorm, clipValue);
    }

    public TrainingSpec withEpochs(int newEpochs) {
        return new TrainingSpec(optimizer, learningRate, batchSize, newEpochs, seed, validationSplit, patience,
                schedule, scheduleStep, scheduleFactor, warmupEpochs, l2, weightDecay, clipNorm, clipValue);
    }

    public TrainingSpec withSeed(long newSeed) {
        return new TrainingSpec(optimizer, learningRate, batchSize, epochs, newSeed, validationSplit, patience,
                schedule, scheduleStep, scheduleFactor, warmupEpochs, l2, weightDecay, clipNorm, clipValue);
    }

    public TrainingSpec withValidationSplit(double newValidationSplit) {
        return new TrainingSpec(optimizer, learningRate, batchSize, epochs, seed, newValidationSplit, patience,
                schedule, scheduleStep, scheduleFactor, warmupEpochs, l2, weightDecay, clipNorm, clipValue);
    }

    public TrainingSpec withPatience(int newPatience) {
        return new TrainingSpec(optimizer, learningRate, batchSize, epochs, seed, validationSplit, newPatience,
                schedule, scheduleStep, scheduleFactor, warmupEpochs, l2, weightDecay, clipNorm, clipValue);
    }

    /** The learning-rate schedule: its name, epochs per step (or of patience, for plateau), multiplier and warm-up epochs. */
    public TrainingSpec withSchedule(String newSchedule, int newStep, double newFactor, int newWarmupEpochs) {
        return new TrainingSpec(optimizer, learningRate, batchSize, epochs, seed, validationSplit, patience,
                newSchedule, newStep, newFactor, newWarmupEpochs, l2, weightDecay, clipNorm, clipValue);
    }

    /** The L2 penalty added to the loss and the decoupled weight decay; 0 turns either off. */
    public TrainingSpec withRegularisation(double newL2, double newWeightDecay) {
        return new TrainingSpec(optimizer, learningRate, batchSize, epochs, seed, validationSplit, patience,
                schedule, scheduleStep, scheduleFactor, warmupEpochs, newL2, newWeightDecay, clipNorm, clipValue);
    }

    /** The largest gradient norm and the largest gradient value; 0 turns either off. */
    public TrainingSpec withClipping(double newClipNorm, double newClipValue) {
        return new TrainingSpec(optimizer, learningRate, batchSize, epochs, seed, validationSplit, patience,
                schedule, scheduleStep, scheduleFactor, warmupEpochs, l2, weightDecay, newClipNorm, newClipValue);
    }
}
