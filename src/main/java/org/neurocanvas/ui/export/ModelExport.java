package org.neurocanvas.ui.export;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.neurocanvas.export.KerasExport;
import org.neurocanvas.export.ModelBundle;
import org.neurocanvas.export.ModelFileException;
import org.neurocanvas.export.OnnxExport;
import org.neurocanvas.export.PyTorchExport;
import org.neurocanvas.export.PyTorchTraining;
import org.neurocanvas.export.TrainingHistory;
import org.neurocanvas.model.Analysis;
import org.neurocanvas.model.DataSpec;
import org.neurocanvas.model.Project;

/**
 * What File > Export Model offers for a trained model: the formats, the card shown before
 * exporting, and the writing itself. Plain Java, so it is tested without a window.
 */
public final class ModelExport {

    /** The formats a trained model leaves the app in. */
    public enum Format {
        BUNDLE("NeuroCanvas model (.ncmodel): weights as NumPy files, for predict, evaluate and the Java API", ".ncmodel"),
        ONNX("ONNX (.onnx): runs in any ONNX runtime", ".onnx"),
        PYTORCH("PyTorch module (.py): an nn.Module that loads the bundle's weights", ".py"),
        KERAS("Keras code (.py): a Keras 3 model with the weights set", ".py"),
        PYTORCH_TRAIN("PyTorch training folder: train.py for torchrun on several processes, with the data", "");

        private final String label;
        private final String extension;

        Format(String label, String extension) {
            this.label = label;
            this.extension = extension;
        }

        /** What the format is, in a line for the dialog. */
        public String label() {
            return label;
        }

        /** Whether it writes a folder rather than one file. */
        public boolean isFolder() {
            return extension.isEmpty();
        }

        /** The file name the chooser suggests for a project. */
        public String suggestedName(String projectName) {
            String stem = projectName.replaceAll("[^A-Za-z0-9_]+", "_");
            return switch (this) {
                case PYTORCH -> stem + ".py";
                case KERAS -> stem + "_keras.py";
                case PYTORCH_TRAIN -> stem + "_training";
                default -> stem + extension;
            };
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private ModelExport() {
    }

    /**
     * Writes the model in a format; a layer the format cannot express is refused with a sentence
     * before anything is written.
     */
    public static void write(Format format, ModelBundle bundle, Path target) throws ModelFileException {
        switch (format) {
            case BUNDLE -> bundle.writeTo(target);
            case ONNX -> OnnxExport.write(bundle, target);
            case PYTORCH -> PyTorchExport.write(bundle, target);
            case KERAS -> KerasExport.write(bundle, target);
            case PYTORCH_TRAIN -> PyTorchTraining.write(bundle, target);
        }
    }

    /** The export dialog's heading: "Export the trained spiral-mlp", or "... the trained network" for a project without a name. */
    public static String heading(String projectName) {
        return "Export the trained " + (Project.UNTITLED.equals(projectName) ? "network" : projectName);
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    /**
     * The model's card: what it is, what it learnt from, how well, and when (in this computer's time zone).
     *
     * @param evaluated the Evaluation tab's accuracy of these weights, such as "97.3% on the 150 validation
     *                  samples", or null: a stopped run's weights are not those of its last whole epoch
     */
    public static String card(ModelBundle bundle, String evaluated) {
        return card(bundle, evaluated, ZoneId.systemDefault());
    }

    /** The model's card with the training date told in {@code zone}. */
    public static String card(ModelBundle bundle, String evaluated, ZoneId zone) {
        Analysis analysis = bundle.project().analyse();
        DataSpec data = bundle.project().data();
        StringBuilder card = new StringBuilder();
        card.append(String.format(Locale.ROOT, "Model      %s: %d layers, %,d parameters, input %s, output %s%n",
                bundle.project().name(), bundle.project().graph().nodes().size(), analysis.totalParameters(),
                bundle.inputShape().text(), bundle.outputShape().text()));
        card.append("Data       ").append(data.source()).append(", ").append(data.task());
        if (!bundle.classNames().isEmpty()) {
            card.append(", classes ").append(String.join(", ", bundle.classNames()));
        }
        card.append(System.lineSeparator());
        bundle.history().map(TrainingHistory::epochs).filter(e -> !e.isEmpty()).map(e -> e.get(e.size() - 1)).ifPresent(last -> {
            card.append(String.format(Locale.ROOT, "Metrics    after epoch %d: loss %.4f", last.epoch(), last.loss()));
            if (!Double.isNaN(last.valLoss())) {
                card.append(String.format(Locale.ROOT, ", validation loss %.4f", last.valLoss()));
            }
            if (!Double.isNaN(last.valAccuracy())) {
                // In percent, as the training panel and the Evaluation tab give it.
                card.append(String.format(Locale.ROOT, ", validation accuracy %.1f%%", 100 * last.valAccuracy()));
            }
            card.append(System.lineSeparator());
        });
        if (evaluated != null) {
            card.append("Evaluation accuracy ").append(evaluated).append(" (the weights exported)")
                    .append(System.lineSeparator());
        }
        card.append("Trained    ").append(when(bundle.created(), zone)).append(System.lineSeparator());
        return card.toString();
    }

    /** A bundle's ISO-8601 instant as a person reads a date; a stamp that is not one is shown as written. */
    static String when(String created, ZoneId zone) {
        try {
            return WHEN.format(Instant.parse(created).atZone(zone));
        } catch (DateTimeParseException e) {
            return created;
        }
    }
}
