package org.neurocanvas.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neurocanvas.data.Scaling;
import org.neurocanvas.engine.ActivationFunction;
import org.neurocanvas.model.Catalog;
import org.neurocanvas.model.LayerKind;
import org.neurocanvas.model.layers.BatchNormKind;
import org.neurocanvas.model.layers.Conv2DKind;
import org.neurocanvas.model.layers.DenseKind;
import org.neurocanvas.model.layers.DepthwiseConv2DKind;
import org.neurocanvas.model.layers.DropoutKind;
import org.neurocanvas.model.layers.LayerNormKind;
import org.neurocanvas.model.layers.MergeKind;
import org.neurocanvas.model.layers.PoolKind;
import org.neurocanvas.model.layers.UpSampling2DKind;
import org.neurocanvas.model.layers.ZeroPadding2DKind;

/**
 * The body of the generated Keras module: the functional-API lines of {@code build()}, one Keras
 * layer per canvas layer under the canvas's name, and the {@code set_weights} lists of {@code
 * layer_weights()}. Keras keeps channels last as NeuroCanvas does, so no batch is ever transposed;
 * the sequence layers are {@link KerasSequences}'s.
 */
final class KerasModel {

    final List<String> build = new ArrayList<>();
    final List<String> weights = new ArrayList<>();
    /** Each canvas layer's Keras name, which is also its Python variable. */
    final Map<String, String> kerasNames = new HashMap<>();
    /** Whether {@code build()} uses the module's Scaling layer. */
    boolean usesScaling;
    final KerasSequences sequences = new KerasSequences();

    private final ModelBundle bundle;
    private final PythonNames names = new PythonNames();
    /** The Python variable holding each canvas layer's value: its Keras name, or the Input's scaled value. */
    private final Map<String, String> variables = new HashMap<>();
    private String input;
    private String output;

    private KerasModel(ModelBundle bundle) {
        this.bundle = bundle;
    }

    /**
     * @throws ModelFileException naming the first layer the Keras export cannot translate
     */
    static KerasModel of(ModelBundle bundle) throws ModelFileException {
        KerasModel model = new KerasModel(bundle);
        for (LayerPlan.Step step : LayerPlan.of(bundle.project(), "Keras")) {
            model.layer(step);
        }
        model.build.add("return keras.Model(inputs=" + model.input + ", outputs=" + model.output + ", name=\""
                + new PythonNames().of(bundle.project().name()) + "\")");
        return model;
    }

    private void layer(LayerPlan.Step step) throws ModelFileException {
        LayerKind kind = step.kind();
        String id = names.of(step.id());
        kerasNames.put(step.id(), id);
        if (kind == Catalog.INPUT) {
            input = id;
            build.add(id + " = keras.Input(shape=INPUT_SHAPE, " + name(id) + ")");
            variables.put(step.id(), scaled(id));
            return;
        }
        List<String> in = step.inputs().stream().map(variables::get).toList();
        String call = "(" + in.get(0) + ")";
        String layer;
        if (kind == Catalog.DENSE) {
            layer = "layers.Dense(" + step.setting(DenseKind.UNITS) + activation(step) + ", " + name(id) + ")";
        } else if (kind == Catalog.CONV2D || kind == Catalog.CONV1D || kind == Catalog.CONV2D_TRANSPOSE || kind == Catalog.DEPTHWISE_CONV2D) {
            layer = convolution(step, id);
        } else if (kind == Catalog.MAX_POOL2D || kind == Catalog.AVG_POOL2D) {
            // Keras's 'same' average pooling counts only the values inside the image, as the engine does.
            layer = "layers." + (kind == Catalog.MAX_POOL2D ? "MaxPooling2D" : "AveragePooling2D") + "(pool_size=" + step.setting(PoolKind.POOL)
                    + ", strides=" + step.setting(PoolKind.STRIDE) + ", padding=\"" + step.text(PoolKind.PADDING) + "\", " + name(id) + ")";
        } else if (kind == Catalog.GLOBAL_AVG_POOL2D || kind == Catalog.GLOBAL_MAX_POOL2D) {
            // Over the steps of a sequence, or the positions of an image.
            layer = "layers.Global" + (kind == Catalog.GLOBAL_AVG_POOL2D ? "Average" : "Max") + "Pooling" + (step.in().rank() == 2 ? "1D" : "2D")
                    + "(" + name(id) + ")";
        } else if (kind == Catalog.UP_SAMPLING2D) {
            layer = "layers.UpSampling2D(size=" + step.setting(UpSampling2DKind.SIZE) + ", " + name(id) + ")";
        } else if (kind == Catalog.ZERO_PADDING2D) {
            layer = "layers.ZeroPadding2D(padding=" + step.setting(ZeroPadding2DKind.PADDING) + ", " + name(id) + ")";
        } else if (kind == Catalog.FLATTEN) {
            layer = "layers.Flatten(" + name(id) + ")";
        } else if (kind == Catalog.DROPOUT) {
            layer = "layers.Dropout(" + step.number(DropoutKind.RATE) + ", " + name(id) + ")";
        } else if (kind == Catalog.BATCH_NORM) {
            layer = "layers.BatchNormalization(momentum=" + step.number(BatchNormKind.MOMENTUM) + ", epsilon="
                    + step.number(BatchNormKind.EPSILON) + ", " + name(id) + ")";
        } else if (kind == Catalog.LAYER_NORM) {
            layer = "layers.LayerNormalization(epsilon=" + step.number(LayerNormKind.EPSILON) + ", " + name(id) + ")";
        } else if (kind == Catalog.ADD || kind == Catalog.MULTIPLY || kind == Catalog.CONCATENATE) {
            call = "([" + String.join(", ", in) + "])";
            layer = kind == Catalog.ADD ? "layers.Add(" + name(id) + ")" : kind == Catalog.MULTIPLY ? "layers.Multiply(" + name(id) + ")"
                    : concatenation(step, id);
        } else if (kind == Catalog.ACTIVATION) {
            layer = "layers.Activation(\"" + step.activation().id() + "\", " + name(id) + ")";
        } else if (kind == Catalog.OUTPUT) {
            output = id;
            layer = head(id);
        } else {
            layer = sequences.layer(step, id, in.get(0));
            call = "";
        }
        build.add(id + " = " + layer + call);
        variables.put(step.id(), id);
        KerasWeights w = KerasWeights.of(step);
        if (!w.isEmpty()) {
            weights.add("\"" + id + "\": " + w.python() + ",  # " + w.layout());
        }
    }

