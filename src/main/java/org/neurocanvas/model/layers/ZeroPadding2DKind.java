package org.neurocanvas.model.layers;

import java.util.List;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.model.SettingSpec;
import org.neurocanvas.model.Shape;
import org.neurocanvas.model.ShapeException;

/** Puts a frame of zeros around an image. */
public final class ZeroPadding2DKind extends BaseKind {

    public static final String PADDING = "padding";

    public ZeroPadding2DKind() {
        super("ZeroPadding2D", "Convolution",
                "Adds rows and columns of zeros around the image, so that the next convolution also looks at the border, or so that the image gets the size a later layer needs.",
                "y = x framed by padding zeros on every side: (height + 2p) x (width + 2p) x channels",
                SettingSpec.integer(PADDING, 1, 0, 64, "Rows of zeros added above and below, and columns added left and right."));
    }

    @Override
    public Shape outputShape(LayerNode node, List<Shape> inputs) throws ShapeException {
        Shape in = requireImage(node.id(), inputs.get(0));
        int p = node.intSetting(PADDING);
        return new Shape(in.dim(0) + 2 * p, in.dim(1) + 2 * p, in.dim(2));
    }
}
