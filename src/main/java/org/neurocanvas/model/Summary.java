package org.neurocanvas.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A table like Keras's {@code model.summary()}: each layer, its output shape and its
 * parameters, then totals, multiply-adds per sample and an estimate of training memory.
 */
public final class Summary {

    private static final int FLOAT_BYTES = 4;

    /** One row: layer name and kind, output shape, parameters, multiply-adds per sample. */
    public record Row(String layer, String kind, String outputShape, long parameters, long multiplyAdds) {
    }

    private final String name;
    private final List<Row> rows = new ArrayList<>();
    private final long trainable;
    private final long nonTrainable;
    private final long multiplyAdds;
    private final long activations;
    private final TrainingSpec training;
    private final List<String> problems;

    public Summary(Project project) {
        Analysis analysis = project.analyse();
        name = project.name();
        long values = 0;
        for (LayerNode node : analysis.order()) {
            Analysis.LayerInfo info = analysis.layer(node.id());
            rows.add(new Row(node.id(), node.kind().id(), info.shape() != null ? info.shape().toString() : "?",
                    info.parameters() + info.nonTrainable(), info.multiplyAdds()));
            values += info.valid() ? info.shape().size() : 0;
        }
        trainable = analysis.totalParameters();
        nonTrainable = analysis.nonTrainableParameters();
        multiplyAdds = analysis.multiplyAdds();
        activations = values;
        training = project.training();
        problems = analysis.problems();
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    public long totalParameters() {
        return trainable + nonTrainable;
    }

    public long trainableParameters() {
        return trainable;
    }

    public long multiplyAdds() {
        return multiplyAdds;
    }

    /**
     * Bytes a training step needs, estimated: the weights, their gradients and the optimiser's
     * state (two slots for Adam, one for SGD's momentum), plus every layer's output and its
     * gradient for one batch, all in float32. The engine's scratch space comes on top.
     */
    public long trainingMemoryBytes() {
        int slots = "adam".equals(training.optimizer()) ? 2 : 1;
        long weights = (trainable * (2 + slots) + nonTrainable) * FLOAT_BYTES;
        return weights + 2L * activations * training.batchSize() * FLOAT_BYTES;
    }

    /** The table as text, for the command line and the Model > Summary window. */
    public String render() {
        // Columns widen to the longest name and shape, so that long kinds such as MultiHeadAttention stay aligned.
        int layerWidth = Math.max(28, rows.stream().mapToInt(r -> r.layer().length() + r.kind().length() + 3).max().orElse(0));
        int shapeWidth = Math.max(20, rows.stream().mapToInt(r -> r.outputShape().length()).max().orElse(0));
        String format = "%-" + layerWidth + "s %-" + shapeWidth + "s %12s %14s%n";
        int width = layerWidth + shapeWidth + 29;
        String rule = "─".repeat(width) + "\n";
        StringBuilder sb = new StringBuilder();
        sb.append("Model: \"").append(name).append("\"\n").append(rule);
        sb.append(String.format(format, "Layer (type)", "Output Shape", "Param #", "Mult-adds"));
        sb.append("═".repeat(width)).append('\n');
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, format, r.layer() + " (" + r.kind() + ")", r.outputShape(),
                    String.format(Locale.ROOT, "%,d", r.parameters()), String.format(Locale.ROOT, "%,d", r.multiplyAdds())));
        }
        sb.append(rule);
        sb.append(String.format(Locale.ROOT, "Total params: %,d (%s)%n", totalParameters(), bytes(totalParameters() * FLOAT_BYTES)));
        sb.append(String.format(Locale.ROOT, "Trainable params: %,d%n", trainable));
        sb.append(String.format(Locale.ROOT, "Non-trainable params: %,d%n", nonTrainable));
        sb.append(String.format(Locale.ROOT, "Multiply-adds per sample: %,d%n", multiplyAdds));
        sb.append(String.format(Locale.ROOT, "Training memory at batch size %d: about %s%n", training.batchSize(), bytes(trainingMemoryBytes())));
        for (String p : problems) {
            sb.append("Problem: ").append(p).append('\n');
        }
        return sb.toString();
    }

    private static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        if (n < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", n / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", n / (1024.0 * 1024));
    }
}
