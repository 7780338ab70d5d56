package org.neurocanvas.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.neurocanvas.data.Scaling;
import org.neurocanvas.engine.ActivationFunction;
import org.neurocanvas.model.Catalog;
import org.neurocanvas.model.LayerKind;
import org.neurocanvas.model.layers.BatchNormKind;
import org.neurocanvas.model.layers.Conv2DKind;
import org.neurocanvas.model.layers.Conv2DTransposeKind;
import org.neurocanvas.model.layers.DenseKind;
import org.neurocanvas.model.layers.DropoutKind;
import org.neurocanvas.model.layers.LayerNormKind;
import org.neurocanvas.model.layers.MergeKind;
import org.neurocanvas.model.layers.PoolKind;
import org.neurocanvas.model.layers.UpSampling2DKind;
import org.neurocanvas.model.layers.ZeroPadding2DKind;

/**
 * The body of the generated nn.Module: the layers it holds ({@code __init__}), the forward pass,
 * and how each of the bundle's arrays becomes a state-dict entry. Layers keep their canvas names
 * as attributes and variables; values move between NeuroCanvas's channels-last layout and
 * PyTorch's channels-first one only where a layer needs it (see {@link Layout}).
 */
final class PyTorchModule {

    private static final String INDENT = "        ";

    /** A variable of the forward pass: its name, rank with the batch, and where its channels lie. */
    private record Value(String name, int rank, Layout layout) {
    }

    final List<String> init = new ArrayList<>();
    final List<String> forward = new ArrayList<>();
    final List<String> stateDict = new ArrayList<>();
    /** Whether the forward pass calls the helper for average pooling with uneven 'same' padding. */
    boolean usesAveragePoolWithinImage;

    private final ModelBundle bundle;
    final PythonNames names = new PythonNames();
    private final PyTorchSequences sequences = new PyTorchSequences(this);
    private final Map<String, Value> values = new HashMap<>();
    private final Map<String, Value> permuted = new HashMap<>();
    private String logits;
    /** Whether the module needs the sinusoidal positions helper. */
    boolean usesSinusoidalPositions;

    private PyTorchModule(ModelBundle bundle) {
        this.bundle = bundle;
    }

    /**
     * @throws ModelFileException naming the first layer the PyTorch export cannot translate
     */
    static PyTorchModule of(ModelBundle bundle) throws ModelFileException {
        PyTorchModule module = new PyTorchModule(bundle);
        for (LayerPlan.Step step : LayerPlan.of(bundle.project(), "PyTorch")) {
            module.layer(step);
        }
        module.forward.add("return " + module.logits);
        return module;
    }

