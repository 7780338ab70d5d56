package org.neurocanvas.train;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurocanvas.data.Augmentation;
import org.neurocanvas.data.BatchBuffer;
import org.neurocanvas.data.BatchLoader;
import org.neurocanvas.data.Batches;
import org.neurocanvas.data.Dataset;
import org.neurocanvas.data.Split;
import org.neurocanvas.engine.Optimizer;
import org.neurocanvas.engine.Program;

/**
 * The training loop: for each epoch, shuffled batches of forward, loss, backward and an
 * optimiser step, then a measurement on the validation set. Runs on the caller's thread
 * ({@link #run}) or on a worker thread ({@link #start}); {@link #stop} ends it within a batch,
 * {@link #pause} holds it between batches and {@link #step} runs it a batch or an epoch at a time.
 * Around each step it applies the learning-rate schedule, the L2 penalty, gradient clipping and
 * weight decay (see {@link Regularisation} for their order); a non-finite loss or gradient ends
 * the run with a {@link TrainingEvent.Failed} that says what helps.
 */
public final class Trainer {

    /** How far {@link #step} runs a paused run. */
    public enum Granularity {
        /** One batch. */
        BATCH,
        /** To the end of the epoch under way (a whole epoch when paused between two). */
        EPOCH
    }

    private final Program program;
    private final Optimizer optimizer;
    private final Split data;
    private final int batchSize;
    private final int epochs;
    private final long seed;
    private final List<TrainingListener> listeners = new CopyOnWriteArrayList<>();
    private final List<BestModelListener> bestListeners = new CopyOnWriteArrayList<>();
    private Augmentation augmentation = Augmentation.NONE;
    private Probe probe;
    private long probeIntervalNanos;
    private long lastLook;
    private boolean looked;
    private EarlyStopping earlyStopping;
    private LearningRateSchedule schedule = LearningRateSchedule.constant();
    private final Regularisation regularisation = new Regularisation();
    /** The rate the schedule scales, from the optimiser's at the start; a rate set by hand rescales it. */
    private double baseRate;
    private final Object pauseLock = new Object();
    private volatile boolean paused;
    private volatile boolean waiting;
    /** Batches a step lets through before holding again; guarded by pauseLock. */
    private int batchesGranted;
    /** A step to the epoch's end was asked for; guarded by pauseLock. */
    private boolean epochGranted;
    /** The run goes on to the end of this epoch, then holds; guarded by pauseLock. */
    private boolean toEpochEnd;
    /** A rate set by hand, as the bits of a double; NaN when none is pending. */
    private final AtomicLong manualRate = new AtomicLong(Double.doubleToLongBits(Double.NaN));
    private volatile boolean stopRequested;
    private volatile boolean running;

    public Trainer(Program program, Optimizer optimizer, Split data, int batchSize, int epochs, long seed) {
        this.program = program;
        this.optimizer = optimizer;
        this.data = data;
        this.batchSize = batchSize;
        this.epochs = epochs;
        this.seed = seed;
    }

    /** Varies the training batches (never the validation data) as they are drawn; none by default. */
    public void setAugmentation(Augmentation augmentation) {
        this.augmentation = augmentation;
    }

    /**
     * Lets a probe look at the network at most once per interval while training, and once at
     * the end; the interval bounds what looking costs the training.
     */
    public void setProbe(Probe probe, long intervalMillis) {
        this.probe = probe;
        this.probeIntervalNanos = intervalMillis * 1_000_000;
    }

    /**
     * Ends the run when the validation loss has not improved for {@code patience} epochs;
     * with {@code restoreBest}, the network keeps the weights of its best epoch.
     */
    public void setEarlyStopping(int patience, boolean restoreBest) {
        this.earlyStopping = new EarlyStopping(patience, restoreBest);
    }

    /**
     * Varies the learning rate batch by batch from the optimiser's rate at the start of the run
     * (the base); constant by default.
     */
    public void setSchedule(LearningRateSchedule schedule) {
        this.schedule = schedule;
    }

    /**
     * Adds {@code lambda/2 ||w||²} over the weights (parameters of two or more dimensions, not
     * biases or normalisation gains) to the loss, and {@code lambda w} to their gradients; the
     * reported training and validation losses include the penalty. 0 turns it off.
     */
    public void setL2(double lambda) {
        regularisation.setL2(lambda);
    }

