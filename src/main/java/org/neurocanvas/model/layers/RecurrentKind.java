package org.neurocanvas.model.layers;

import java.util.List;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.model.SettingSpec;
import org.neurocanvas.model.Shape;
import org.neurocanvas.model.ShapeException;

/**
 * What SimpleRNN, GRU and LSTM share: they read a sequence step by step, and each step's
 * gates mix the input with the previous state through their own weights. They differ in the
 * number of gates and in how many bias vectors each gate has.
 */
public abstract class RecurrentKind extends BaseKind {

    public static final String UNITS = "units";
    public static final String RETURNS = "returns";
    public static final String BIDIRECTIONAL = "bidirectional";
    public static final String LAST = "last";
    public static final String SEQUENCE = "sequence";

    private final int gates;
    private final int biasesPerGate;

    RecurrentKind(String id, String explanation, String formula, int gates, int biasesPerGate) {
        super(id, "Recurrent", explanation, formula,
                SettingSpec.integer(UNITS, 32, 1, 4096, "Size of the hidden state h, which is the number of output features."),
                SettingSpec.choice(RETURNS, LAST, List.of(LAST, SEQUENCE),
                        "'last' gives the state after the whole sequence; 'sequence' gives the state at every step, for stacking another recurrent layer."),
                SettingSpec.flag(BIDIRECTIONAL, false,
                        "Also reads the sequence backwards with a second set of weights and joins both states, doubling the output features; for tasks that see the whole sequence at once."));
        this.gates = gates;
        this.biasesPerGate = biasesPerGate;
    }

    /** How many readings of the sequence the node makes: 2 when bidirectional. */
    private static int directions(LayerNode node) {
        return node.booleanSetting(BIDIRECTIONAL) ? 2 : 1;
    }

    @Override
    public Shape outputShape(LayerNode node, List<Shape> inputs) throws ShapeException {
        Shape in = requireSequence(node.id(), inputs.get(0), "features");
        int features = directions(node) * node.intSetting(UNITS);
        return SEQUENCE.equals(node.textSetting(RETURNS)) ? new Shape(in.dim(0), features) : Shape.vector(features);
    }

    @Override
    public long parameterCount(LayerNode node, List<Shape> inputs) {
        long units = node.intSetting(UNITS);
        return directions(node) * gates * units * (inputs.get(0).dim(1) + units + biasesPerGate);
    }

    @Override
    public long multiplyAdds(LayerNode node, List<Shape> inputs, Shape output) {
        long units = node.intSetting(UNITS);
        Shape in = inputs.get(0);
        return directions(node) * in.dim(0) * gates * units * (in.dim(1) + units);
    }
}
