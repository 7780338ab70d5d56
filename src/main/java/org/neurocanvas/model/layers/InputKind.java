package org.neurocanvas.model.layers;

import java.util.List;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.model.SettingSpec;
import org.neurocanvas.model.Shape;
import org.neurocanvas.model.ShapeException;

/** Where samples enter the network. */
public final class InputKind extends BaseKind {

    public static final String SHAPE = "shape";
    /** The shape value that means: whatever shape the data set's samples have. */
    public static final String AUTO = "auto";

    public InputKind() {
        super("Input", "Core",
                "Feeds one sample of the data set into the network; its shape is the number of features, or height x width x channels for images.",
                "x = sample",
                SettingSpec.text(SHAPE, "2", "Shape of one sample, such as 2 for points in the plane or 28x28x1 for greyscale images; 'auto' takes it from the data."));
    }

    @Override
    public int minInputs() {
        return 0;
    }

    @Override
    public int maxInputs() {
        return 0;
    }

    @Override
    public Shape outputShape(LayerNode node, List<Shape> inputs) throws ShapeException {
        try {
            return Shape.parse(node.textSetting(SHAPE));
        } catch (IllegalArgumentException e) {
            throw new ShapeException(node.id() + ": " + e.getMessage());
        }
    }
}