    private void layer(LayerPlan.Step step) {
        LayerKind kind = step.kind();
        if (kind == Catalog.OUTPUT) {
            logits = inputs(step).get(0).name();
            return;
        }
        String id = names.of(step.id());
        if (kind == Catalog.INPUT) {
            values.put(step.id(), input(step, id));
            return;
        }
        List<Value> in = inputs(step);
        Value x = in.get(0);
        String expression;
        Value result = new Value(id, x.rank(), x.layout());
        if (kind == Catalog.DENSE) {
            init.add("self." + id + " = nn.Linear(" + step.in().dim(step.in().rank() - 1) + ", " + step.setting(DenseKind.UNITS) + ")");
            state(id + ".weight", step.id() + "/W", ".T", "[in, out] -> [out, in]");
            state(id + ".bias", step.id() + "/b", "", null);
            expression = activation(step.activation(), "self." + id + "(" + x.name() + ")");
        } else if (kind == Catalog.CONV2D || kind == Catalog.CONV1D || kind == Catalog.DEPTHWISE_CONV2D) {
            expression = activation(step.activation(), convolution(step, id, x));
        } else if (kind == Catalog.CONV2D_TRANSPOSE) {
            expression = activation(step.activation(), transposedConvolution(step, id, x));
        } else if (kind == Catalog.MAX_POOL2D || kind == Catalog.AVG_POOL2D) {
            expression = pooling(step, id, x);
        } else if (kind == Catalog.GLOBAL_AVG_POOL2D || kind == Catalog.GLOBAL_MAX_POOL2D) {
            String axes = Arrays.stream(x.layout().positionAxes(x.rank())).mapToObj(String::valueOf).collect(Collectors.joining(", "));
            expression = x.name() + (kind == Catalog.GLOBAL_AVG_POOL2D ? ".mean" : ".amax") + "(dim=(" + axes + ",))";
            result = new Value(id, 2, Layout.CHANNELS_LAST);
        } else if (kind == Catalog.UP_SAMPLING2D) {
            int size = step.setting(UpSampling2DKind.SIZE);
            int[] axes = x.layout().positionAxes(x.rank());
            expression = x.name() + ".repeat_interleave(" + size + ", dim=" + axes[0] + ").repeat_interleave(" + size + ", dim=" + axes[1] + ")";
        } else if (kind == Catalog.ZERO_PADDING2D) {
            int p = step.setting(ZeroPadding2DKind.PADDING);
            // F.pad pads the last axis first: width and height, after the channels when they are last.
            expression = "F.pad(" + x.name() + ", (" + (x.layout() == Layout.CHANNELS_LAST ? "0, 0, " : "") + p + ", " + p + ", " + p + ", " + p + "))";
        } else if (kind == Catalog.FLATTEN) {
            init.add("self." + id + " = nn.Flatten()");
            expression = "self." + id + "(" + x.name() + ")";
            result = new Value(id, 2, Layout.CHANNELS_LAST);
        } else if (kind == Catalog.DROPOUT) {
            init.add("self." + id + " = nn.Dropout(p=" + step.number(DropoutKind.RATE) + ")");
            expression = "self." + id + "(" + x.name() + ")";
        } else if (kind == Catalog.BATCH_NORM) {
            expression = batchNorm(step, id, x);
        } else if (kind == Catalog.LAYER_NORM) {
            init.add("self." + id + " = nn.LayerNorm(" + step.shape().dim(step.shape().rank() - 1) + ", eps=" + step.number(LayerNormKind.EPSILON) + ")");
            state(id + ".weight", step.id() + "/gamma", "", null);
            state(id + ".bias", step.id() + "/beta", "", null);
            expression = "self." + id + "(" + x.name() + ")";
        } else if (kind == Catalog.ADD || kind == Catalog.MULTIPLY) {
            expression = in.stream().map(Value::name).collect(Collectors.joining(kind == Catalog.ADD ? " + " : " * "));
        } else if (kind == Catalog.CONCATENATE) {
            int axis = step.setting(MergeKind.AXIS);
            int arrayAxis = x.layout().axis(axis < 0 ? x.rank() + axis : axis + 1, x.rank());
            expression = "torch.cat([" + in.stream().map(Value::name).collect(Collectors.joining(", ")) + "], dim=" + arrayAxis + ")";
        } else if (kind == Catalog.ACTIVATION) {
            expression = activation(step.activation(), x.name());
        } else {
            expression = sequences.layer(step, id, x.name());
            result = new Value(id, step.shape().rank() + 1, Layout.CHANNELS_LAST);
        }
        forward.add(id + " = " + expression);
        values.put(step.id(), result);
    }

    /** The raw batch, scaled by buffers that hold the bundle's shift and factor in the sample's shape. */
    private Value input(LayerPlan.Step step, String id) {
        int rank = step.shape().rank() + 1;
        if (bundle.scaler().scaling() == Scaling.NONE) {
            forward.add(id + " = x");
        } else {
            String shape = Arrays.stream(step.shape().dims()).mapToObj(String::valueOf).collect(Collectors.joining(", "));
            init.add("self.register_buffer(\"scale_shift\", torch.zeros(" + shape + "))");
            init.add("self.register_buffer(\"scale_factor\", torch.ones(" + shape + "))");
            stateDict.add("\"scale_shift\": arrays[\"scaler/shift\"].reshape(" + shape + "),");
            stateDict.add("\"scale_factor\": arrays[\"scaler/factor\"].reshape(" + shape + "),");
            forward.add(id + " = (x - self.scale_shift) * self.scale_factor  # the scaling fitted on the training data");
        }
        return new Value(id, rank, Layout.CHANNELS_LAST);
    }

