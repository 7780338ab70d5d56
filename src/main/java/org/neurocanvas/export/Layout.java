package org.neurocanvas.export;

import java.util.Set;
import org.neurocanvas.engine.ActivationFunction;
import org.neurocanvas.model.Catalog;
import org.neurocanvas.model.LayerKind;

/**
 * Where the channels of a batch lie. NeuroCanvas keeps them last ([N, H, W, C], as Keras does);
 * ONNX's and PyTorch's convolutions, pooling and batch normalisation want them first ([N, C, H,
 * W]). The exports keep a value in whichever layout it is and transpose only where a layer needs
 * the other, so a convolution stack pays one transpose in and one out. Batches of vectors ([N, C])
 * are the same in both.
 */
enum Layout {
    CHANNELS_LAST, CHANNELS_FIRST;

    /** The kinds whose ONNX and PyTorch operators take channels first. */
    private static final Set<LayerKind> CHANNELS_FIRST_KINDS = Set.of(Catalog.CONV2D, Catalog.CONV1D, Catalog.CONV2D_TRANSPOSE,
            Catalog.DEPTHWISE_CONV2D, Catalog.MAX_POOL2D, Catalog.AVG_POOL2D, Catalog.BATCH_NORM);
    /**
     * The kinds that need NeuroCanvas's own order: Flatten's order, the last axis of Dense, LayerNorm
     * and the Output, and sequences read step by step as [batch, steps, features].
     */
    private static final Set<LayerKind> CHANNELS_LAST_KINDS = Set.of(Catalog.FLATTEN, Catalog.DENSE, Catalog.OUTPUT,
            Catalog.LAYER_NORM, Catalog.EMBEDDING, Catalog.POSITIONAL_ENCODING, Catalog.MULTI_HEAD_ATTENTION, Catalog.LSTM,
            Catalog.GRU, Catalog.SIMPLE_RNN);

    /**
     * The layout a layer needs its input in, or null when any will do (element-wise layers, global
     * pooling, up-sampling and padding, which follow their input, and the merges, which follow
     * their first input).
     */
    static Layout neededBy(LayerPlan.Step step) {
        LayerKind kind = step.kind();
        if (CHANNELS_FIRST_KINDS.contains(kind)) {
            return CHANNELS_FIRST;
        }
        if (CHANNELS_LAST_KINDS.contains(kind) || kind == Catalog.ACTIVATION && step.activation() == ActivationFunction.SOFTMAX) {
            return CHANNELS_LAST; // softmax's axis is that of the channels-last layout
        }
        return null;
    }

    /** The axes of a batch of this rank that are neither the batch nor the channels: height and width, or steps. */
    int[] positionAxes(int rank) {
        int[] axes = new int[rank - 2];
        for (int i = 0; i < axes.length; i++) {
            axes[i] = this == CHANNELS_FIRST ? i + 2 : i + 1;
        }
        return axes;
    }

    /** The axis permutation that turns a batch of this rank from the other layout into this one. */
    int[] permutation(int rank) {
        int[] perm = new int[rank];
        for (int i = 1; i < rank; i++) {
            perm[i] = this == CHANNELS_FIRST ? (i == 1 ? rank - 1 : i - 1) : (i == rank - 1 ? 1 : i + 1);
        }
        return perm;
    }

    /** Where a channels-last array axis (batch included) lies in this layout. */
    int axis(int channelsLastAxis, int rank) {
        if (this == CHANNELS_LAST || channelsLastAxis == 0) {
            return channelsLastAxis;
        }
        return channelsLastAxis == rank - 1 ? 1 : channelsLastAxis + 1;
    }
}
