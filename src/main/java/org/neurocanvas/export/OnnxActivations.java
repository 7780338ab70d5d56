package org.neurocanvas.export;

import static org.neurocanvas.export.OnnxGraph.integer;
import static org.neurocanvas.export.OnnxGraph.real;

import java.util.List;
import org.neurocanvas.engine.ActivationFunction;

/**
 * The engine's activation functions as ONNX nodes of opset 13. GELU (an ONNX operator only from
 * opset 20) and SiLU are composed of Erf and Sigmoid as the engine composes them.
 */
final class OnnxActivations {

    /** The engine's {@code leaky_relu} slope (Keras's) and ELU's alpha, see {@link ActivationFunction}. */
    static final float LEAKY_RELU_SLOPE = 0.2f;
    static final float ELU_ALPHA = 1f;

    private OnnxActivations() {
    }

    /**
     * Adds f(x) to the graph.
     *
     * @param name   the name of the node that writes the result; helper nodes get suffixes
     * @param output the name of the result
     * @return {@code output}
     */
    static String emit(OnnxGraph g, String name, String output, ActivationFunction f, String x) {
        return switch (f) {
            case LINEAR -> g.node("Identity", name, output, List.of(x));
            case RELU -> g.node("Relu", name, output, List.of(x));
            case TANH -> g.node("Tanh", name, output, List.of(x));
            case SIGMOID -> g.node("Sigmoid", name, output, List.of(x));
            case LEAKY_RELU -> g.node("LeakyRelu", name, output, List.of(x), real("alpha", LEAKY_RELU_SLOPE));
            case ELU -> g.node("Elu", name, output, List.of(x), real("alpha", ELU_ALPHA));
            case SOFTMAX -> g.node("Softmax", name, output, List.of(x), integer("axis", -1));
            case SILU -> g.node("Mul", name, output, List.of(x, g.node("Sigmoid", name + "/sigmoid", output + "/sigmoid", List.of(x))));
            case GELU -> {
                // x * (erf(x / sqrt 2) + 1) / 2, the exact GELU, in the engine's order of operations.
                String scaled = g.node("Mul", name + "/scale", output + "/scaled", List.of(x, g.scalar(name + "/inv_sqrt2", (float) (1 / Math.sqrt(2)))));
                String erf = g.node("Erf", name + "/erf", output + "/erf", List.of(scaled));
                String shifted = g.node("Add", name + "/add_one", output + "/erf_plus_one", List.of(erf, g.scalar(name + "/one", 1f)));
                String cdf = g.node("Mul", name + "/halve", output + "/cdf", List.of(shifted, g.scalar(name + "/half", 0.5f)));
                yield g.node("Mul", name, output, List.of(x, cdf));
            }
        };
    }
}
