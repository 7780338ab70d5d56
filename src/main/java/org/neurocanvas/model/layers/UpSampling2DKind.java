package org.neurocanvas.model.layers;

import java.util.List;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.model.SettingSpec;
import org.neurocanvas.model.Shape;
import org.neurocanvas.model.ShapeException;

/** Enlarges an image by repeating pixels: pooling's opposite, with nothing to learn. */
public final class UpSampling2DKind extends BaseKind {

    public static final String SIZE = "size";

    public UpSampling2DKind() {
        super("UpSampling2D", "Pooling",
                "Repeats every pixel size x size times, enlarging the image without learning anything; the opposite of pooling, used in decoders.",
                "y[i, j, c] = x[floor(i / size), floor(j / size), c]",
                SettingSpec.integer(SIZE, 2, 1, 16, "How many times larger the height and width become."));
    }

    @Override
    public Shape outputShape(LayerNode node, List<Shape> inputs) throws ShapeException {
        Shape in = requireImage(node.id(), inputs.get(0));
        int size = node.intSetting(SIZE);
        return new Shape(in.dim(0) * size, in.dim(1) * size, in.dim(2));
    }
}
