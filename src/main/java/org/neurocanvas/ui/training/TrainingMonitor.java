package org.neurocanvas.ui.training;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart;
import org.neurocanvas.train.TrainingEvent;
import org.neurocanvas.train.TrainingEvent.BatchEnd;
import org.neurocanvas.train.TrainingEvent.EpochEnd;
import org.neurocanvas.train.TrainingEvent.Finished;
import org.neurocanvas.train.TrainingListener;

/**
 * The view model of a training run: collects {@link TrainingEvent}s from any thread and, on
 * each {@link #flush()}, shows what arrived since the last one as properties and chart series.
 *
 * <p>Events are coalesced: a flush adds at most one point per train series for all the batches
 * that ended since the last flush, and at most {@value #MAX_EPOCHS_PER_FLUSH} epoch-end points,
 * so the cost of a flush does not depend on how fast training runs. Series longer than
 * {@value #MAX_POINTS} points are thinned. Everything except {@link #onEvent} belongs to the FX
 * thread; it holds no node, so it is tested without a window.
 */
public final class TrainingMonitor implements TrainingListener {

    /** A series longer than this loses every other interior point. */
    public static final int MAX_POINTS = 2_000;
    /** Epoch ends shown by one flush; more than this are evenly sampled, the last always kept. */
    public static final int MAX_EPOCHS_PER_FLUSH = 4;

    private final Object lock = new Object();
    /** Guarded by {@link #lock}: what the training thread delivered since the last flush. */
    private BatchEnd pendingBatch;
    private final List<EpochEnd> pendingEpochs = new ArrayList<>();
    private TrainingEvent pendingEnd;

