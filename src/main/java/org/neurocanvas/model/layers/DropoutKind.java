package org.neurocanvas.model.layers;

import java.util.List;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.model.SettingSpec;
import org.neurocanvas.model.Shape;

/** Randomly silences units while training, so the network cannot rely on any single one. */
public final class DropoutKind extends BaseKind {

    public static final String RATE = "rate";

    public DropoutKind() {
        super("Dropout", "Core",
                "During training, sets each value to zero with probability rate and scales the rest up; at prediction time it passes everything through. It fights overfitting.",
                "y = x · mask / (1 - rate),  mask ~ Bernoulli(1 - rate)",
                SettingSpec.decimal(RATE, 0.5, 0, 0.95, "Fraction of values dropped at each training step."));
    }

    @Override
    public Shape outputShape(LayerNode node, List<Shape> inputs) {
        return inputs.get(0);
    }
}