    /** Conv2D, Conv1D or DepthwiseConv2D (a Conv2d with a group per channel), channels first. */
    private String convolution(LayerPlan.Step step, String id, Value x) {
        LayerKind kind = step.kind();
        boolean oneD = kind == Catalog.CONV1D;
        int k = step.setting(Conv2DKind.KERNEL);
        int stride = step.setting(Conv2DKind.STRIDE);
        int dilation = kind == Catalog.DEPTHWISE_CONV2D ? 1 : step.setting(Conv2DKind.DILATION);
        String padding = step.text(Conv2DKind.PADDING);
        int[][] pads = oneD ? new int[][] {LayerPlan.pads(padding, step.in().dim(0), k, stride, dilation)}
                : pads(step, padding, k, stride, dilation);
        boolean even = Arrays.stream(pads).allMatch(p -> p[0] == p[1]);
        boolean padded = Arrays.stream(pads).anyMatch(p -> p[0] > 0);
        int in = step.in().dim(step.in().rank() - 1);
        int out = step.shape().dim(step.shape().rank() - 1);
        String evenPadding = even && padded ? ", padding=(" + Arrays.stream(pads).map(p -> String.valueOf(p[0])).collect(Collectors.joining(", "))
                + (oneD ? ",)" : ")") : "";
        init.add("self." + id + " = nn.Conv" + (oneD ? "1d" : "2d") + "(" + in + ", " + out + ", kernel_size=" + k + ", stride=" + stride
                + evenPadding + (dilation > 1 ? ", dilation=" + dilation : "") + (kind == Catalog.DEPTHWISE_CONV2D ? ", groups=" + in : "") + ")");
        if (oneD) {
            state(id + ".weight", step.id() + "/W", ".transpose(2, 1, 0)", "[k, in, out] -> [out, in, k]");
        } else if (kind == Catalog.DEPTHWISE_CONV2D) {
            state(id + ".weight", step.id() + "/W", ".transpose(2, 3, 0, 1).reshape(" + out + ", 1, " + k + ", " + k + ")",
                    "[kH, kW, channels, multiplier] -> [channels x multiplier, 1, kH, kW]");
        } else {
            state(id + ".weight", step.id() + "/W", ".transpose(3, 2, 0, 1)", "[kH, kW, in, out] -> [out, in, kH, kW]");
        }
        state(id + ".bias", step.id() + "/b", "", null);
        String padList = oneD ? "(" + pads[0][0] + ", " + pads[0][1] + ")" : padList(pads);
        return "self." + id + "(" + (even ? x.name() : "F.pad(" + x.name() + ", " + padList + ")") + ")";
    }

    /**
     * ConvTranspose2d, whose full output 'same' crops to in x stride as TensorFlow does: (k - stride) / 2
     * rounded down before, the rest after; or, when the kernel is smaller than the stride, extends
     * after by output_padding, which holds the bias alone.
     */
    private String transposedConvolution(LayerPlan.Step step, String id, Value x) {
        int k = step.setting(Conv2DTransposeKind.KERNEL);
        int stride = step.setting(Conv2DTransposeKind.STRIDE);
        boolean same = "same".equals(step.text(Conv2DTransposeKind.PADDING));
        init.add("self." + id + " = nn.ConvTranspose2d(" + step.in().dim(2) + ", " + step.setting(Conv2DTransposeKind.FILTERS)
                + ", kernel_size=" + k + ", stride=" + stride + (same && stride > k ? ", output_padding=" + (stride - k) : "") + ")");
        state(id + ".weight", step.id() + "/W", ".transpose(3, 2, 0, 1)", "[kH, kW, out, in] -> [in, out, kH, kW]");
        state(id + ".bias", step.id() + "/b", "", null);
        String full = "self." + id + "(" + x.name() + ")";
        if (!same || stride >= k) {
            return full;
        }
        int before = (k - stride) / 2;
        return full + "[:, :, " + before + ":" + (before + step.shape().dim(0)) + ", " + before + ":" + (before + step.shape().dim(1)) + "]";
    }

    private String pooling(LayerPlan.Step step, String id, Value x) {
        boolean max = step.kind() == Catalog.MAX_POOL2D;
        int pool = step.setting(PoolKind.POOL);
        int stride = step.setting(PoolKind.STRIDE);
        int[][] pads = pads(step, step.text(PoolKind.PADDING), pool, stride, 1);
        boolean even = pads[0][0] == pads[0][1] && pads[1][0] == pads[1][1];
        if (!max && !even) {
            usesAveragePoolWithinImage = true;
            return "average_pool_within_image(" + x.name() + ", " + pool + ", " + stride + ", " + padList(pads) + ")";
        }
        String padding = even && (pads[0][0] > 0 || pads[1][0] > 0) ? ", padding=(" + pads[0][0] + ", " + pads[1][0] + ")" : "";
        init.add("self." + id + " = nn." + (max ? "MaxPool2d" : "AvgPool2d") + "(kernel_size=" + pool + ", stride=" + stride + padding
                + (!max && !padding.isEmpty() ? ", count_include_pad=False" : "") + ")");
        // Max pooling ignores padding: -inf never wins a window.
        return "self." + id + "(" + (even ? x.name() : padded(x.name(), pads, ", value=float(\"-inf\")")) + ")";
    }

