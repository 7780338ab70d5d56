package org.neurocanvas.export;

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

    /**
     * The layout a layer needs its input in, or null when any will do (element-wise layers, and
     * Add and Concatenate, which follow their first input).
     */
    static Layout neededBy(LayerPlan.Step step) {
        LayerKind kind = step.kind();
        if (kind == Catalog.CONV2D || kind == Catalog.MAX_POOL2D || kind == Catalog.AVG_POOL2D || kind == Catalog.GLOBAL_AVG_POOL2D
                || kind == Catalog.BATCH_NORM) {
            return CHANNELS_FIRST;
        }
        if (kind == Catalog.FLATTEN || kind == Catalog.DENSE || kind == Catalog.OUTPUT
                || kind == Catalog.ACTIVATION && step.activation() == ActivationFunction.SOFTMAX) {
            return CHANNELS_LAST; // Flatten's order and softmax's axis are those of the channels-last layout
        }
        return null;
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
