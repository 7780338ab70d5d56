package org.neurocanvas.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.neurocanvas.model.ChangeTraining;
import org.neurocanvas.model.DataSpec;
import org.neurocanvas.model.Project;
import org.neurocanvas.model.SettingSpec.Type;
import org.neurocanvas.model.TrainingSpec;

/**
 * One training or data setting of the project as the inspector edits it: how to read it and
 * how a typed value becomes a {@link ChangeTraining} command with new immutable specs. The
 * specs' constructors say in a sentence which values they refuse. Which data settings there are
 * depends on the source: a generated set has samples, classes and noise, a file source its file.
 *
 * @param section "Training" or "Data"
 * @param label the name shown beside the field
 * @param description the sentence shown as the field's tooltip
 * @param type how the value is typed and edited
 * @param choices the allowed values of a CHOICE, else empty
 * @param file whether the value is a file's path, which a file chooser can fill in
 */
public record ProjectField(String section, String label, String description, Type type, List<String> choices, boolean file,
                           Function<Project, Object> read, BiFunction<Project, Object, ChangeTraining> change) {

    /** Heading of the training settings. */
    public static final String TRAINING = "Training";
    /** Heading of the data settings. */
    public static final String DATA = "Data";
    /** Label of the data source field. */
    public static final String SOURCE = "Source";
    /** Every data source a project can name. */
    public static final List<String> SOURCES = DataSpec.all();

    /** The current value, as the field shows it. */
    public Object value(Project project) {
        return read.apply(project);
    }

    /**
     * The command that sets this field to {@code value} (text from a field or a choice).
     *
     * @throws IllegalArgumentException a sentence saying what was expected and what was found
     */
    public ChangeTraining command(Project project, Object value) {
        return change.apply(project, value);
    }

    /** Every training setting, then the data settings that matter for this data's source, in the inspector's order. */
    public static List<ProjectField> of(DataSpec data) {
        List<ProjectField> fields = new ArrayList<>(List.of(
                training("Optimizer", "How the weights are updated from their gradients: Adam adapts the step per weight; SGD uses momentum.",
                        Type.CHOICE, TrainingSpec.OPTIMIZERS, TrainingSpec::optimizer,
                        (t, v) -> t.withOptimizer(choice(v))),
                training("Learning rate", "How big a step the optimiser takes each batch; too high and the loss explodes, too low and learning crawls.",
                        Type.DOUBLE, List.of(), TrainingSpec::learningRate,
                        (t, v) -> t.withLearningRate(decimal("Learning rate", v))),
                training("Batch size", "How many samples are averaged for each weight update.",
                        Type.INT, List.of(), TrainingSpec::batchSize,
                        (t, v) -> t.withBatchSize(count("Batch size", v))),
                training("Epochs", "How many times training passes over the whole training set.",
                        Type.INT, List.of(), TrainingSpec::epochs,
                        (t, v) -> t.withEpochs(count("Epochs", v))),
                training("Seed", "Draws the initial weights and the batch order: the same seed gives the same run.",
                        Type.INT, List.of(), TrainingSpec::seed,
                        (t, v) -> t.withSeed(whole("Seed", v))),
                training("Validation split", "The fraction of samples held back to measure how well the network generalises.",
                        Type.DOUBLE, List.of(), TrainingSpec::validationSplit,
                        (t, v) -> t.withValidationSplit(decimal("Validation split", v))),
                training("Early stopping", "Stop after this many epochs without a better validation loss and keep the best weights; 0 trains every epoch.",
                        Type.INT, List.of(), TrainingSpec::patience,
                        (t, v) -> t.withPatience(count("Early stopping", v))),
                training("Schedule", "How the learning rate changes during the run: step and exponential shrink it, cosine warms up then glides to zero, plateau shrinks it when validation stalls.",
                        Type.CHOICE, TrainingSpec.SCHEDULES, TrainingSpec::schedule,
                        (t, v) -> t.withSchedule(choice(v), t.scheduleStep(), t.scheduleFactor(), t.warmupEpochs())),
                training("Schedule step", "Epochs between two steps of the step schedule, or epochs without progress before plateau acts.",
                        Type.INT, List.of(), TrainingSpec::scheduleStep,
                        (t, v) -> t.withSchedule(t.schedule(), count("Schedule step", v), t.scheduleFactor(), t.warmupEpochs())),
                training("Schedule factor", "What the learning rate is multiplied by at each step of the schedule.",
                        Type.DOUBLE, List.of(), TrainingSpec::scheduleFactor,
                        (t, v) -> t.withSchedule(t.schedule(), t.scheduleStep(), decimal("Schedule factor", v), t.warmupEpochs())),
                training("Warm-up", "Epochs over which the cosine schedule ramps the learning rate up from zero.",
                        Type.INT, List.of(), TrainingSpec::warmupEpochs,
                        (t, v) -> t.withSchedule(t.schedule(), t.scheduleStep(), t.scheduleFactor(), count("Warm-up epochs", v))),
                training("L2 penalty", "Adds this times the sum of squared weights to the loss, pulling weights towards zero against overfitting.",
                        Type.DOUBLE, List.of(), TrainingSpec::l2,
                        (t, v) -> t.withRegularisation(decimal("L2 penalty", v), t.weightDecay())),
                training("Weight decay", "Shrinks every weight by this fraction of the learning rate after each step (decoupled, as in AdamW).",
                        Type.DOUBLE, List.of(), TrainingSpec::weightDecay,
                        (t, v) -> t.withRegularisation(t.l2(), decimal("Weight decay", v))),
                training("Clip norm", "Rescales the gradient when its overall length exceeds this; 0 is off. Tames exploding gradients.",
                        Type.DOUBLE, List.of(), TrainingSpec::clipNorm,
                        (t, v) -> t.withClipping(decimal("Clip norm", v), t.clipValue())),
                training("Clip value", "Limits every gradient element to plus or minus this; 0 is off.",
                        Type.DOUBLE, List.of(), TrainingSpec::clipValue,
                        (t, v) -> t.withClipping(t.clipNorm(), decimal("Clip value", v)))));
        fields.addAll(DataFields.of(data));
        return List.copyOf(fields);
    }

    private static ProjectField training(String label, String description, Type type, List<String> choices,
                                         Function<TrainingSpec, Object> read, BiFunction<TrainingSpec, Object, TrainingSpec> with) {
        return new ProjectField(TRAINING, label, description, type, choices, false, p -> read.apply(p.training()),
                (p, v) -> new ChangeTraining(with.apply(p.training(), v), p.data(), "training " + label.toLowerCase(Locale.ROOT)));
    }

    static String choice(Object value) {
        return String.valueOf(value).trim().toLowerCase(Locale.ROOT);
    }

    static long whole(String label, Object value) {
        try {
            return Long.parseLong(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(label + " expects a whole number, found '" + value + "'.");
        }
    }

    static int count(String label, Object value) {
        long v = whole(label, value);
        if (v != (int) v) {
            throw new IllegalArgumentException(label + " expects a whole number up to " + Integer.MAX_VALUE + ", found " + v + ".");
        }
        return (int) v;
    }

    static double decimal(String label, Object value) {
        try {
            return Double.parseDouble(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(label + " expects a number, found '" + value + "'.");
        }
    }
}