    /**
     * Shrinks each weight by {@code lr * decay * w} after every optimiser step (decoupled weight
     * decay, as AdamW; the same weights as {@link #setL2}). 0 turns it off.
     */
    public void setWeightDecay(double decay) {
        regularisation.setWeightDecay(decay);
    }

    /**
     * Before each step, scales all gradients together so that their global L2 norm is at most
     * {@code maxNorm}, then clamps each element to [-maxValue, maxValue]; 0 turns either off.
     */
    public void setGradientClipping(double maxNorm, double maxValue) {
        regularisation.setClipping(maxNorm, maxValue);
    }

    public void addListener(TrainingListener listener) {
        listeners.add(listener);
    }

    /**
     * Hands the network to {@code listener} after each epoch that is the best so far by early
     * stopping's rule (the lowest validation loss), right after that epoch's {@link TrainingEvent.EpochEnd};
     * with no validation set no epoch is best. Whether or not early stopping is on.
     */
    public void addBestModelListener(BestModelListener listener) {
        bestListeners.add(listener);
    }

    public Program program() {
        return program;
    }

    /** Starts {@link #run} on a daemon worker thread named "training". */
    public Thread start() {
        running = true;
        Thread worker = new Thread(this::run, "training");
        worker.setDaemon(true);
        worker.start();
        return worker;
    }

    /** Asks the loop to end after the batch under way. */
    public void stop() {
        stopRequested = true;
        resume();
    }

    /** Holds the loop after the batch under way, until {@link #resume} or {@link #stop}. */
    public void pause() {
        paused = true;
    }

    /** Lets a paused run go on; steps asked for and not yet taken are dropped. */
    public void resume() {
        synchronized (pauseLock) {
            paused = false;
            batchesGranted = 0;
            epochGranted = false;
            toEpochEnd = false;
            pauseLock.notifyAll();
        }
    }

    /**
     * Runs one batch, or to the end of the epoch, then holds again; events come as usual. On a
     * run that is not paused, it pauses it after that much more.
     */
    public void step(Granularity granularity) {
        synchronized (pauseLock) {
            paused = true;
            if (granularity == Granularity.BATCH) {
                batchesGranted = 1;
            } else {
                epochGranted = true;
            }
            pauseLock.notifyAll();
        }
    }

    /** Whether the loop is held between two batches. */
    public boolean isPaused() {
        return waiting;
    }

    /**
     * Changes the learning rate from the next batch on, while the run goes on. The schedule goes
     * on from the new rate: its base is rescaled so that the next batch runs at exactly this rate
     * and later batches keep the schedule's shape (a cosine still falls to 0, a step schedule
     * still halves where it would have), scaled by the same ratio.
     */
    public void setLearningRate(double learningRate) {
        manualRate.set(Double.doubleToLongBits(learningRate));
    }

    public boolean isRunning() {
        return running;
    }

    /**
     * Trains on this thread until all epochs are done or {@link #stop} is called.
     *
     * @return the last event, {@link TrainingEvent.Finished} or {@link TrainingEvent.Failed}
     */
    public TrainingEvent run() {
        running = true;
        TrainingEvent end;
        try {
            end = loop();
            look(true);
        } catch (RuntimeException e) {
            end = new TrainingEvent.Failed("Training failed: " + e.getMessage(), e);
        } finally {
            running = false;
        }
        publish(end);
        return end;
    }

