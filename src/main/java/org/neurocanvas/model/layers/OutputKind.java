package org.neurocanvas.model.layers;

import java.util.List;
import java.util.Map;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.model.SettingSpec;
import org.neurocanvas.model.Shape;
import org.neurocanvas.model.ShapeException;

/**
 * The network's head: compares what the last layer gives with the targets through a loss,
 * the number training makes smaller. For classes, softmax (or sigmoid, for two classes) turns
 * the incoming scores (logits) into probabilities first; for numbers, the values are compared
 * as they are.
 */
public final class OutputKind extends BaseKind {

    public static final String LOSS = "loss";
    public static final String SOFTMAX_CROSS_ENTROPY = "softmax_cross_entropy";
    public static final String BINARY_CROSS_ENTROPY = "binary_cross_entropy";
    public static final String MEAN_SQUARED_ERROR = "mean_squared_error";
    public static final String MEAN_ABSOLUTE_ERROR = "mean_absolute_error";
    public static final String HUBER = "huber";
    public static final List<String> LOSSES = List.of(SOFTMAX_CROSS_ENTROPY, BINARY_CROSS_ENTROPY, MEAN_SQUARED_ERROR,
            MEAN_ABSOLUTE_ERROR, HUBER);

    /** What a loss means, for the inspector. */
    private record Text(String explanation, String formula) {
    }

    private static final Map<String, Text> TEXTS = Map.of(
            SOFTMAX_CROSS_ENTROPY, new Text(
                    "Turns one score per class into probabilities with softmax and measures the error with cross-entropy; it needs as many scores as the data set has classes.",
                    "p = softmax(z);  loss = -log p[true class]"),
            BINARY_CROSS_ENTROPY, new Text(
                    "Turns each score into the probability of 'yes' with sigmoid and measures the error with binary cross-entropy; two classes need a single unit.",
                    "p = sigmoid(z);  loss = -(y · log p + (1 - y) · log(1 - p))"),
            MEAN_SQUARED_ERROR, new Text(
                    "Compares its values with the targets as numbers and averages the squared differences, so large errors weigh most; the usual loss for predicting numbers.",
                    "loss = mean((y - z)²)"),
            MEAN_ABSOLUTE_ERROR, new Text(
                    "Averages the absolute differences between its values and the targets; a few large errors sway it less than squared error.",
                    "loss = mean(|y - z|)"),
            HUBER, new Text(
                    "Squared error for differences up to 1 and absolute error beyond, so it learns smoothly near the target yet is not thrown by outliers.",
                    "e = y - z;  loss = mean(½e² if |e| ≤ 1, else |e| - ½)"));

    public OutputKind() {
        super("Output", "Output",
                "Compares the network's output with the targets through a loss, the number training makes smaller: softmax or binary cross-entropy for classes, squared, absolute or Huber error for numbers.",
                "softmax_cross_entropy: -log softmax(z)[y];  binary_cross_entropy: -(y·log σ(z) + (1-y)·log(1-σ(z)));  "
                        + "mean_squared_error: mean((y-z)²);  mean_absolute_error: mean(|y-z|);  huber: mean(½e² if |e| ≤ 1, else |e| - ½)",
                SettingSpec.choice(LOSS, SOFTMAX_CROSS_ENTROPY, LOSSES,
                        "The loss the training minimises: a cross-entropy for classes, an error for numbers (regression)."));
    }

    /** Whether the loss compares class probabilities (and so needs class labels) rather than numbers. */
    public static boolean isClassification(String loss) {
        return SOFTMAX_CROSS_ENTROPY.equals(loss) || BINARY_CROSS_ENTROPY.equals(loss);
    }

    /** The activation the loss applies itself, which the layer before must not apply again; null for regression. */
    public static String ownActivation(String loss) {
        return switch (loss) {
            case SOFTMAX_CROSS_ENTROPY -> "softmax";
            case BINARY_CROSS_ENTROPY -> "sigmoid";
            default -> null;
        };
    }

    @Override
    public String explanation(LayerNode node) {
        return TEXTS.get(node.textSetting(LOSS)).explanation();
    }

    @Override
    public String formula(LayerNode node) {
        return TEXTS.get(node.textSetting(LOSS)).formula();
    }

    @Override
    public boolean hasOutputPort() {
        return false;
    }

    @Override
    public Shape outputShape(LayerNode node, List<Shape> inputs) throws ShapeException {
        Shape in = inputs.get(0);
        String loss = node.textSetting(LOSS);
        if (SOFTMAX_CROSS_ENTROPY.equals(loss)) {
            if (in.rank() != 1) {
                throw new ShapeException(node.id() + " expects one score per class, a vector (None, classes), but receives " + in + ".");
            }
            if (in.dim(0) < 2) {
                throw new ShapeException(node.id() + " needs at least 2 class scores for softmax cross-entropy but receives " + in
                        + ": use binary_cross_entropy or give it 2 units.");
            }
        } else if (BINARY_CROSS_ENTROPY.equals(loss) && in.rank() != 1) {
            throw new ShapeException(node.id() + " expects one score per yes-or-no label, a vector (None, labels), but receives " + in + ".");
        }
        return in;
    }
}
