package org.neurocanvas.model.layers;

import java.util.List;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.model.SettingSpec;
import org.neurocanvas.model.Shape;
import org.neurocanvas.model.ShapeException;

/**
 * The network's head for classification: softmax turns the incoming class scores (logits)
 * into probabilities, and cross-entropy against the true class is the loss to minimise.
 */
public final class OutputKind extends BaseKind {

    public static final String LOSS = "loss";

    public OutputKind() {
        super("Output", "Output",
                "Turns one score per class into probabilities with softmax and measures the error with cross-entropy; it needs as many scores as the data set has classes.",
                "p = softmax(z);  loss = -log p[true class]",
                SettingSpec.choice(LOSS, "softmax_cross_entropy", List.of("softmax_cross_entropy"), "The loss the training minimises."));
    }

    @Override
    public boolean hasOutputPort() {
        return false;
    }

    @Override
    public Shape outputShape(LayerNode node, List<Shape> inputs) throws ShapeException {
        Shape in = inputs.get(0);
        if (in.rank() != 1) {
            throw new ShapeException(node.id() + " expects one score per class, a vector (None, classes), but receives " + in + ".");
        }
        if (in.dim(0) < 2) {
            throw new ShapeException(node.id() + " needs at least 2 class scores for softmax cross-entropy but receives " + in + ".");
        }
        return in;
    }
}
