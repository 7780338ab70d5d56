package org.neurocanvas.ui.training;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.NumberBinding;
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
    private final ObservableList<XYChart.Data<Number, Number>> learningRate = FXCollections.observableArrayList();
    private final ObservableList<XYChart.Data<Number, Number>> batchLoss = FXCollections.observableArrayList();
    private final ObservableList<XYChart.Data<Number, Number>> batchAccuracy = FXCollections.observableArrayList();
    /** Read-only views for the charts, made once so every caller shares them. */
    private final ObservableList<XYChart.Data<Number, Number>> trainLossView = FXCollections.unmodifiableObservableList(trainLoss);
    private final ObservableList<XYChart.Data<Number, Number>> validationLossView =
            FXCollections.unmodifiableObservableList(validationLoss);
    private final ObservableList<XYChart.Data<Number, Number>> trainAccuracyView =
            FXCollections.unmodifiableObservableList(trainAccuracy);
    private final ObservableList<XYChart.Data<Number, Number>> validationAccuracyView =
            FXCollections.unmodifiableObservableList(validationAccuracy);
    private final ObservableList<XYChart.Data<Number, Number>> learningRateView = FXCollections.unmodifiableObservableList(learningRate);
    private final ObservableList<XYChart.Data<Number, Number>> batchLossView = FXCollections.unmodifiableObservableList(batchLoss);
    private final ObservableList<XYChart.Data<Number, Number>> batchAccuracyView =
            FXCollections.unmodifiableObservableList(batchAccuracy);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper epochText = new ReadOnlyStringWrapper(this, "epochText", "");
    private final ReadOnlyStringWrapper metricsText = new ReadOnlyStringWrapper(this, "metricsText", "");
    private final ReadOnlyStringWrapper paceText = new ReadOnlyStringWrapper(this, "paceText", "");
    private final Pace pace = new Pace();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyIntegerWrapper totalEpochs = new ReadOnlyIntegerWrapper(this, "totalEpochs", 0);
    private final ReadOnlyIntegerWrapper comparedEpochs = new ReadOnlyIntegerWrapper(this, "comparedEpochs", 0);
    /** The epochs the project plans: the span of the charts until a run has begun. */
    private final ReadOnlyIntegerWrapper plannedEpochs = new ReadOnlyIntegerWrapper(this, "plannedEpochs", 0);
    private final NumberBinding spanEpochs = Bindings.createIntegerBinding(
            () -> Math.max(totalEpochs.get() > 0 ? totalEpochs.get() : plannedEpochs.get(), comparedEpochs.get()),
            totalEpochs, plannedEpochs, comparedEpochs);
    private final ReadOnlyObjectWrapper<TrainingEvent> ending = new ReadOnlyObjectWrapper<>(this, "end");
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper(this, "paused", false);
    private final ReadOnlyBooleanWrapper accuracyKnown = new ReadOnlyBooleanWrapper(this, "accuracyKnown", true);
    private final ReadOnlyBooleanWrapper rateVaries = new ReadOnlyBooleanWrapper(this, "rateVaries", false);
    /** The rate of the first batch shown, NaN before it. */
    private double firstRate = Double.NaN;
    private final ObservableList<RateChange> rateChanges = FXCollections.observableArrayList();
    private final ObservableList<RateChange> rateChangesView = FXCollections.unmodifiableObservableList(rateChanges);
    /** Where the shown training is, in epochs, and the epoch of its last batch. */
    private double position;
    private int epoch;
    private int epochs;

    /** The latest figures shown in the metrics text; the validation ones stay until the next epoch ends. */
    private double loss = Double.NaN;
    private double accuracy = Double.NaN;
    private double valLoss = Double.NaN;
    private double valAccuracy = Double.NaN;
    /** The epoch whose mean {@link #loss} is, or 0 while it is the smoothed loss of the latest batches. */
    private int lossEpoch;
    /** The epoch after which the validation figures were measured. */
    private int valEpoch;

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
            epochs = ChartSeries.sample(pendingEpochs, MAX_EPOCHS_PER_FLUSH);
            end = pendingEnd;
            pendingBatch = null;
            pendingEpochs.clear();
            pendingEnd = null;
        }
        epochs.forEach(this::showEpoch);
        // A batch that ended before an epoch end shown in this flush is already past.
        if (batch != null && batch.progress() > position) {
            showBatch(batch);
        }
        if (batch != null || !epochs.isEmpty()) {
            metricsText.set(TrainingTexts.metrics(loss, accuracy, lossEpoch, valLoss, valAccuracy, valEpoch));
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
        List.of(trainLoss, validationLoss, trainAccuracy, validationAccuracy, learningRate, batchLoss, batchAccuracy)
                .forEach(List::clear);
        accuracyKnown.set(true);
        rateVaries.set(false);
        firstRate = Double.NaN;
        loss = accuracy = valLoss = valAccuracy = Double.NaN;
        lossEpoch = valEpoch = 0;
        progress.set(0);
        epochText.set("");
        metricsText.set("");
        paceText.set("");
        pace.reset();
        running.set(false);
        status.set("");
        ending.set(null);
        paused.set(false);
        rateChanges.clear();
        position = 0;
        epoch = epochs = 0;
    }

    /** Resets and marks a run as under way; progress stays indeterminate until the first batch ends. */
    public void begin() {
        reset();
        running.set(true);
        progress.set(-1);
        epochText.set("Starting…");
        status.set(TrainingTexts.TRAINING);
    }

    /**
     * Shows that the run is held between two batches: "Paused at epoch N", N following the steps
     * taken while held; does nothing unless running.
     */
    public void showPaused() {
        if (running.get()) {
            paused.set(true);
            epochText.set("Paused at epoch " + Math.max(1, epoch));
            status.set(TrainingTexts.PAUSED);
        }
    }

    /** Shows that a paused run goes on again; does nothing unless paused. */
    public void showResumed() {
        if (paused.get()) {
            paused.set(false);
            epochText.set(epochs == 0 ? "Starting…" : TrainingTexts.epoch(epoch, epochs));
            status.set(TrainingTexts.TRAINING);
        }
    }

    /**
     * Records a learning rate applied during the run, at the training shown so far: the trainer
     * uses it from its next batch.
     *
     * @return the change, as the charts mark it
     */
    public RateChange markRateChange(double rate) {
        RateChange change = new RateChange(position, rate);
        rateChanges.add(change);
        return change;
    }

    private void showEpoch(EpochEnd e) {
        // Batches already drew this epoch's smoothed train curve; its mean, pulled up by the early
        // batches, would only add a tick. The mean stands in when no batch of the epoch was drawn.
        if (trainLoss.isEmpty() || ChartSeries.lastX(trainLoss) <= e.epoch() - 1) {
            ChartSeries.add(trainLoss, e.epoch(), e.loss(), MAX_POINTS);
            ChartSeries.add(trainAccuracy, e.epoch(), e.accuracy(), MAX_POINTS);
            ChartSeries.add(learningRate, e.epoch(), e.learningRate(), MAX_POINTS);
            noteRate(e.learningRate());
        }
        accuracyKnown.set(!Double.isNaN(e.accuracy()));
        ChartSeries.add(validationLoss, e.epoch(), e.valLoss(), MAX_POINTS);
        ChartSeries.add(validationAccuracy, e.epoch(), e.valAccuracy(), MAX_POINTS);
        loss = e.loss();
        accuracy = e.accuracy();
        lossEpoch = e.epoch();
        valEpoch = e.epoch();
        valLoss = e.valLoss();
        valAccuracy = e.valAccuracy();
        progress.set((double) e.epoch() / e.epochs());
        totalEpochs.set(e.epochs());
        epochText.set(TrainingTexts.epoch(e.epoch(), e.epochs()));
        position = e.epoch();
        epoch = e.epoch();
        epochs = e.epochs();
    }

    private void noteRate(double rate) {
        if (Double.isNaN(firstRate)) {
            firstRate = rate;
        } else if (!Double.isNaN(rate) && rate != firstRate) {
            rateVaries.set(true);
        }
    }

    private void showBatch(BatchEnd b) {
        ChartSeries.add(trainLoss, b.progress(), b.loss(), MAX_POINTS);
        ChartSeries.add(trainAccuracy, b.progress(), b.accuracy(), MAX_POINTS);
        ChartSeries.add(learningRate, b.progress(), b.learningRate(), MAX_POINTS);
        ChartSeries.add(batchLoss, b.progress(), b.batchLoss(), MAX_POINTS);
        ChartSeries.add(batchAccuracy, b.progress(), b.batchAccuracy(), MAX_POINTS);
        noteRate(b.learningRate());
        accuracyKnown.set(!Double.isNaN(b.accuracy()));
        loss = b.loss();
        accuracy = b.accuracy();
        lossEpoch = 0;
        paceText.set(pace.observe(b.progress(), System.nanoTime(), b.batch(), b.batches(), b.epochs()));
        progress.set(b.progress() / b.epochs());
        totalEpochs.set(b.epochs());
        epochText.set(TrainingTexts.epoch(b.epoch(), b.epochs()));
        position = b.progress();
        epoch = b.epoch();
        epochs = b.epochs();
    }

    private void showEnd(TrainingEvent end) {
        paceText.set("");
        if (progress.get() < 0) {
            // No batch ever ended: nothing of "Starting…" should remain.
            progress.set(0);
            epochText.set("");
        }
        if (end instanceof Finished f && !f.stopped()) {
            progress.set(1);
        }
        if (paused.get()) {
            paused.set(false);
            epochText.set(epochs == 0 ? "" : TrainingTexts.epoch(epoch, epochs));
        }
        running.set(false);
        status.set(TrainingTexts.ending(end));
        ending.set(end);
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

    /**
     * The loss of the single batch each flush shows, before smoothing (x in epochs): a sample of the
     * noise that the smoothed curve irons out.
     */
    public ObservableList<XYChart.Data<Number, Number>> batchLoss() {
        return batchLossView;
    }

    /** The accuracy of the single batch each flush shows, before smoothing (x in epochs). */
    public ObservableList<XYChart.Data<Number, Number>> batchAccuracy() {
        return batchAccuracyView;
    }

    /** The learning rate each shown batch stepped with (x in epochs), so a schedule is seen working. */
    public ObservableList<XYChart.Data<Number, Number>> learningRate() {
        return learningRateView;
    }

    /**
     * False once the run shows that it has no accuracy: a regression or a reconstruction, which
     * predicts numbers rather than classes; true before its first batch ends.
     */
    public ReadOnlyBooleanProperty accuracyKnownProperty() {
        return accuracyKnown.getReadOnlyProperty();
    }

    /** True once the run has shown two different learning rates: a schedule, a warm-up or a change by hand. */
    public ReadOnlyBooleanProperty rateVariesProperty() {
        return rateVaries.getReadOnlyProperty();
    }

    /** How far the run is, 0..1; -1 (indeterminate) while it starts. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The project's planned epochs, which the charts span before the first run. */
    public void plan(int epochs) {
        plannedEpochs.set(epochs);
    }

    /** Epochs the current run will train: the charts span them from the first batch on. */
    public ReadOnlyIntegerProperty totalEpochsProperty() {
        return totalEpochs.getReadOnlyProperty();
    }

    /** Makes the charts span at least this many epochs, for earlier runs drawn beside this one; 0 for none. */
    public void setComparedEpochs(int epochs) {
        comparedEpochs.set(epochs);
    }

    /** The epochs the charts span: the current run's, or an earlier run's drawn beside it when longer. */
    public NumberBinding spanEpochsProperty() {
        return spanEpochs;
    }

    /** Tells the pace line how many samples an epoch trains on, so it can count samples per second. */
    public void setSamplesPerEpoch(int samples) {
        pace.setSamplesPerEpoch(samples);
    }

    /** "batch 12 / 250 · 2,345 samples/s · 1:23 left" while batches end; empty otherwise. */
    public ReadOnlyStringProperty paceTextProperty() {
        return paceText.getReadOnlyProperty();
    }

    /** "Epoch 12 / 200" while a run is under way. */
    public ReadOnlyStringProperty epochTextProperty() {
        return epochText.getReadOnlyProperty();
    }

    /** "smoothed: loss 0.4121 · acc 84.3%" over "epoch 3: val_loss 0.4410 · val_acc 83.0%", empty before the first batch. */
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

    /** True while the run is held between two batches, from {@link #showPaused()} to its resumption or end. */
    public ReadOnlyBooleanProperty pausedProperty() {
        return paused.getReadOnlyProperty();
    }

    /** The learning rates applied during the current run, in order. */
    public ObservableList<RateChange> rateChanges() {
        return rateChangesView;
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