    private String batchNorm(LayerPlan.Step step, String id, Value x) {
        double momentum = step.node().doubleSetting(BatchNormKind.MOMENTUM);
        int channels = step.shape().dim(step.shape().rank() - 1);
        // PyTorch's momentum is the weight of the new batch, Keras's and ours that of the running value.
        init.add("self." + id + " = nn.BatchNorm" + (x.rank() == 4 ? "2d" : "1d") + "(" + channels + ", eps=" + step.number(BatchNormKind.EPSILON)
                + ", momentum=" + (float) (1 - momentum) + ")");
        state(id + ".weight", step.id() + "/gamma", "", null);
        state(id + ".bias", step.id() + "/beta", "", null);
        state(id + ".running_mean", step.id() + "/moving_mean", "", null);
        state(id + ".running_var", step.id() + "/moving_variance", "", null);
        stateDict.add("\"" + id + ".num_batches_tracked\": np.array(0),");
        return "self." + id + "(" + x.name() + ")";
    }

    /** [[top, bottom], [left, right]] of a window over the step's input image. */
    private static int[][] pads(LayerPlan.Step step, String padding, int window, int stride, int dilation) {
        return new int[][] {LayerPlan.pads(padding, step.in().dim(0), window, stride, dilation),
                LayerPlan.pads(padding, step.in().dim(1), window, stride, dilation)};
    }

    /** F.pad's order: the last axis first, (left, right, top, bottom). */
    private static String padList(int[][] pads) {
        return "(" + pads[1][0] + ", " + pads[1][1] + ", " + pads[0][0] + ", " + pads[0][1] + ")";
    }

    /** 'same' padding with the odd pixel after, which nn.Conv2d's symmetric padding cannot express. */
    private static String padded(String x, int[][] pads, String value) {
        return "F.pad(" + x + ", " + padList(pads) + value + ")";
    }

    void state(String key, String tensor, String transform, String comment) {
        stateDict.add("\"" + key + "\": arrays[\"" + tensor + "\"]" + transform + "," + (comment == null ? "" : "  # " + comment));
    }

    static String activation(ActivationFunction f, String x) {
        return switch (f) {
            case LINEAR -> x;
            case RELU -> "torch.relu(" + x + ")";
            case TANH -> "torch.tanh(" + x + ")";
            case SIGMOID -> "torch.sigmoid(" + x + ")";
            case LEAKY_RELU -> "F.leaky_relu(" + x + ", " + OnnxActivations.LEAKY_RELU_SLOPE + ")";
            case ELU -> "F.elu(" + x + ", " + OnnxActivations.ELU_ALPHA + ")";
            case GELU -> "F.gelu(" + x + ")";
            case SILU -> "F.silu(" + x + ")";
            case SOFTMAX -> "torch.softmax(" + x + ", dim=-1)";
        };
    }

    /** The step's inputs in the layout it needs; Add and Concatenate bring theirs to their first input's. */
    private List<Value> inputs(LayerPlan.Step step) {
        Layout needed = Layout.neededBy(step);
        List<Value> in = new ArrayList<>();
        for (String from : step.inputs()) {
            Value v = values.get(from);
            in.add(inLayout(v, needed != null ? needed : in.isEmpty() ? v.layout() : in.get(0).layout()));
        }
        return in;
    }

    private Value inLayout(Value v, Layout layout) {
        if (v.layout() == layout || v.rank() <= 2) {
            return v;
        }
        return permuted.computeIfAbsent(v.name() + "|" + layout, key -> {
            boolean first = layout == Layout.CHANNELS_FIRST;
            String name = names.of(v.name() + (first ? "_channels_first" : "_channels_last"));
            String perm = Arrays.stream(layout.permutation(v.rank())).mapToObj(String::valueOf).collect(Collectors.joining(", "));
            forward.add(name + " = " + v.name() + ".permute(" + perm + ")  # "
                    + (first ? "channels first, as PyTorch's layers want them" : "channels last again, NeuroCanvas's order"));
            return new Value(name, v.rank(), layout);
        });
    }

    /** Lines indented for a method body. */
    static String indent(List<String> lines) {
        return lines.stream().map(l -> INDENT + l).collect(Collectors.joining("\n"));
    }
}
