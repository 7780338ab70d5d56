package org.neurocanvas.compile;

import java.util.EnumSet;
import java.util.Set;
import org.nd4j.linalg.api.buffer.DataType;
import org.neurocanvas.engine.Activation;
import org.neurocanvas.engine.ActivationFunction;
import org.neurocanvas.engine.Add;
import org.neurocanvas.engine.BatchNorm;
import org.neurocanvas.engine.Bidirectional;
import org.neurocanvas.engine.Concatenate;
import org.neurocanvas.engine.Conv1D;
import org.neurocanvas.engine.Conv2D;
import org.neurocanvas.engine.Conv2DTranspose;
import org.neurocanvas.engine.Dense;
import org.neurocanvas.engine.DepthwiseConv2D;
import org.neurocanvas.engine.Dropout;
import org.neurocanvas.engine.Embedding;
import org.neurocanvas.engine.GlobalAveragePool;
import org.neurocanvas.engine.GlobalMaxPool;
import org.neurocanvas.engine.Gru;
import org.neurocanvas.engine.Initializer;
import org.neurocanvas.engine.LayerNorm;
import org.neurocanvas.engine.Lstm;
import org.neurocanvas.engine.MultiHeadSelfAttention;
import org.neurocanvas.engine.Multiply;
import org.neurocanvas.engine.Op;
import org.neurocanvas.engine.Padding;
import org.neurocanvas.engine.Pool2D;
import org.neurocanvas.engine.PositionalEncoding;
import org.neurocanvas.engine.Program;
import org.neurocanvas.engine.Reshape;
import org.neurocanvas.engine.SimpleRnn;
import org.neurocanvas.engine.UpSampling2D;
import org.neurocanvas.engine.ZeroPadding2D;
import org.neurocanvas.model.Analysis;
import org.neurocanvas.model.Catalog;
import org.neurocanvas.model.LayerKind;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.model.Shape;
import org.neurocanvas.model.layers.ActivationKind;
import org.neurocanvas.model.layers.BatchNormKind;
import org.neurocanvas.model.layers.Conv1DKind;
import org.neurocanvas.model.layers.Conv2DKind;
import org.neurocanvas.model.layers.Conv2DTransposeKind;
import org.neurocanvas.model.layers.DenseKind;
import org.neurocanvas.model.layers.DepthwiseConv2DKind;
import org.neurocanvas.model.layers.DropoutKind;
import org.neurocanvas.model.layers.EmbeddingKind;
import org.neurocanvas.model.layers.LayerNormKind;
import org.neurocanvas.model.layers.MergeKind;
import org.neurocanvas.model.layers.MultiHeadAttentionKind;
import org.neurocanvas.model.layers.PoolKind;
import org.neurocanvas.model.layers.PositionalEncodingKind;
import org.neurocanvas.model.layers.RecurrentKind;
import org.neurocanvas.model.layers.UpSampling2DKind;
import org.neurocanvas.model.layers.ZeroPadding2DKind;

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
            // On a sequence Dense acts on the last axis, step by step, as in Keras.
            Dense dense = new Dense(id, in.dim(in.rank() - 1), node.intSetting(DenseKind.UNITS), type,
                    initializer(f), layerSeed(id));
            return withActivation(id, dense, f, from[0]);
        } else if (kind == Catalog.CONV2D) {
            ActivationFunction f = activation(node.textSetting(Conv2DKind.ACTIVATION));
            Conv2D conv = new Conv2D(id, in.dim(2), node.intSetting(Conv2DKind.FILTERS), node.intSetting(Conv2DKind.KERNEL),
                    node.intSetting(Conv2DKind.STRIDE), node.intSetting(Conv2DKind.DILATION),
                    Padding.parse(node.textSetting(Conv2DKind.PADDING)), type, initializer(f), layerSeed(id));
            return withActivation(id, conv, f, from[0]);
        } else if (kind == Catalog.CONV1D) {
            ActivationFunction f = activation(node.textSetting(Conv1DKind.ACTIVATION));
            Conv1D conv = new Conv1D(id, in.dim(1), node.intSetting(Conv1DKind.FILTERS), node.intSetting(Conv1DKind.KERNEL),
                    node.intSetting(Conv1DKind.STRIDE), node.intSetting(Conv1DKind.DILATION),
                    Padding.parse(node.textSetting(Conv1DKind.PADDING)), type, initializer(f), layerSeed(id));
            return withActivation(id, conv, f, from[0]);
        } else if (kind == Catalog.CONV2D_TRANSPOSE) {
            ActivationFunction f = activation(node.textSetting(Conv2DTransposeKind.ACTIVATION));
            Conv2DTranspose conv = new Conv2DTranspose(id, in.dim(2), node.intSetting(Conv2DTransposeKind.FILTERS),
                    node.intSetting(Conv2DTransposeKind.KERNEL), node.intSetting(Conv2DTransposeKind.STRIDE),
                    Padding.parse(node.textSetting(Conv2DTransposeKind.PADDING)), type, initializer(f), layerSeed(id));
            return withActivation(id, conv, f, from[0]);
        } else if (kind == Catalog.DEPTHWISE_CONV2D) {
            ActivationFunction f = activation(node.textSetting(DepthwiseConv2DKind.ACTIVATION));
            DepthwiseConv2D conv = new DepthwiseConv2D(id, in.dim(2), node.intSetting(DepthwiseConv2DKind.DEPTH_MULTIPLIER),
                    node.intSetting(DepthwiseConv2DKind.KERNEL), node.intSetting(DepthwiseConv2DKind.STRIDE),
                    Padding.parse(node.textSetting(DepthwiseConv2DKind.PADDING)), type, initializer(f), layerSeed(id));
            return withActivation(id, conv, f, from[0]);
        } else if (kind == Catalog.LSTM || kind == Catalog.GRU || kind == Catalog.SIMPLE_RNN) {
            Op recurrent = node.booleanSetting(RecurrentKind.BIDIRECTIONAL)
                    ? new Bidirectional(recurrent(node, id + "/forward", in), recurrent(node, id + "/backward", in))
                    : recurrent(node, id, in);
            return builder.add(id, recurrent, from[0]);
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
        } else if (kind == Catalog.MULTIPLY) {
            return new Multiply();
        } else if (kind == Catalog.GLOBAL_MAX_POOL2D) {
            return new GlobalMaxPool();
        } else if (kind == Catalog.LAYER_NORM) {
            return new LayerNorm(node.id(), in.dim(in.rank() - 1), node.doubleSetting(LayerNormKind.EPSILON), type);
        } else if (kind == Catalog.EMBEDDING) {
            return new Embedding(node.id(), node.intSetting(EmbeddingKind.VOCABULARY), node.intSetting(EmbeddingKind.DIMENSION),
                    type, layerSeed(node.id()));
        } else if (kind == Catalog.POSITIONAL_ENCODING) {
            return PositionalEncodingKind.LEARNED.equals(node.textSetting(PositionalEncodingKind.TYPE))
                    ? PositionalEncoding.learned(node.id(), in.dim(0), in.dim(1), type, layerSeed(node.id()))
                    : PositionalEncoding.sinusoidal(in.dim(0), in.dim(1));
        } else if (kind == Catalog.MULTI_HEAD_ATTENTION) {
            return new MultiHeadSelfAttention(node.id(), in.dim(1), node.intSetting(MultiHeadAttentionKind.HEADS),
                    node.booleanSetting(MultiHeadAttentionKind.CAUSAL), type, layerSeed(node.id()));
        } else if (kind == Catalog.UP_SAMPLING2D) {
            return new UpSampling2D(node.intSetting(UpSampling2DKind.SIZE));
        } else if (kind == Catalog.ZERO_PADDING2D) {
            int p = node.intSetting(ZeroPadding2DKind.PADDING);
            return new ZeroPadding2D(p, p, p, p);
        }
        throw new CompileException(node.id() + ": the engine cannot train " + kind.id() + " layers yet.");
    }

    /** One direction of a recurrent layer: an LSTM, a GRU or a simple RNN over steps x features. */
    private Op recurrent(LayerNode node, String name, Shape in) {
        int units = node.intSetting(RecurrentKind.UNITS);
        boolean sequence = RecurrentKind.SEQUENCE.equals(node.textSetting(RecurrentKind.RETURNS));
        if (node.kind() == Catalog.GRU) {
            return new Gru(name, in.dim(1), units, sequence, type, layerSeed(name));
        } else if (node.kind() == Catalog.SIMPLE_RNN) {
            return new SimpleRnn(name, in.dim(1), units, sequence, type, layerSeed(name));
        }
        return new Lstm(name, in.dim(1), units, sequence, type, layerSeed(name));
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
