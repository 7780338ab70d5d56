package org.neurocanvas.model.layers;

import java.util.List;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.model.Shape;

/** Lays a multi-dimensional tensor out as one long vector, so that Dense layers can follow. */
public final class FlattenKind extends BaseKind {

    public FlattenKind() {
        super("Flatten", "Core",
                "Unrolls its input into a single vector, row by row and channel by channel, without changing any value.",
                "y = reshape(x, height · width · channels)");
    }

    @Override
    public Shape outputShape(LayerNode node, List<Shape> inputs) {
        return Shape.vector((int) inputs.get(0).size());
    }
}
