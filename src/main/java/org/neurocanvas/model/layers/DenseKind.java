package org.neurocanvas.model.layers;

import java.util.List;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.model.SettingSpec;
import org.neurocanvas.model.Shape;
import org.neurocanvas.model.ShapeException;

/**
 * A fully connected layer: every output unit sees every input feature. On a sequence it acts on
 * the last axis, the same weights at every step, as Keras's Dense does.
 */
public final class DenseKind extends BaseKind {

    public static final String UNITS = "units";
    public static final String ACTIVATION = "activation";

    public DenseKind() {
        super("Dense", "Core",
                "Connects every input to every unit: each unit sums its weighted inputs, adds a bias and applies the activation. On a sequence it does this at every step with the same weights.",
                "y = f(x·W + b)",
                SettingSpec.integer(UNITS, 16, 1, 65536, "Number of units (neurons), which is the size of the output vector."),
                SettingSpec.choice(ACTIVATION, "relu", ActivationKind.FUNCTIONS, "Function f applied to each unit's sum."));
    }

    @Override
    public Shape outputShape(LayerNode node, List<Shape> inputs) throws ShapeException {
        Shape in = inputs.get(0);
        int units = node.intSetting(UNITS);
        if (in.rank() == 2) {
            return new Shape(in.dim(0), units);
        }
        requireVector(node.id(), in);
        return Shape.vector(units);
    }

    @Override
    public long parameterCount(LayerNode node, List<Shape> inputs) {
        Shape in = inputs.get(0);
        long units = node.intSetting(UNITS);
        return in.dim(in.rank() - 1) * units + units;
    }

    @Override
    public long multiplyAdds(LayerNode node, List<Shape> inputs, Shape output) {
        return inputs.get(0).size() * node.intSetting(UNITS);
    }
}