    private TrainingEvent loop() {
        Dataset train = data.train();
        Batches batches = new Batches(train.size(), batchSize, seed);
        TrainingEvent.EpochEnd last = null;
        baseRate = optimizer.learningRate();
        Smoothed smoothed = new Smoothed();
        BestEpoch best = new BestEpoch();
        for (int epoch = 1; epoch <= epochs; epoch++) {
            double lossSum = 0;
            long correct = 0;
            int seen = 0;
            // The next batch is gathered and augmented on the loader's thread while this one trains.
            try (BatchLoader loader = new BatchLoader(train, batches, epoch - 1, augmentation, seed)) {
                for (int b = 0; b < batches.batchesPerEpoch(); b++) {
                    holdWhilePaused();
                    if (stopRequested) {
                        return new TrainingEvent.Finished(true, last);
                    }
                    double rate = applyRate(epoch, b + 1, batches.batchesPerEpoch());
                    BatchBuffer buffer = loader.next();
                    int count = buffer.count();
                    Batch batch = Batch.of(buffer.x(), buffer.y(), count, train.sampleShape(), train.targetShape());
                    INDArray logits = program.forward(batch.features(), true);
                    double loss = program.loss(batch.labels());
                    if (!Double.isFinite(loss)) {
                        return diverged("the loss", loss, epoch, b + 1, rate);
                    }
                    loss += regularisation.penalty(program.parameters());
                    int hits = train.isClassification() ? Metrics.correct(logits, buffer.y(), count) : 0;
                    correct += hits;
                    program.backward();
                    double norm = regularisation.adjustGradients(program.parameters());
                    if (!Double.isFinite(norm)) {
                        return diverged("the gradient", norm, epoch, b + 1, rate);
                    }
                    optimizer.step(program.parameters());
                    regularisation.decay(program.parameters(), rate);
                    look(false);
                    lossSum += loss * count;
                    seen += count;
                    double batchAccuracy = train.isClassification() ? (double) hits / count : Double.NaN;
                    smoothed.add(loss, batchAccuracy, (double) count / batchSize);
                    boolean leftOver = 2 * count < batchSize;
                    publish(new TrainingEvent.BatchEnd(epoch, epochs, b + 1, batches.batchesPerEpoch(), smoothed.loss(),
                            smoothed.accuracy(), rate, leftOver ? Double.NaN : loss, leftOver ? Double.NaN : batchAccuracy));
                }
            }
            Metrics val = Metrics.of(program, data.validation());
            double valLoss = val.loss() + regularisation.penalty(program.parameters());
            double accuracy = train.isClassification() ? (double) correct / seen : Double.NaN;
            last = new TrainingEvent.EpochEnd(epoch, epochs, lossSum / seen, accuracy, valLoss, val.accuracy(),
                    optimizer.learningRate());
            publish(last);
            boolean improved = best.improves(last);
            if (improved) {
                for (BestModelListener l : bestListeners) {
                    l.onBest(last, program);
                }
            }
            schedule.epochEnded(last);
            synchronized (pauseLock) {
                toEpochEnd = false;
            }
            if (earlyStopping != null && earlyStopping.shouldStop(last, best, improved, program)) {
                earlyStopping.restore(program);
                return new TrainingEvent.Finished(false, last, best.epoch());
            }
        }
        return new TrainingEvent.Finished(false, last);
    }

    /** Sets the optimiser's rate for this batch: the schedule's, or the one set by hand, which rescales the base. */
    private double applyRate(int epoch, int batch, int batchesPerEpoch) {
        double rate = schedule.rate(baseRate, epoch, batch, batchesPerEpoch);
        double manual = Double.longBitsToDouble(manualRate.getAndSet(Double.doubleToLongBits(Double.NaN)));
        if (!Double.isNaN(manual)) {
            baseRate = manual / schedule.rate(1, epoch, batch, batchesPerEpoch);
            rate = manual;
        }
        if (rate != optimizer.learningRate()) {
            optimizer.setLearningRate(rate);
        }
        return rate;
    }

    private TrainingEvent.Failed diverged(String what, double value, int epoch, int batch, double rate) {
        return new TrainingEvent.Failed(Divergence.sentence(what, value, epoch, batch, program.firstNonFinite(), rate,
                regularisation.clipNorm()), null);
    }

    private void holdWhilePaused() {
        synchronized (pauseLock) {
            while (paused && !stopRequested && !toEpochEnd) {
                if (epochGranted) {
                    epochGranted = false;
                    toEpochEnd = true;
                } else if (batchesGranted > 0) {
                    batchesGranted--;
                    break;
                } else {
                    waiting = true;
                    try {
                        pauseLock.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        stopRequested = true;
                    }
                }
            }
            waiting = false;
        }
    }

    private void look(boolean always) {
        long now = System.nanoTime();
        // The first look comes at the first batch: nanoTime's origin is arbitrary, so no time since 0 means anything.
        if (probe != null && (always || !looked || now - lastLook >= probeIntervalNanos)) {
            probe.look(program);
            lastLook = System.nanoTime();
            looked = true;
        }
    }

    private void publish(TrainingEvent event) {
        for (TrainingListener l : listeners) {
            l.onEvent(event);
        }
    }
}
