package org.neurocanvas.model.layers;

import java.util.List;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.model.SettingSpec;
import org.neurocanvas.model.Shape;
import org.neurocanvas.model.ShapeException;

/** A long short-term memory layer: reads a sequence step by step, carrying a memory cell along. */
public final class LstmKind extends BaseKind {

    public static final String UNITS = "units";
    public static final String RETURNS = "returns";
    public static final String LAST = "last";
    public static final String SEQUENCE = "sequence";

    public LstmKind() {
        super("LSTM", "Recurrent",
                "Reads a sequence one step at a time; input, forget and output gates decide what its memory cell keeps, so it can connect events far apart in time.",
                "c_t = f·c_{t-1} + i·tanh(x_t W_c + h_{t-1} U_c + b_c);  h_t = o·tanh(c_t)",
                SettingSpec.integer(UNITS, 32, 1, 4096, "Size of the hidden state h and the memory cell c."),
                SettingSpec.choice(RETURNS, LAST, List.of(LAST, SEQUENCE),
                        "'last' gives the state after the whole sequence; 'sequence' gives the state at every step, for stacking another recurrent layer."));
    }

    @Override
    public Shape outputShape(LayerNode node, List<Shape> inputs) throws ShapeException {
        Shape in = inputs.get(0);
        if (in.rank() != 2) {
            throw new ShapeException(node.id() + " expects a sequence (None, steps, features) but receives " + in
                    + (in.rank() == 1 ? ": set the Input shape to steps x features, such as 8x1." : "."));
        }
        int units = node.intSetting(UNITS);
        return SEQUENCE.equals(node.textSetting(RETURNS)) ? new Shape(in.dim(0), units) : Shape.vector(units);
    }

    @Override
    public long parameterCount(LayerNode node, List<Shape> inputs) {
        long units = node.intSetting(UNITS);
        return 4 * units * (inputs.get(0).dim(1) + units + 1);
    }

    @Override
    public long multiplyAdds(LayerNode node, List<Shape> inputs, Shape output) {
        long units = node.intSetting(UNITS);
        Shape in = inputs.get(0);
        return in.dim(0) * 4 * units * (in.dim(1) + units);
    }
}
