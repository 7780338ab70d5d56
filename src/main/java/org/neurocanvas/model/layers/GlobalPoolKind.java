package org.neurocanvas.model.layers;

import java.util.List;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.model.Shape;
import org.neurocanvas.model.ShapeException;

/** Averages each whole feature map to one number: a compact alternative to Flatten before the head. */
public final class GlobalPoolKind extends BaseKind {

    public GlobalPoolKind() {
        super("GlobalAveragePool2D", "Pooling",
                "Averages each feature map over its whole height and width, giving one value per channel.",
                "y[c] = mean over i, j of x[i, j, c]");
    }

    @Override
    public Shape outputShape(LayerNode node, List<Shape> inputs) throws ShapeException {
        return Shape.vector(requireImage(node.id(), inputs.get(0)).dim(2));
    }

    @Override
    public long multiplyAdds(LayerNode node, List<Shape> inputs, Shape output) {
        return inputs.get(0).size();
    }
}
