package org.neurocanvas.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neurocanvas.model.layers.ActivationKind;
import org.neurocanvas.model.layers.BatchNormKind;
import org.neurocanvas.model.layers.Conv1DKind;
import org.neurocanvas.model.layers.Conv2DKind;
import org.neurocanvas.model.layers.Conv2DTransposeKind;
import org.neurocanvas.model.layers.DenseKind;
import org.neurocanvas.model.layers.DepthwiseConv2DKind;
import org.neurocanvas.model.layers.DropoutKind;
import org.neurocanvas.model.layers.EmbeddingKind;
import org.neurocanvas.model.layers.FlattenKind;
import org.neurocanvas.model.layers.GlobalPoolKind;
import org.neurocanvas.model.layers.GruKind;
import org.neurocanvas.model.layers.InputKind;
import org.neurocanvas.model.layers.LayerNormKind;
import org.neurocanvas.model.layers.LstmKind;
import org.neurocanvas.model.layers.MergeKind;
import org.neurocanvas.model.layers.MultiHeadAttentionKind;
import org.neurocanvas.model.layers.OutputKind;
import org.neurocanvas.model.layers.PoolKind;
import org.neurocanvas.model.layers.PositionalEncodingKind;
import org.neurocanvas.model.layers.SimpleRnnKind;
import org.neurocanvas.model.layers.UpSampling2DKind;
import org.neurocanvas.model.layers.ZeroPadding2DKind;

/** Every kind of layer a person can draw, by id, in palette order. */
public final class Catalog {

    public static final LayerKind INPUT = new InputKind();
    public static final LayerKind DENSE = new DenseKind();
    public static final LayerKind ACTIVATION = new ActivationKind();
    public static final LayerKind OUTPUT = new OutputKind();
    public static final LayerKind FLATTEN = new FlattenKind();
    public static final LayerKind DROPOUT = new DropoutKind();
    public static final LayerKind CONV2D = new Conv2DKind();
    public static final LayerKind MAX_POOL2D = PoolKind.max();
    public static final LayerKind AVG_POOL2D = PoolKind.average();
    public static final LayerKind GLOBAL_AVG_POOL2D = GlobalPoolKind.average();
    public static final LayerKind GLOBAL_MAX_POOL2D = GlobalPoolKind.max();
    public static final LayerKind BATCH_NORM = new BatchNormKind();
    public static final LayerKind ADD = MergeKind.add();
    public static final LayerKind MULTIPLY = MergeKind.multiply();
    public static final LayerKind CONCATENATE = MergeKind.concatenate();
    public static final LayerKind LSTM = new LstmKind();
    public static final LayerKind GRU = new GruKind();
    public static final LayerKind SIMPLE_RNN = new SimpleRnnKind();
    public static final LayerKind EMBEDDING = new EmbeddingKind();
    public static final LayerKind LAYER_NORM = new LayerNormKind();
    public static final LayerKind POSITIONAL_ENCODING = new PositionalEncodingKind();
    public static final LayerKind MULTI_HEAD_ATTENTION = new MultiHeadAttentionKind();
    public static final LayerKind CONV1D = new Conv1DKind();
    public static final LayerKind CONV2D_TRANSPOSE = new Conv2DTransposeKind();
    public static final LayerKind DEPTHWISE_CONV2D = new DepthwiseConv2DKind();
    public static final LayerKind UP_SAMPLING2D = new UpSampling2DKind();
    public static final LayerKind ZERO_PADDING2D = new ZeroPadding2DKind();

    private static final Map<String, LayerKind> KINDS = new LinkedHashMap<>();

    static {
        for (LayerKind k : List.of(INPUT, DENSE, EMBEDDING, FLATTEN, DROPOUT,
                CONV2D, CONV1D, CONV2D_TRANSPOSE, DEPTHWISE_CONV2D, ZERO_PADDING2D,
                MAX_POOL2D, AVG_POOL2D, GLOBAL_AVG_POOL2D, GLOBAL_MAX_POOL2D, UP_SAMPLING2D,
                BATCH_NORM, LAYER_NORM, SIMPLE_RNN, GRU, LSTM, POSITIONAL_ENCODING, MULTI_HEAD_ATTENTION,
                ADD, MULTIPLY, CONCATENATE, ACTIVATION, OUTPUT)) {
            KINDS.put(k.id(), k);
        }
    }

    private Catalog() {
    }

    public static List<LayerKind> kinds() {
        return List.copyOf(KINDS.values());
    }

    /**
     * @throws IllegalArgumentException naming the unknown kind and the known ones
     */
    public static LayerKind byId(String id) {
        LayerKind kind = KINDS.get(id);
        if (kind == null) {
            throw new IllegalArgumentException("Unknown layer kind '" + id + "': expected one of " + String.join(", ", KINDS.keySet()) + ".");
        }
        return kind;
    }
}
