package org.neurocanvas.model.layers;

import java.util.List;
import org.neurocanvas.model.LayerKind;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.model.SettingSpec;
import org.neurocanvas.model.Shape;
import org.neurocanvas.model.ShapeException;

/** A fully connected layer: every output unit sees every input feature. */
public final class DenseKind implements LayerKind {

    public static final String UNITS = "units";
    public static final String ACTIVATION = "activation";

    @Override
    public String id() {
        return "Dense";
    }

    @Override
    public String group() {
        return "Core";
    }

    @Override
    public String explanation() {
        return "Connects every input to every unit: each unit sums its weighted inputs, adds a bias and applies the activation.";
    }

    @Override
    public String formula() {
        return "y = f(x·W + b)";
    }

    @Override
    public List<SettingSpec> settings() {
        return List.of(
                SettingSpec.integer(UNITS, 16, 1, 65536, "Number of units (neurons), which is the size of the output vector."),
                SettingSpec.choice(ACTIVATION, "relu", ActivationKind.FUNCTIONS, "Function f applied to each unit's sum."));
    }

    @Override
    public Shape outputShape(LayerNode node, List<Shape> inputs) throws ShapeException {
        Shape in = inputs.get(0);
        if (in.rank() != 1) {
            throw new ShapeException(node.id() + " expects a vector (None, n) but receives " + in + ": add a Flatten before " + node.id() + ".");
        }
        return Shape.vector(node.intSetting(UNITS));
    }

    @Override
    public long parameterCount(LayerNode node, List<Shape> inputs) {
        long units = node.intSetting(UNITS);
        return inputs.get(0).size() * units + units;
    }
}
