package org.neurocanvas.model;

import java.util.ArrayList;
import java.util.List;

/** A table like Keras's {@code model.summary()}: each layer, its output shape and its parameters. */
public final class Summary {

    /** One row: layer name and kind, output shape, parameters. */
    public record Row(String layer, String kind, String outputShape, long parameters) {
    }

    private final String name;
    private final List<Row> rows = new ArrayList<>();
    private final long total;
    private final List<String> problems;

    public Summary(Project project) {
        Analysis analysis = project.analyse();
        name = project.name();
        for (LayerNode node : analysis.order()) {
            Analysis.LayerInfo info = analysis.layer(node.id());
            rows.add(new Row(node.id(), node.kind().id(), info.valid() ? info.shape().toString() : "?", info.parameters()));
        }
        total = analysis.totalParameters();
        problems = analysis.problems();
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    public long totalParameters() {
        return total;
    }

    /** The table as text, for the command line and the Model > Summary window. */
    public String render() {
        String format = "%-30s %-20s %12s%n";
        String rule = "─".repeat(64) + "\n";
        StringBuilder sb = new StringBuilder();
        sb.append("Model: \"").append(name).append("\"\n").append(rule);
        sb.append(String.format(format, "Layer (type)", "Output Shape", "Param #"));
        sb.append("═".repeat(64)).append('\n');
        for (Row r : rows) {
            sb.append(String.format(format, r.layer() + " (" + r.kind() + ")", r.outputShape(), String.format("%,d", r.parameters())));
        }
        sb.append(rule);
        sb.append(String.format("Total params: %,d%n", total));
        sb.append(String.format("Trainable params: %,d%n", total));
        sb.append("Non-trainable params: 0\n");
        for (String p : problems) {
            sb.append("Problem: ").append(p).append('\n');
        }
        return sb.toString();
    }
}
