package org.neurocanvas.compile;

import java.util.EnumSet;
import java.util.Set;
import org.nd4j.linalg.api.buffer.DataType;
import org.neurocanvas.engine.Activation;
import org.neurocanvas.engine.ActivationFunction;
import org.neurocanvas.engine.Add;
import org.neurocanvas.engine.BatchNorm;
import org.neurocanvas.engine.Concatenate;
import org.neurocanvas.engine.Conv2D;
import org.neurocanvas.engine.Dense;
import org.neurocanvas.engine.Dropout;
import org.neurocanvas.engine.GlobalAveragePool;
import org.neurocanvas.engine.Initializer;
import org.neurocanvas.engine.Lstm;
import org.neurocanvas.engine.Op;
import org.neurocanvas.engine.Padding;
import org.neurocanvas.engine.Pool2D;
import org.neurocanvas.engine.Program;
import org.neurocanvas.engine.Reshape;
import org.neurocanvas.model.Analysis;
import org.neurocanvas.model.Catalog;
import org.neurocanvas.model.LayerKind;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.model.Shape;
import org.neurocanvas.model.layers.ActivationKind;
import org.neurocanvas.model.layers.BatchNormKind;
import org.neurocanvas.model.layers.Conv2DKind;
import org.neurocanvas.model.layers.DenseKind;
import org.neurocanvas.model.layers.DropoutKind;
import org.neurocanvas.model.layers.LstmKind;
import org.neurocanvas.model.layers.MergeKind;
import org.neurocanvas.model.layers.PoolKind;

/**
 * One rule per layer kind: which engine ops a layer on the canvas becomes. Every layer's final
 * value is readable under the layer's own name ({@code Program.output("conv2d_1")}, after its
 * activation, as the canvas shows it); intermediate nodes get suffixes such as {@code /linear}.
 */
final class LayerRules {

    /** Activations after which He initialisation keeps the variance; the others get Glorot. */
    private static final Set<ActivationFunction> RECTIFIERS = EnumSet.of(ActivationFunction.RELU,
            ActivationFunction.LEAKY_RELU, ActivationFunction.ELU, ActivationFunction.GELU, ActivationFunction.SILU);

    private final Program.Builder builder;
    private final Analysis analysis;
    private final long seed;
    private final DataType type;

    LayerRules(Program.Builder builder, Analysis analysis, long seed, DataType type) {
        this.builder = builder;
        this.analysis = analysis;
        this.seed = seed;
        this.type = type;
    }

    /**
     * Adds the ops of one layer.
     *
     * @param from program node indices of the layer's inputs, in port order
     * @param fromIds layer ids of those inputs, in the same order
     * @return the index of the node holding the layer's value
     */
    int add(LayerNode node, int[] from, String[] fromIds) throws CompileException {
        LayerKind kind = node.kind();
        String id = node.id();
        if (kind == Catalog.INPUT) {
            int input = builder.input(id);
            Shape shape = analysis.layer(id).shape();
            // Data may arrive as flat rows; images are laid out as the Input declares them.
            return shape.rank() > 1 ? builder.add(id + "/reshape", Reshape.to(longs(shape)), input) : input;
        }
        Shape in = analysis.layer(fromIds[0]).shape();
        if (kind == Catalog.DENSE) {
            ActivationFunction f = activation(node.textSetting(DenseKind.ACTIVATION));
            Dense dense = new Dense(id, (int) in.size(), node.intSetting(DenseKind.UNITS), type,
                    initializer(f), layerSeed(id));
            return withActivation(id, dense, f, from[0]);
        } else if (kind == Catalog.CONV2D) {
            ActivationFunction f = activation(node.textSetting(Conv2DKind.ACTIVATION));
            Conv2D conv = new Conv2D(id, in.dim(2), node.intSetting(Conv2DKind.FILTERS), node.intSetting(Conv2DKind.KERNEL),
                    node.intSetting(Conv2DKind.STRIDE), node.intSetting(Conv2DKind.DILATION),
                    Padding.parse(node.textSetting(Conv2DKind.PADDING)), type, initializer(f), layerSeed(id));
            return withActivation(id, conv, f, from[0]);
        } else if (kind == Catalog.LSTM) {
            return builder.add(id, new Lstm(id, in.dim(1), node.intSetting(LstmKind.UNITS),
                    LstmKind.SEQUENCE.equals(node.textSetting(LstmKind.RETURNS)), type, layerSeed(id)), from[0]);
        } else if (kind == Catalog.MAX_POOL2D || kind == Catalog.AVG_POOL2D) {
            Pool2D.Kind summary = kind == Catalog.MAX_POOL2D ? Pool2D.Kind.MAX : Pool2D.Kind.AVERAGE;
            return builder.add(id, new Pool2D(summary, node.intSetting(PoolKind.POOL), node.intSetting(PoolKind.STRIDE),
                    Padding.parse(node.textSetting(PoolKind.PADDING))), from[0]);
        }
        return builder.add(id, simpleOp(node, in), from);
    }

    /** The kinds that become a single op with no activation. */
    private Op simpleOp(LayerNode node, Shape in) throws CompileException {
        LayerKind kind = node.kind();
        if (kind == Catalog.ACTIVATION) {
            return new Activation(activation(node.textSetting(ActivationKind.FUNCTION)));
        } else if (kind == Catalog.GLOBAL_AVG_POOL2D) {
            return new GlobalAveragePool();
        } else if (kind == Catalog.FLATTEN) {
            return Reshape.flatten();
        } else if (kind == Catalog.DROPOUT) {
            return new Dropout(node.doubleSetting(DropoutKind.RATE), layerSeed(node.id()));
        } else if (kind == Catalog.BATCH_NORM) {
            return new BatchNorm(node.id(), in.dim(in.rank() - 1), node.doubleSetting(BatchNormKind.MOMENTUM),
                    node.doubleSetting(BatchNormKind.EPSILON), type);
        } else if (kind == Catalog.ADD) {
            return new Add();
        } else if (kind == Catalog.CONCATENATE) {
            return new Concatenate(node.intSetting(MergeKind.AXIS));
        }
        throw new CompileException(node.id() + ": the engine cannot train " + kind.id() + " layers yet.");
    }

    /** Adds a layer with weights; its activation, unless linear, follows as a node of its own. */
    private int withActivation(String id, Op layer, ActivationFunction f, int from) {
        if (f == ActivationFunction.LINEAR) {
            return builder.add(id, layer, from);
        }
        int linear = builder.add(id + "/linear", layer, from);
        return builder.add(id, new Activation(f), linear);
    }

    /** Each layer draws from its own stream of the seed, so adding a layer elsewhere leaves its weights alone. */
    private long layerSeed(String id) {
        return seed * 31 + id.hashCode();
    }

    private static Initializer initializer(ActivationFunction f) {
        return RECTIFIERS.contains(f) ? Initializer.HE_UNIFORM : Initializer.GLOROT_UNIFORM;
    }

    private static ActivationFunction activation(String id) throws CompileException {
        try {
            return ActivationFunction.parse(id);
        } catch (IllegalArgumentException e) {
            throw new CompileException(e.getMessage());
        }
    }

    private static long[] longs(Shape shape) {
        long[] dims = new long[shape.rank()];
        for (int i = 0; i < dims.length; i++) {
            dims[i] = shape.dim(i);
        }
        return dims;
    }
}
