package org.neurocanvas.compile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurocanvas.model.Chains.chain;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurocanvas.engine.Adam;
import org.neurocanvas.engine.GradientCheck;
import org.neurocanvas.engine.Parameter;
import org.neurocanvas.engine.Program;
import org.neurocanvas.model.Catalog;
import org.neurocanvas.model.ChangeTraining;
import org.neurocanvas.model.CommandStack;
import org.neurocanvas.model.Connect;
import org.neurocanvas.model.Project;

/** Convolutional and branching networks drawn as on the canvas, compiled and run. */
class ConvolutionalNetworksTest {

    @Test
    void theKerasCifar10CnnHasKerassParameterCountAndRuns() throws Exception {
        Project p = chain("32x32x3", 10, List.of(
                Map.entry(Catalog.CONV2D, Map.of("filters", 32, "kernel", 3)),
                Map.entry(Catalog.MAX_POOL2D, Map.of()),
                Map.entry(Catalog.CONV2D, Map.of("filters", 64)),
                Map.entry(Catalog.MAX_POOL2D, Map.of()),
                Map.entry(Catalog.CONV2D, Map.of("filters", 64)),
                Map.entry(Catalog.FLATTEN, Map.of()),
                Map.entry(Catalog.DENSE, Map.of("units", 64)),
                Map.entry(Catalog.DENSE, Map.of("units", 10, "activation", "linear")))).project();
        Program program = Compiler.program(p, p.analyse());
        assertEquals(122_570, program.parameterCount());
        assertEquals(p.analyse().totalParameters(), program.parameterCount());
        assertEquals(List.of("conv2d_1/W", "conv2d_1/b", "conv2d_2/W", "conv2d_2/b", "conv2d_3/W", "conv2d_3/b",
                "dense_1/W", "dense_1/b", "dense_2/W", "dense_2/b"), program.parameters().stream().map(Parameter::name).toList());
        INDArray logits = program.forward(Nd4j.rand(DataType.FLOAT, 2, 32, 32, 3), false);
        assertArrayEquals(new long[] {2, 10}, logits.shape());
        assertArrayEquals(new long[] {2, 4, 4, 64}, program.output("conv2d_3").shape());
        // Flat rows of 3,072 features are laid out as the Input's 32x32x3.
        assertArrayEquals(new long[] {2, 10}, program.forward(Nd4j.rand(DataType.FLOAT, 2, 3072), false).shape());
    }

    @Test
    void aSmallCnnTellsBrightLeftFromBrightRight() throws Exception {
        Project p = smallCnn(5);
        Program program = Compiler.program(p, p.analyse());
        INDArray[] data = brightSideImages(128, 3);
        Adam adam = new Adam(0.01);
        for (int step = 0; step < 40; step++) {
            program.forward(data[0], true);
            program.loss(data[1]);
            program.backward();
            adam.step(program.parameters());
        }
        INDArray[] test = brightSideImages(200, 4);
        INDArray predicted = Nd4j.argMax(program.forward(test[0], false), 1);
        double accuracy = predicted.castTo(DataType.INT32).eq(test[1].castTo(DataType.INT32))
                .castTo(DataType.DOUBLE).meanNumber().doubleValue();
        assertTrue(accuracy > 0.95, "accuracy " + accuracy);
    }

    @Test
    void sameSeedGivesBitIdenticalCnnTraining() throws Exception {
        INDArray[] data = brightSideImages(32, 3);
        float[][] first = trainBriefly(data);
        float[][] second = trainBriefly(data);
        for (int i = 0; i < first.length; i++) {
            assertArrayEquals(first[i], second[i], "parameter " + i);
        }
    }

    @Test
    void aResidualBlockPassesAWholeProgramGradientCheck() throws Exception {
        CommandStack s = chain("4x4x2", 3, List.of(
                Map.entry(Catalog.CONV2D, Map.of("filters", 2, "padding", "same", "activation", "tanh")),
                Map.entry(Catalog.BATCH_NORM, Map.of()),
                Map.entry(Catalog.CONV2D, Map.of("filters", 2, "padding", "same", "activation", "tanh")),
                Map.entry(Catalog.ADD, Map.of()),
                Map.entry(Catalog.FLATTEN, Map.of()),
                Map.entry(Catalog.DENSE, Map.of("units", 3, "activation", "linear"))));
        s.execute(new Connect("input_1", "add_1"));
        Program program = Compiler.program(s.project(), s.project().analyse(), DataType.DOUBLE);
        assertEquals(List.of("batchnorm_1/moving_mean", "batchnorm_1/moving_variance"), List.copyOf(program.state().keySet()));
        checkEveryGradient(program, new long[] {4, 4, 4, 2});
    }

