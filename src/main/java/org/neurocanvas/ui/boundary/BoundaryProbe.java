package org.neurocanvas.ui.boundary;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurocanvas.data.Dataset;
import org.neurocanvas.engine.Program;
import org.neurocanvas.engine.SoftmaxCrossEntropy;
import org.neurocanvas.train.Probe;
import org.neurocanvas.train.Trainer;

/**
 * Asks the network, on the training thread between two batches, for its class probabilities over
 * the grid of the plane, and keeps the answer until the FX thread takes it. Only the newest answer
 * is kept: a slow window skips frames, nothing queues up.
 */
public final class BoundaryProbe implements Probe {

    /** The least time between two looks: the boundary moves smoothly and training hardly notices. */
    public static final long INTERVAL_MILLIS = 150;

    private final BoundaryData data;
    private final INDArray grid;
    private final AtomicReference<BoundaryFrame> latest = new AtomicReference<>();

    private BoundaryProbe(BoundaryData data) {
        this.data = data;
        PlaneGrid plane = data.grid();
        grid = Nd4j.create(plane.centres(), new long[] {plane.cells(), 2}, 'c');
    }

    /** A probe over the plane of these training samples; empty when they are not points in the plane. */
    public static Optional<BoundaryProbe> of(Dataset train) {
        return BoundaryData.isPlanar(train.sampleShape()) ? Optional.of(new BoundaryProbe(BoundaryData.of(train)))
                : Optional.empty();
    }

    /** Lets the trainer call this probe while it trains, at a bounded rate. */
    public void installOn(Trainer trainer) {
        trainer.setProbe(this, INTERVAL_MILLIS);
    }

    /** Runs the grid through the network in inference mode; the parameters stay as they are. */
    @Override
    public void look(Program program) {
        INDArray probabilities = SoftmaxCrossEntropy.softmax(program.forward(grid, false));
        int classes = (int) probabilities.size(1);
        // One copy onto the Java heap, cell after cell (row-by-row copies cost a native call each).
        float[] values = Nd4j.toFlattened('c', probabilities).toFloatVector();
        latest.set(new BoundaryFrame(data, classes, values));
    }

    /** The newest frame not yet taken, or null; called on the FX thread. */
    public BoundaryFrame take() {
        return latest.getAndSet(null);
    }
}