    private final ObservableList<XYChart.Data<Number, Number>> trainLoss = FXCollections.observableArrayList();
    private final ObservableList<XYChart.Data<Number, Number>> validationLoss = FXCollections.observableArrayList();
    private final ObservableList<XYChart.Data<Number, Number>> trainAccuracy = FXCollections.observableArrayList();
    private final ObservableList<XYChart.Data<Number, Number>> validationAccuracy = FXCollections.observableArrayList();
    /** Read-only views for the charts, made once so every caller shares them. */
    private final ObservableList<XYChart.Data<Number, Number>> trainLossView = FXCollections.unmodifiableObservableList(trainLoss);
    private final ObservableList<XYChart.Data<Number, Number>> validationLossView =
            FXCollections.unmodifiableObservableList(validationLoss);
    private final ObservableList<XYChart.Data<Number, Number>> trainAccuracyView =
            FXCollections.unmodifiableObservableList(trainAccuracy);
    private final ObservableList<XYChart.Data<Number, Number>> validationAccuracyView =
            FXCollections.unmodifiableObservableList(validationAccuracy);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper epochText = new ReadOnlyStringWrapper(this, "epochText", "");
    private final ReadOnlyStringWrapper metricsText = new ReadOnlyStringWrapper(this, "metricsText", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyIntegerWrapper totalEpochs = new ReadOnlyIntegerWrapper(this, "totalEpochs", 0);
    private final ReadOnlyObjectWrapper<TrainingEvent> ending = new ReadOnlyObjectWrapper<>(this, "end");

    /** The latest figures shown in the metrics text; the validation ones stay until the next epoch ends. */
    private double loss = Double.NaN;
    private double accuracy = Double.NaN;
    private double valLoss = Double.NaN;
    private double valAccuracy = Double.NaN;

    /** Takes an event from any thread; it shows at the next {@link #flush()}. */
    @Override
    public void onEvent(TrainingEvent event) {
        synchronized (lock) {
            if (event instanceof BatchEnd batch) {
                pendingBatch = batch;
            } else if (event instanceof EpochEnd epoch) {
                pendingEpochs.add(epoch);
            } else {
                pendingEnd = event;
            }
        }
    }

    /** Shows what arrived since the last flush; call it on the FX thread at a bounded rate. */
    public void flush() {
        BatchEnd batch;
        List<EpochEnd> epochs;
        TrainingEvent end;
        synchronized (lock) {
            batch = pendingBatch;
            epochs = sample(pendingEpochs);
            end = pendingEnd;
            pendingBatch = null;
            pendingEpochs.clear();
            pendingEnd = null;
        }
        epochs.forEach(this::showEpoch);
        // The last batch of an epoch sits exactly where its epoch-end point already is.
        if (batch != null && (trainLoss.isEmpty() || batch.progress() > lastX(trainLoss))) {
            showBatch(batch);
        }
        if (batch != null || !epochs.isEmpty()) {
            metricsText.set(TrainingTexts.metrics(loss, accuracy, valLoss, valAccuracy));
        }
        if (end != null) {
            showEnd(end);
        }
    }

    /** Clears the charts, texts and anything not yet flushed, ready for a new run. */
    public void reset() {
        synchronized (lock) {
            pendingBatch = null;
            pendingEpochs.clear();
            pendingEnd = null;
        }
        List.of(trainLoss, validationLoss, trainAccuracy, validationAccuracy).forEach(List::clear);
        loss = accuracy = valLoss = valAccuracy = Double.NaN;
        progress.set(0);
        epochText.set("");
        metricsText.set("");
        running.set(false);
        status.set("");
        ending.set(null);
    }

    /** Resets and marks a run as under way; progress stays indeterminate until the first batch ends. */
    public void begin() {
        reset();
        running.set(true);
        progress.set(-1);
        epochText.set("Starting…");
        status.set("Training: Stop ends the run after the current batch.");
    }

    private void showEpoch(EpochEnd e) {
        add(trainLoss, e.epoch(), e.loss());
        add(trainAccuracy, e.epoch(), e.accuracy());
        add(validationLoss, e.epoch(), e.valLoss());
        add(validationAccuracy, e.epoch(), e.valAccuracy());
        loss = e.loss();
        accuracy = e.accuracy();
        valLoss = e.valLoss();
        valAccuracy = e.valAccuracy();
        progress.set((double) e.epoch() / e.epochs());
        totalEpochs.set(e.epochs());
        epochText.set(TrainingTexts.epoch(e.epoch(), e.epochs()));
    }

    private void showBatch(BatchEnd b) {
        add(trainLoss, b.progress(), b.loss());
        add(trainAccuracy, b.progress(), b.accuracy());
        loss = b.loss();
        accuracy = b.accuracy();
        progress.set(b.progress() / b.epochs());
        totalEpochs.set(b.epochs());
        epochText.set(TrainingTexts.epoch(b.epoch(), b.epochs()));
    }

    private void showEnd(TrainingEvent end) {
        if (progress.get() < 0) {
            // No batch ever ended: nothing of "Starting…" should remain.
            progress.set(0);
            epochText.set("");
        }
        if (end instanceof Finished f && !f.stopped()) {
            progress.set(1);
        }
        running.set(false);
        status.set(TrainingTexts.ending(end));
        ending.set(end);
    }

    /** At most {@link #MAX_EPOCHS_PER_FLUSH} evenly spaced epoch ends, ending with the last. */
    private static List<EpochEnd> sample(List<EpochEnd> epochs) {
        int n = epochs.size();
        if (n <= MAX_EPOCHS_PER_FLUSH) {
            return List.copyOf(epochs);
        }
        List<EpochEnd> kept = new ArrayList<>(MAX_EPOCHS_PER_FLUSH);
        for (int k = 1; k <= MAX_EPOCHS_PER_FLUSH; k++) {
            kept.add(epochs.get(k * n / MAX_EPOCHS_PER_FLUSH - 1));
        }
        return kept;
    }

    /** Appends a point, skipping values a chart cannot draw (no validation set gives NaN). */
    private static void add(ObservableList<XYChart.Data<Number, Number>> series, double x, double y) {
        if (!Double.isFinite(y)) {
            return;
        }
        series.add(new XYChart.Data<>(x, y));
        if (series.size() > MAX_POINTS) {
            thin(series);
        }
    }

    /** Halves a long series in one change, keeping its first and last points, so long runs stay fast to draw. */
    static void thin(ObservableList<XYChart.Data<Number, Number>> series) {
        List<XYChart.Data<Number, Number>> kept = new ArrayList<>(series.size() / 2 + 1);
        for (int i = 0; i < series.size() - 1; i += 2) {
            kept.add(copy(series.get(i)));
        }
        kept.add(copy(series.get(series.size() - 1)));
        series.setAll(kept);
    }

    /** A chart ties each data item to one series; fresh items avoid re-adding removed ones. */
    private static XYChart.Data<Number, Number> copy(XYChart.Data<Number, Number> d) {
        return new XYChart.Data<>(d.getXValue(), d.getYValue());
    }

    private static double lastX(List<XYChart.Data<Number, Number>> series) {
        return series.get(series.size() - 1).getXValue().doubleValue();
    }

    /** Training loss per epoch (x in epochs; grows within an epoch). */
    public ObservableList<XYChart.Data<Number, Number>> trainLoss() {
        return trainLossView;
    }

    /** Validation loss, one point per epoch end. */
    public ObservableList<XYChart.Data<Number, Number>> validationLoss() {
        return validationLossView;
    }

    /** Training accuracy as a fraction 0..1 (x in epochs; grows within an epoch). */
    public ObservableList<XYChart.Data<Number, Number>> trainAccuracy() {
        return trainAccuracyView;
    }

    /** Validation accuracy as a fraction 0..1, one point per epoch end. */
    public ObservableList<XYChart.Data<Number, Number>> validationAccuracy() {
        return validationAccuracyView;
    }

    /** How far the run is, 0..1; -1 (indeterminate) while it starts. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Epochs the current run will train: the charts span them from the first batch on. */
    public ReadOnlyIntegerProperty totalEpochsProperty() {
        return totalEpochs.getReadOnlyProperty();
    }

    /** "Epoch 12 / 200" while a run is under way. */
    public ReadOnlyStringProperty epochTextProperty() {
        return epochText.getReadOnlyProperty();
    }

    /** "loss 0.4121 · acc 84.3% · val_loss 0.4410 · val_acc 83.0%", empty before the first batch. */
    public ReadOnlyStringProperty metricsTextProperty() {
        return metricsText.getReadOnlyProperty();
    }

    /** True from {@link #begin()} until the end of the run has been flushed. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** How the last run ended ({@link Finished} or {@link TrainingEvent.Failed}); null before it ends. */
    public ReadOnlyObjectProperty<TrainingEvent> endProperty() {
        return ending.getReadOnlyProperty();
    }

    /** Whether a run is under way. */
    public boolean isRunning() {
        return running.get();
    }

    /** The sentence that ends a run (finished, stopped or failed); empty while a run goes on. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