    @Test
    void aConcatenationPassesAWholeProgramGradientCheck() throws Exception {
        CommandStack s = chain("4x4x2", 3, List.of(
                Map.entry(Catalog.CONV2D, Map.of("filters", 3, "padding", "same", "activation", "tanh")),
                Map.entry(Catalog.CONCATENATE, Map.of()),
                Map.entry(Catalog.AVG_POOL2D, Map.of("padding", "same")),
                Map.entry(Catalog.GLOBAL_AVG_POOL2D, Map.of()),
                Map.entry(Catalog.DENSE, Map.of("units", 3, "activation", "linear"))));
        s.execute(new Connect("input_1", "concatenate_1"));
        Program program = Compiler.program(s.project(), s.project().analyse(), DataType.DOUBLE);
        program.forward(GradientCheck.uniform(1, -1, 1, 4, 4, 4, 2), false);
        assertArrayEquals(new long[] {4, 4, 4, 5}, program.output("concatenate_1").shape());
        checkEveryGradient(program, new long[] {4, 4, 4, 2});
    }

    @Test
    void dropoutIsActiveOnlyWhileTraining() throws Exception {
        Project p = chain("16", 3, List.of(
                Map.entry(Catalog.DROPOUT, Map.of("rate", 0.5)),
                Map.entry(Catalog.DENSE, Map.of("units", 3, "activation", "linear")))).project();
        Program program = Compiler.program(p, p.analyse());
        INDArray x = Nd4j.ones(DataType.FLOAT, 8, 16);
        program.forward(x, false);
        assertSame(x, program.output("dropout_1"));
        program.forward(x, true);
        double zeros = program.output("dropout_1").eq(0).castTo(DataType.DOUBLE).sumNumber().doubleValue();
        assertTrue(zeros > 32 && zeros < 96, zeros + " of 128 values dropped");
    }

    private static float[][] trainBriefly(INDArray[] data) throws Exception {
        Project p = smallCnn(9);
        Program program = Compiler.program(p, p.analyse());
        Adam adam = new Adam(0.01);
        for (int step = 0; step < 3; step++) {
            program.forward(data[0], true);
            program.loss(data[1]);
            program.backward();
            adam.step(program.parameters());
        }
        return program.parameters().stream().map(x -> x.value().dup().data().asFloat()).toArray(float[][]::new);
    }

    private static Project smallCnn(long seed) {
        CommandStack s = chain("8x8x1", 2, List.of(
                Map.entry(Catalog.CONV2D, Map.of("filters", 4, "kernel", 3)),
                Map.entry(Catalog.MAX_POOL2D, Map.of()),
                Map.entry(Catalog.DROPOUT, Map.of("rate", 0.1)),
                Map.entry(Catalog.FLATTEN, Map.of()),
                Map.entry(Catalog.DENSE, Map.of("units", 2, "activation", "linear"))));
        Project p = s.project();
        s.execute(new ChangeTraining(p.training().withSeed(seed), p.data(), "seed"));
        return s.project();
    }

    /** 8x8 grey images, noise in [0, 0.5); class 0 has a brighter left half, class 1 a brighter right half. */
    private static INDArray[] brightSideImages(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] pixels = new float[count * 64];
        float[] labels = new float[count];
        for (int n = 0; n < count; n++) {
            labels[n] = random.nextInt(2);
            for (int i = 0; i < 64; i++) {
                boolean left = i % 8 < 4;
                pixels[n * 64 + i] = (float) (random.nextDouble(0, 0.5) + (left == (labels[n] == 0) ? 0.5 : 0));
            }
        }
        return new INDArray[] {Nd4j.create(pixels, new long[] {count, 8, 8, 1}, 'c'), Nd4j.create(labels, new long[] {count}, 'c')};
    }

    /** Checks the loss gradient with respect to every parameter and to the input, in float64. */
    private static void checkEveryGradient(Program program, long[] inputShape) {
        program.setInputGradientEnabled(true);
        INDArray x = GradientCheck.uniform(10, -1, 1, inputShape);
        INDArray labels = Nd4j.createFromArray(0, 2, 1, 2);
        program.forward(x, true);
        program.loss(labels);
        program.backward();
        List<INDArray> analytic = program.parameters().stream().map(q -> q.grad().dup()).toList();
        INDArray inputGradient = program.outputGradient("input_1").dup();
        DoubleSupplier loss = () -> {
            program.forward(x, true);
            return program.loss(labels);
        };
        for (int i = 0; i < analytic.size(); i++) {
            Parameter q = program.parameters().get(i);
            assertArrayEquals(q.value().shape(), analytic.get(i).shape(), q.name());
            GradientCheck.assertGradient(q.name(), q.value(), loss, analytic.get(i));
        }
        GradientCheck.assertGradient("input", x, loss, inputGradient);
    }

}
