package org.neurocanvas.export;

import java.util.List;
import org.neurocanvas.model.Catalog;
import org.neurocanvas.model.LayerKind;

/**
 * Which of a bundle's tensors a Keras layer takes, in the order of its {@code set_weights} list.
 * The engine keeps Keras's own layouts, so every array goes in as it is: Dense kernel [in, units];
 * Conv2D kernel [kernel, kernel, in, filters]; LSTM kernel [in, 4 units] and recurrent kernel
 * [units, 4 units] with the gates in Keras's order i, f, c, o (libnd4j's lstmLayer uses the same);
 * BatchNormalization gamma, beta, moving mean, moving variance, each [channels].
 *
 * @param tensors the bundle's tensor names, in {@code set_weights} order; empty for a layer without weights
 * @param layout  what each array is, for a comment in the generated code
 */
record KerasWeights(List<String> tensors, String layout) {

    /** The weights of the step's layer. */
    static KerasWeights of(LayerPlan.Step step) {
        String id = step.id();
        LayerKind kind = step.kind();
        if (kind == Catalog.DENSE) {
            return new KerasWeights(List.of(id + "/W", id + "/b"), "kernel [in, units], bias");
        }
        if (kind == Catalog.CONV2D) {
            return new KerasWeights(List.of(id + "/W", id + "/b"), "kernel [kernel, kernel, in, filters], bias");
        }
        if (kind == Catalog.BATCH_NORM) {
            return new KerasWeights(List.of(id + "/gamma", id + "/beta", id + "/moving_mean", id + "/moving_variance"),
                    "gamma, beta, moving mean, moving variance");
        }
        if (kind == Catalog.LSTM) {
            return new KerasWeights(List.of(id + "/W", id + "/U", id + "/b"),
                    "kernel [in, 4 units], recurrent kernel [units, 4 units], bias; gates i, f, c, o");
        }
        return new KerasWeights(List.of(), "");
    }
}