    /** The Output layer: class probabilities after softmax, the probability of class 1 after sigmoid, or the values as they are. */
    private String head(String id) {
        return switch (bundle.head()) {
            case SOFTMAX -> "layers.Softmax(" + name(id) + ")";
            case SIGMOID -> "layers.Activation(\"sigmoid\", " + name(id) + ")";
            case VALUES -> "layers.Identity(" + name(id) + ")";
        };
    }

    /** The raw input, then the bundle's scaling as a layer of its own when the model has one. */
    private String scaled(String inputId) {
        if (bundle.scaler().scaling() == Scaling.NONE) {
            return inputId;
        }
        usesScaling = true;
        String id = names.of(inputId + "_scaling");
        build.add(id + " = Scaling(INPUT_SHAPE, " + name(id) + ")(" + inputId + ")  # the scaling fitted on the training data");
        weights.add("\"" + id + "\": [arrays[\"scaler/shift\"].reshape(INPUT_SHAPE), arrays[\"scaler/factor\"].reshape(INPUT_SHAPE)],");
        return id;
    }

    /** Conv2D, Conv1D, Conv2DTranspose or DepthwiseConv2D: the settings share their names across the four kinds. */
    private String convolution(LayerPlan.Step step, String id) throws ModelFileException {
        LayerKind kind = step.kind();
        int stride = step.setting(Conv2DKind.STRIDE);
        boolean dilates = kind == Catalog.CONV2D || kind == Catalog.CONV1D;
        int dilation = dilates ? step.setting(Conv2DKind.DILATION) : 1;
        String layer = kind == Catalog.CONV1D ? "Conv1D" : kind == Catalog.CONV2D_TRANSPOSE ? "Conv2DTranspose"
                : kind == Catalog.DEPTHWISE_CONV2D ? "DepthwiseConv2D" : "Conv2D";
        if (stride > 1 && dilation > 1) {
            throw new ModelFileException("Layer " + step.id() + " has stride " + stride + " and dilation " + dilation
                    + ", which Keras's " + layer + " cannot combine: set one of them to 1 to export it to Keras.");
        }
        String filters = kind == Catalog.DEPTHWISE_CONV2D ? "" : step.setting(Conv2DKind.FILTERS) + ", ";
        return "layers." + layer + "(" + filters + "kernel_size=" + step.setting(Conv2DKind.KERNEL) + (stride > 1 ? ", strides=" + stride : "")
                + ", padding=\"" + step.text(Conv2DKind.PADDING) + "\"" + (dilation > 1 ? ", dilation_rate=" + dilation : "")
                + (kind == Catalog.DEPTHWISE_CONV2D ? ", depth_multiplier=" + step.setting(DepthwiseConv2DKind.DEPTH_MULTIPLIER) : "")
                + activation(step) + ", " + name(id) + ")";
    }

    /** The canvas counts axes without the batch, Keras with it; negative axes count from the end in both. */
    private static String concatenation(LayerPlan.Step step, String id) {
        int axis = step.setting(MergeKind.AXIS);
        return "layers.Concatenate(axis=" + (axis < 0 ? axis : axis + 1) + ", " + name(id) + ")";
    }

    /** A Dense or convolution layer's activation argument; Keras's names and defaults are the engine's (leaky_relu's slope 0.2). */
    private static String activation(LayerPlan.Step step) {
        ActivationFunction f = step.activation();
        return f == ActivationFunction.LINEAR ? "" : ", activation=\"" + f.id() + "\"";
    }

    /** The Keras name argument: the layer's variable, its canvas name wherever that is a Python identifier. */
    static String name(String id) {
        return "name=\"" + id + "\"";
    }
}
