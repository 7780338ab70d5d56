package org.neurocanvas.model.layers;

import java.util.List;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.model.SettingSpec;
import org.neurocanvas.model.Shape;
import org.neurocanvas.model.ShapeException;

/** Adds a position signal to each step of a sequence, since attention alone ignores order. */
public final class PositionalEncodingKind extends BaseKind {

    public static final String TYPE = "type";
    public static final String SINUSOIDAL = "sinusoidal";
    public static final String LEARNED = "learned";

    public PositionalEncodingKind() {
        super("PositionalEncoding", "Attention",
                "Adds to each step a vector that depends on its position, because attention by itself cannot tell the order of steps; 'sinusoidal' uses fixed waves of many wavelengths, 'learned' trains one vector per position.",
                "y[t] = x[t] + P[t];  sinusoidal: P[t, 2i] = sin(t / 10000^(2i/d)),  P[t, 2i+1] = cos(t / 10000^(2i/d))",
                SettingSpec.choice(TYPE, SINUSOIDAL, List.of(SINUSOIDAL, LEARNED),
                        "'sinusoidal' needs no weights and works for any length; 'learned' trains a steps x features table."));
    }

    @Override
    public Shape outputShape(LayerNode node, List<Shape> inputs) throws ShapeException {
        return requireSequence(node.id(), inputs.get(0), "features");
    }

    @Override
    public long parameterCount(LayerNode node, List<Shape> inputs) {
        return LEARNED.equals(node.textSetting(TYPE)) ? inputs.get(0).size() : 0;
    }

    @Override
    public long multiplyAdds(LayerNode node, List<Shape> inputs, Shape output) {
        return output.size();
    }
}
