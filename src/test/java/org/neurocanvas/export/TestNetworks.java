package org.neurocanvas.export;

import org.neurocanvas.model.AddLayer;
import org.neurocanvas.model.Catalog;
import org.neurocanvas.model.ChangeSetting;
import org.neurocanvas.model.CommandStack;
import org.neurocanvas.model.Connect;
import org.neurocanvas.model.LayerKind;
import org.neurocanvas.model.Project;

/** Networks beyond the samples, drawn through commands as the editor would: every exportable kind, odd sizes, branches. */
final class TestNetworks {

    private final CommandStack stack = new CommandStack(Project.empty());

    private TestNetworks(String inputShape) {
        stack.execute(new ChangeSetting("input_1", "shape", inputShape));
    }

    /** Adds a layer wired after {@code after} (or unwired if null) with settings as name, value pairs; returns its name. */
    private String add(LayerKind kind, String after, Object... settings) {
        AddLayer add = new AddLayer(stack.project().graph(), kind, 0, 0, after);
        stack.execute(add);
        for (int i = 0; i < settings.length; i += 2) {
            stack.execute(new ChangeSetting(add.layerId(), (String) settings[i], settings[i + 1]));
        }
        return add.layerId();
    }

    private String join(LayerKind kind, Object[] settings, String... from) {
        String id = add(kind, null, settings);
        for (String f : from) {
            stack.execute(new Connect(f, id));
        }
        return id;
    }

    /** Ends with Dense(3, linear) after {@code last}, wired to the Output (the spiral data of an empty project has 3 classes). */
    private Project finish(String last) {
        String head = add(Catalog.DENSE, last, "units", 3, "activation", "linear");
        stack.execute(new Connect(head, "output_1"));
        return stack.project();
    }

    /**
     * A residual, branching CNN over 9x9x2 images: 'same' convolutions with odd pads and stride 2
     * (not dilation: the engine's float32 oneDNN convolution refuses it), BatchNorm on images and vectors, Add, Concatenate on the channels and on the
     * height, max and average pooling with 'same' padding, global average pooling, Dropout and
     * Activation layers.
     */
    static Project residualCnn() {
        TestNetworks n = new TestNetworks("9x9x2");
        String convA = n.add(Catalog.CONV2D, "input_1", "filters", 8, "kernel", 3, "padding", "same", "activation", "relu");
        String normA = n.add(Catalog.BATCH_NORM, convA, "epsilon", 0.01);
        String convB = n.add(Catalog.CONV2D, normA, "filters", 8, "kernel", 3, "padding", "same", "activation", "linear");
        String sum = n.join(Catalog.ADD, new Object[0], normA, convB);
        String relu = n.add(Catalog.ACTIVATION, sum, "function", "relu");
        String convC = n.add(Catalog.CONV2D, relu, "filters", 6, "kernel", 4, "stride", 2, "padding", "same", "activation", "tanh");
        String max = n.add(Catalog.MAX_POOL2D, relu, "pool", 3, "stride", 2, "padding", "same");
        String avg = n.add(Catalog.AVG_POOL2D, relu, "pool", 2, "stride", 2, "padding", "same");
        String channels = n.join(Catalog.CONCATENATE, new Object[0], convC, max, avg);
        String dropped = n.add(Catalog.DROPOUT, channels, "rate", 0.3);
        String convD = n.add(Catalog.CONV2D, relu, "filters", 4, "kernel", 3, "activation", "sigmoid");
        String pooled = n.add(Catalog.GLOBAL_AVG_POOL2D, convD);
        String dense = n.add(Catalog.DENSE, n.add(Catalog.FLATTEN, dropped), "units", 16, "activation", "relu");
        String normV = n.add(Catalog.BATCH_NORM, dense);
        String tanh = n.add(Catalog.ACTIVATION, n.add(Catalog.DROPOUT, normV), "function", "tanh");
        String rows = n.join(Catalog.CONCATENATE, new Object[] {"axis", 0}, max, avg);
        String side = n.add(Catalog.DENSE, n.add(Catalog.FLATTEN, rows), "units", 5, "activation", "sigmoid");
        String all = n.join(Catalog.CONCATENATE, new Object[0], tanh, pooled, side);
        return n.finish(all);
    }

    /** A sequence-like input of 6 steps x 3 channels: BatchNorm and Add over a rank-2 sample, then Flatten. */
    static Project sequence() {
        TestNetworks n = new TestNetworks("6x3");
        String norm = n.add(Catalog.BATCH_NORM, "input_1");
        String sum = n.join(Catalog.ADD, new Object[0], norm, "input_1");
        return n.finish(n.add(Catalog.FLATTEN, n.add(Catalog.ACTIVATION, sum, "function", "sigmoid")));
    }
}
