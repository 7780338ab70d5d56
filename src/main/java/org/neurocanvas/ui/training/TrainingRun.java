package org.neurocanvas.ui.training;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.neurocanvas.data.Split;
import org.neurocanvas.train.Trainer;

/**
 * One prepared run: the trainer, and the data it trains and validates on, which the views that
 * look at the network (decision boundary, evaluation) need as well.
 *
 * @param trainer the fresh, not yet started trainer; its program is the network
 * @param data the training and validation samples the trainer was made with
 * @param learningRate the learning rate the trainer starts with, shown in the live field; NaN when not known
 * @param settings the settings the run is recorded with in the project's history (see {@link RunSettings})
 * @param snapshot copies the network into a model bundle, for the best-model checkpoint; null when
 *                 the run cannot be saved, which leaves "Keep the best model" without effect
 * @param notes sentences on the data worth saying as the run starts, such as images skipped
 */
public record TrainingRun(Trainer trainer, Split data, double learningRate, Map<String, String> settings, ModelSnapshot snapshot,
        List<String> notes) {

    /** Rejects a missing part. */
    public TrainingRun {
        Objects.requireNonNull(trainer, "trainer");
        Objects.requireNonNull(data, "data");
        // In the order given, as the history keeps it.
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        notes = List.copyOf(notes);
    }

    /** A run with nothing to say about its data. */
    public TrainingRun(Trainer trainer, Split data, double learningRate, Map<String, String> settings, ModelSnapshot snapshot) {
        this(trainer, data, learningRate, settings, snapshot, List.of());
    }

    /** A run whose model cannot be kept as a checkpoint. */
    public TrainingRun(Trainer trainer, Split data, double learningRate, Map<String, String> settings) {
        this(trainer, data, learningRate, settings, null);
    }

    /** A run recorded without settings. */
    public TrainingRun(Trainer trainer, Split data, double learningRate) {
        this(trainer, data, learningRate, Map.of());
    }

    /** A run whose starting learning rate is not known: the live field starts empty. */
    public TrainingRun(Trainer trainer, Split data) {
        this(trainer, data, Double.NaN);
    }
}
