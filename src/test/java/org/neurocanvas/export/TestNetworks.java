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

    /**
     * The newer image kinds over 9x9x3 images, in both layouts: transposed convolutions ('same'
     * with a kernel above and below the stride, 'valid'), a depthwise convolution with two filters
     * per channel, up-sampling and zero padding straight after the input and after a convolution,
     * global max pooling and a Multiply of two branches.
     */
    static Project imageKinds() {
        TestNetworks n = new TestNetworks("9x9x3");
        String up = n.add(Catalog.CONV2D_TRANSPOSE, "input_1", "filters", 4, "kernel", 3, "stride", 2, "padding", "same", "activation", "relu");
        String depthwise = n.add(Catalog.DEPTHWISE_CONV2D, up, "depth_multiplier", 2, "kernel", 3, "stride", 2, "padding", "same",
                "activation", "tanh");
        String wide = n.add(Catalog.CONV2D_TRANSPOSE, n.add(Catalog.ZERO_PADDING2D, "input_1", "padding", 1), "filters", 2, "kernel", 2,
                "stride", 3, "padding", "same");
        String valid = n.add(Catalog.CONV2D_TRANSPOSE, "input_1", "filters", 3, "kernel", 2, "stride", 2, "padding", "valid",
                "activation", "sigmoid");
        String upsampled = n.add(Catalog.UP_SAMPLING2D, n.add(Catalog.MAX_POOL2D, "input_1", "pool", 3, "stride", 3), "size", 2);
        String padded = n.add(Catalog.ZERO_PADDING2D, n.add(Catalog.CONV2D, upsampled, "filters", 3, "kernel", 3, "activation", "relu"),
                "padding", 1);
        String product = n.join(Catalog.MULTIPLY, new Object[0], valid, n.add(Catalog.UP_SAMPLING2D, padded, "size", 3),
                n.add(Catalog.ACTIVATION, valid, "function", "elu"));
        String all = n.join(Catalog.CONCATENATE, new Object[0], n.add(Catalog.GLOBAL_MAX_POOL2D, depthwise),
                n.add(Catalog.GLOBAL_AVG_POOL2D, wide), n.add(Catalog.GLOBAL_MAX_POOL2D, product));
        return n.finish(all);
    }

    /**
     * The sequence kinds over 7 steps of 4 features: Conv1D ('same', and 'valid' with stride; not
     * dilation: the engine's float32 oneDNN convolution refuses it), LSTM, GRU and SimpleRNN one way and both ways, giving sequences
     * and last states (an LSTM only the last: the engine's lstmLayer fails to return sequences), Dense
     * and LayerNorm on every step, global pooling over steps.
     */
    static Project sequenceKinds() {
        TestNetworks n = new TestNetworks("7x4");
        String conv = n.add(Catalog.CONV1D, "input_1", "filters", 5, "kernel", 3, "padding", "same", "activation", "relu");
        String lstm = n.add(Catalog.LSTM, conv, "units", 6, "returns", "last", "bidirectional", true);
        String gru = n.add(Catalog.GRU, conv, "units", 4, "returns", "last");
        String strided = n.add(Catalog.CONV1D, "input_1", "filters", 3, "kernel", 2, "stride", 2, "activation", "linear");
        String rnn = n.add(Catalog.SIMPLE_RNN, strided, "units", 3, "returns", "last", "bidirectional", true);
        String gru2 = n.add(Catalog.GRU, "input_1", "units", 5, "returns", "sequence", "bidirectional", true);
        String norm = n.add(Catalog.LAYER_NORM, n.add(Catalog.DENSE, gru2, "units", 6, "activation", "gelu"), "epsilon", 0.01);
        String rnn2 = n.add(Catalog.SIMPLE_RNN, norm, "units", 2, "returns", "sequence");
        String all = n.join(Catalog.CONCATENATE, new Object[0], lstm, gru, rnn, n.add(Catalog.GLOBAL_AVG_POOL2D, rnn2),
                n.add(Catalog.GLOBAL_MAX_POOL2D, norm), n.add(Catalog.GLOBAL_AVG_POOL2D, conv));
        return n.finish(all);
    }

    /**
     * A small transformer over 6 token ids of a vocabulary of 5: an Embedding, learned positions,
     * causal self-attention with 2 heads, a residual Add and LayerNorm, a sequence Dense, a
     * sinusoidal encoding and a second, unmasked attention.
     */
    static Project tokenKinds() {
        TestNetworks n = new TestNetworks("6");
        String embedded = n.add(Catalog.EMBEDDING, "input_1", "vocabulary", 5, "dimension", 8);
        String positioned = n.add(Catalog.POSITIONAL_ENCODING, embedded, "type", "learned");
        String attended = n.add(Catalog.MULTI_HEAD_ATTENTION, positioned, "heads", 2, "causal", true);
        String norm = n.add(Catalog.LAYER_NORM, n.join(Catalog.ADD, new Object[0], positioned, attended));
        String sines = n.add(Catalog.POSITIONAL_ENCODING, n.add(Catalog.DENSE, norm, "units", 4, "activation", "relu"), "type", "sinusoidal");
        String second = n.add(Catalog.MULTI_HEAD_ATTENTION, sines, "heads", 4);
        return n.finish(n.add(Catalog.FLATTEN, second));
    }
}
