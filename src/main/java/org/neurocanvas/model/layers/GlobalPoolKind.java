package org.neurocanvas.model.layers;

import java.util.List;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.model.Shape;
import org.neurocanvas.model.ShapeException;

/**
 * Summarises each whole feature map (or each feature over all steps of a sequence) to one
 * number: a compact alternative to Flatten before the head.
 */
public final class GlobalPoolKind extends BaseKind {

    private GlobalPoolKind(String id, String explanation, String formula) {
        super(id, "Pooling", explanation, formula);
    }

    public static GlobalPoolKind average() {
        return new GlobalPoolKind("GlobalAveragePool2D",
                "Averages each feature map over its whole height and width, giving one value per channel; on a sequence it averages each feature over all steps.",
                "y[c] = mean over i, j of x[i, j, c];  on a sequence y[f] = mean over t of x[t, f]");
    }

    public static GlobalPoolKind max() {
        return new GlobalPoolKind("GlobalMaxPool2D",
                "Keeps the largest value of each feature map, giving one value per channel that says how strongly its feature was found anywhere; on a sequence it takes each feature's largest value over all steps.",
                "y[c] = max over i, j of x[i, j, c];  on a sequence y[f] = max over t of x[t, f]");
    }

    @Override
    public Shape outputShape(LayerNode node, List<Shape> inputs) throws ShapeException {
        Shape in = inputs.get(0);
        if (in.rank() != 2 && in.rank() != 3) {
            throw new ShapeException(node.id() + " expects an image (None, height, width, channels) or a sequence (None, steps, features) but receives "
                    + in + (in.rank() == 1 ? ": a vector has nothing left to pool, so remove " + node.id() + "." : "."));
        }
        return Shape.vector(in.dim(in.rank() - 1));
    }

    @Override
    public long multiplyAdds(LayerNode node, List<Shape> inputs, Shape output) {
        return inputs.get(0).size();
    }
}
