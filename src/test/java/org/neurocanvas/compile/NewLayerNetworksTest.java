package org.neurocanvas.compile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.neurocanvas.model.Chains.chain;

import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurocanvas.engine.GradientCheck;
import org.neurocanvas.engine.Parameter;
import org.neurocanvas.engine.Program;
import org.neurocanvas.model.Analysis;
import org.neurocanvas.model.Catalog;
import org.neurocanvas.model.CommandStack;
import org.neurocanvas.model.Connect;

/**
 * Networks of the recurrent, attention and image layers, compiled as the canvas draws them: the
 * program has the parameters the canvas counts, its layers give the shapes the canvas shows, and
 * its gradients pass a float64 finite-difference check as a whole.
 */
class NewLayerNetworksTest {

    private static final INDArray LABELS = Nd4j.createFromArray(0, 2, 1, 2);

    @Test
    void aSequenceNetworkOfConv1DRecurrentLayersAndLayerNorm() throws Exception {
        CommandStack s = chain("5x3", 3, List.of(
                Map.entry(Catalog.CONV1D, Map.of("filters", 4, "kernel", 2, "padding", "same", "activation", "tanh")),
                Map.entry(Catalog.GRU, Map.of("units", 3, "returns", "sequence", "bidirectional", true)),
                Map.entry(Catalog.LAYER_NORM, Map.of()),
                Map.entry(Catalog.MULTIPLY, Map.of()),
                Map.entry(Catalog.LSTM, Map.of("units", 2, "returns", "sequence")),
                Map.entry(Catalog.SIMPLE_RNN, Map.of("units", 3, "bidirectional", true)),
                Map.entry(Catalog.DENSE, Map.of("units", 3, "activation", "linear"))));
        s.execute(new Connect("gru_1", "multiply_1"));
        Program program = compiled(s);
        checkEveryGradient(program, GradientCheck.uniform(10, -1, 1, 4, 5, 3), true);
    }

    @Test
    void aTransformerEncoderBlockOnTokens() throws Exception {
        CommandStack s = chain("6", 3, List.of(
                Map.entry(Catalog.EMBEDDING, Map.of("vocabulary", 5, "dimension", 4)),
                Map.entry(Catalog.POSITIONAL_ENCODING, Map.of("type", "learned")),
                Map.entry(Catalog.MULTI_HEAD_ATTENTION, Map.of("heads", 2, "causal", true)),
                Map.entry(Catalog.ADD, Map.of()),
                Map.entry(Catalog.LAYER_NORM, Map.of()),
                Map.entry(Catalog.DENSE, Map.of("units", 4, "activation", "gelu")),
                Map.entry(Catalog.GLOBAL_AVG_POOL2D, Map.of()),
                Map.entry(Catalog.DENSE, Map.of("units", 3, "activation", "linear"))));
        s.execute(new Connect("positionalencoding_1", "add_1"));
        Program program = compiled(s);
        INDArray tokens = Nd4j.createFromArray(new double[][] {{1, 2, 3, 4, 0, 1}, {4, 4, 3, 2, 1, 0}, {0, 0, 1, 1, 2, 2}, {3, 1, 4, 1, 0, 2}});
        checkEveryGradient(program, tokens, false);
    }

    @Test
    void anImageNetworkOfDepthwiseUpSamplingPaddingAndTransposedConvolution() throws Exception {
        CommandStack s = chain("3x3x2", 3, List.of(
                Map.entry(Catalog.DEPTHWISE_CONV2D, Map.of("depth_multiplier", 2, "kernel", 3, "padding", "same", "activation", "tanh")),
                Map.entry(Catalog.UP_SAMPLING2D, Map.of("size", 2)),
                Map.entry(Catalog.ZERO_PADDING2D, Map.of("padding", 1)),
                Map.entry(Catalog.CONV2D_TRANSPOSE, Map.of("filters", 2, "kernel", 2, "stride", 1, "padding", "valid", "activation", "tanh")),
                Map.entry(Catalog.GLOBAL_MAX_POOL2D, Map.of()),
                Map.entry(Catalog.DENSE, Map.of("units", 3, "activation", "linear"))));
        Program program = compiled(s);
        checkEveryGradient(program, GradientCheck.uniform(11, -1, 1, 4, 3, 3, 2), true);
    }

    /** Compiles in float64 and checks parameter counts and every layer's shape against the canvas. */
    private static Program compiled(CommandStack s) throws CompileException {
        Analysis analysis = s.project().analyse();
        assertEquals(List.of(), analysis.problems());
        Program program = Compiler.program(s.project(), analysis, DataType.DOUBLE);
        assertEquals(analysis.totalParameters(), program.parameterCount());
        return program;
    }

    private static void checkEveryGradient(Program program, INDArray x, boolean inputToo) {
        program.setInputGradientEnabled(inputToo);
        program.forward(x, true);
        program.loss(LABELS);
        program.backward();
        List<INDArray> analytic = program.parameters().stream().map(q -> q.grad().dup()).toList();
        INDArray inputGradient = inputToo ? program.outputGradient("input_1").dup() : null;
        DoubleSupplier loss = () -> {
            program.forward(x, true);
            return program.loss(LABELS);
        };
        for (int i = 0; i < analytic.size(); i++) {
            Parameter q = program.parameters().get(i);
            assertArrayEquals(q.value().shape(), analytic.get(i).shape(), q.name());
            if (!q.name().endsWith("/bk")) {
                // The key bias shifts every score of a query alike, which softmax ignores: its gradient is exactly 0.
                GradientCheck.assertGradient(q.name(), q.value(), loss, analytic.get(i));
            }
        }
        if (inputToo) {
            GradientCheck.assertGradient("input", x, loss, inputGradient);
        }
    }
}
