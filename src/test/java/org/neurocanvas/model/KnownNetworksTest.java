package org.neurocanvas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurocanvas.model.Chains.chain;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Shape rules and parameter counts against figures that Keras prints for well-known networks. */
class KnownNetworksTest {

    private static List<String> shapes(Analysis a) {
        return a.order().stream().skip(1).map(n -> a.layer(n.id()).shape().text()).toList();
    }

    @Test
    void theKerasCifar10Cnn() {
        Analysis a = chain("32x32x3", 10, List.of(
                Map.entry(Catalog.CONV2D, Map.of("filters", 32, "kernel", 3)),
                Map.entry(Catalog.MAX_POOL2D, Map.of()),
                Map.entry(Catalog.CONV2D, Map.of("filters", 64)),
                Map.entry(Catalog.MAX_POOL2D, Map.of()),
                Map.entry(Catalog.CONV2D, Map.of("filters", 64)),
                Map.entry(Catalog.FLATTEN, Map.of()),
                Map.entry(Catalog.DENSE, Map.of("units", 64)),
                Map.entry(Catalog.DENSE, Map.of("units", 10, "activation", "linear")))).project().analyse();
        assertTrue(a.isValid(), () -> a.problems().toString());
        assertEquals(List.of("30x30x32", "15x15x32", "13x13x64", "6x6x64", "4x4x64", "1024", "64", "10", "10"), shapes(a));
        assertEquals(122_570, a.totalParameters());
        assertEquals(896, a.layer("conv2d_1").parameters());
        assertEquals(18_496, a.layer("conv2d_2").parameters());
        assertEquals(36_928, a.layer("conv2d_3").parameters());
        assertEquals(65_600, a.layer("dense_1").parameters());
        assertEquals(30L * 30 * 32 * 3 * 3 * 3, a.layer("conv2d_1").multiplyAdds());
    }

    @Test
    void leNet5() {
        Analysis a = chain("32x32x1", 10, List.of(
                Map.entry(Catalog.CONV2D, Map.of("filters", 6, "kernel", 5, "activation", "tanh")),
                Map.entry(Catalog.AVG_POOL2D, Map.of()),
                Map.entry(Catalog.CONV2D, Map.of("filters", 16, "kernel", 5, "activation", "tanh")),
                Map.entry(Catalog.AVG_POOL2D, Map.of()),
                Map.entry(Catalog.FLATTEN, Map.of()),
                Map.entry(Catalog.DENSE, Map.of("units", 120, "activation", "tanh")),
                Map.entry(Catalog.DENSE, Map.of("units", 84, "activation", "tanh")),
                Map.entry(Catalog.DENSE, Map.of("units", 10, "activation", "linear")))).project().analyse();
        assertEquals(List.of("28x28x6", "14x14x6", "10x10x16", "5x5x16", "400", "120", "84", "10", "10"), shapes(a));
        assertEquals(61_706, a.totalParameters());
    }

    @Test
    void samePaddingStridesAndBatchNorm() {
        Analysis a = chain("28x28x1", 10, List.of(
                Map.entry(Catalog.CONV2D, Map.of("filters", 8, "padding", "same", "stride", 2)),
                Map.entry(Catalog.BATCH_NORM, Map.of()),
                Map.entry(Catalog.DROPOUT, Map.of("rate", 0.25)),
                Map.entry(Catalog.GLOBAL_AVG_POOL2D, Map.of()),
                Map.entry(Catalog.DENSE, Map.of("units", 10, "activation", "linear")))).project().analyse();
        assertEquals(List.of("14x14x8", "14x14x8", "14x14x8", "8", "10", "10"), shapes(a));
        assertEquals(16, a.layer("batchnorm_1").parameters());
        assertEquals(16, a.layer("batchnorm_1").nonTrainable());
    }

    @Test
    void aKernelLargerThanItsInputSaysWhatToDo() {
        Analysis a = chain("4x4x3", 10, List.of(
                Map.entry(Catalog.CONV2D, Map.of("kernel", 5)),
                Map.entry(Catalog.FLATTEN, Map.of()),
                Map.entry(Catalog.DENSE, Map.of("units", 10)))).project().analyse();
        assertEquals("conv2d_1's 5x5 kernel does not fit its (None, 4, 4, 3) input: use a smaller kernel or padding 'same'.",
                a.layer("conv2d_1").problem());
    }

    @Test
    void aConvolutionOnAVectorAsksForAnImage() {
        Analysis a = chain("784", 10, List.of(Map.entry(Catalog.CONV2D, Map.of()))).project().analyse();
        assertEquals("conv2d_1 expects an image (None, height, width, channels) but receives (None, 784): "
                + "set the Input shape to height x width x channels, or add a Reshape.", a.layer("conv2d_1").problem());
    }

    @Test
    void aResidualBlockAddsSameShapes() {
        CommandStack s = chain("16", 3, List.of(
                Map.entry(Catalog.DENSE, Map.of("units", 16)),
                Map.entry(Catalog.DENSE, Map.of("units", 16)),
                Map.entry(Catalog.ADD, Map.of()),
                Map.entry(Catalog.DENSE, Map.of("units", 3, "activation", "linear"))));
        Analysis broken = s.project().analyse();
        assertEquals("add_1 needs at least 2 inputs but has 1: wire another layer into it.", broken.layer("add_1").problem());
        s.execute(new Connect("dense_1", "add_1"));
        assertTrue(s.project().analyse().isValid(), () -> s.project().analyse().problems().toString());
        s.execute(new Connect("input_1", "add_1"));
        s.execute(new ChangeSetting("input_1", "shape", "8"));
        assertEquals("add_1 adds its inputs element by element, so they must have the same shape, but it receives "
                + "(None, 16) and (None, 16) and (None, 8).", s.project().analyse().layer("add_1").problem());
    }

    @Test
    void concatenateJoinsChannels() {
        CommandStack s = chain("8x8x3", 10, List.of(
                Map.entry(Catalog.CONV2D, Map.of("filters", 4, "padding", "same")),
                Map.entry(Catalog.CONCATENATE, Map.of()),
                Map.entry(Catalog.FLATTEN, Map.of()),
                Map.entry(Catalog.DENSE, Map.of("units", 10, "activation", "linear"))));
        s.execute(new Connect("input_1", "concatenate_1"));
        assertEquals(new Shape(8, 8, 7), s.project().analyse().layer("concatenate_1").shape());
    }

    @Test
    void theSummaryShowsCostAndMemory() {
        CommandStack s = chain("32x32x3", 10, List.of(
                Map.entry(Catalog.CONV2D, Map.of("filters", 32)),
                Map.entry(Catalog.FLATTEN, Map.of()),
                Map.entry(Catalog.DENSE, Map.of("units", 10, "activation", "linear"))));
        String text = new Summary(s.project()).render();
        assertTrue(text.contains("Total params: 288,906"), text);
        assertTrue(text.contains("Multiply-adds per sample: 1,065,600"), text);
        assertTrue(text.contains("Training memory at batch size 32: about"), text);
    }
}
