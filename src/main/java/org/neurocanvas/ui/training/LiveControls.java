package org.neurocanvas.ui.training;

import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.neurocanvas.train.Trainer;

/**
 * What changes a run while it goes: the Pause / Resume toggle, Step batch and Step epoch, and the
 * live learning rate field. Pause and the rate are enabled only while a run is under way and not
 * stopping; the steps while no run is under way (they start one, held) or while it is paused. The
 * rate field applies its value on Enter to the run alone, never to the project.
 */
final class LiveControls extends VBox {

    /** Style class of this group, under Train and Stop. */
    public static final String LIVE = "training-live";
    /** Style class of the Pause / Resume toggle. */
    public static final String PAUSE_BUTTON = "training-pause-button";
    /** Style class of the row of Step batch and Step epoch. */
    public static final String STEP_ROW = "training-step-row";
    /** Style class of the row with the learning rate label and field. */
    public static final String RATE_ROW = "training-rate-row";
    /** Style class of the learning rate field. */
    public static final String RATE_FIELD = "training-rate-field";

    private final TrainingMonitor monitor;
    private final Supplier<TrainingJob> job;
    private final Consumer<String> status;
    private final ToggleButton pause = new ToggleButton();
    private final TextField rate = new TextField();
    /** The rate the run trains with, as the field shows it when not edited; empty while unknown. */
    private String applied = "";

    /**
     * @param monitor the run's view model, where pauses and rate changes show
     * @param stopping true once Stop was pressed for the run under way
     * @param waiting true while no run may start here: the steps then start none
     * @param job the current run's job, null before the first run
     * @param status receives, on the FX thread, why a typed learning rate was refused
     * @param step runs a batch or an epoch more, starting a held run when none is under way
     */
    LiveControls(TrainingMonitor monitor, BooleanExpression stopping, BooleanExpression waiting, Supplier<TrainingJob> job,
            Consumer<String> status, Consumer<Trainer.Granularity> step) {
        this.monitor = monitor;
        this.job = job;
        this.status = status;
        getStyleClass().add(LIVE);
        BooleanExpression off = monitor.runningProperty().not().or(stopping);

        pause.setId("pause");
        pause.getStyleClass().add(PAUSE_BUTTON);
        pause.textProperty().bind(Bindings.when(pause.selectedProperty()).then("Resume").otherwise("Pause"));
        pause.setTooltip(new Tooltip("Holds the run after the batch under way; Resume continues from the next batch."));
        pause.disableProperty().bind(off);
        pause.setMaxWidth(Double.MAX_VALUE);
        pause.setOnAction(e -> togglePause());
        monitor.runningProperty().addListener((obs, was, running) -> pause.setSelected(false));

        // A step makes sense with no run (it starts one, held, unless runs wait) or a held one, never while batches run.
        BooleanExpression busy = monitor.runningProperty().and(monitor.pausedProperty().not().or(stopping))
                .or(monitor.runningProperty().not().and(waiting));
        Button stepBatch = stepButton("step-batch", "Step batch", "Trains one batch, then holds.", busy,
                () -> step.accept(Trainer.Granularity.BATCH));
        Button stepEpoch = stepButton("step-epoch", "Step epoch", "Trains to the end of the epoch, then holds.", busy,
                () -> step.accept(Trainer.Granularity.EPOCH));
        HBox steps = new HBox(stepBatch, stepEpoch);
        steps.getStyleClass().add(STEP_ROW);

        rate.setId("learning-rate");
        rate.getStyleClass().add(RATE_FIELD);
        rate.setPrefColumnCount(7);
        rate.setPromptText("rate");
        rate.setTooltip(new Tooltip("The learning rate of this run; press Enter to use a new one from the next batch.\n"
                + "A live experiment: the project's own learning rate stays as it is."));
        rate.disableProperty().bind(off);
        rate.setOnAction(e -> applyRate());
        // Leaving the field without Enter keeps the rate the run trains with.
        rate.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                rate.setText(applied);
            }
        });
        Label label = new Label("Learning rate");
        label.setLabelFor(rate);
        HBox row = new HBox(label, rate);
        row.getStyleClass().add(RATE_ROW);
        HBox.setHgrow(rate, Priority.ALWAYS);
        getChildren().addAll(pause, steps, row);
    }

    private static Button stepButton(String id, String text, String tip, BooleanExpression busy, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tip + " With no run under way, it starts one, held after that much."));
        button.disableProperty().bind(busy);
        button.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(button, Priority.ALWAYS);
        button.setOnAction(e -> action.run());
        return button;
    }

    /** Shows the toggle as held (Resume), for a run that a step started or went on with. */
    void showHeld() {
        pause.setSelected(true);
    }

    /** Shows the rate a newly prepared run starts with; NaN leaves the field empty. Call on the FX thread. */
    void showStartingRate(double startingRate) {
        applied = Double.isNaN(startingRate) ? "" : TrainingTexts.rate(startingRate);
        rate.setText(applied);
    }

    /** Resumes when the toggle is released; the monitor shows the pause once the trainer actually holds. */
    private void togglePause() {
        TrainingJob current = job.get();
        if (current == null) {
            return;
        }
        if (pause.isSelected()) {
            current.pause();
        } else {
            current.resume();
            monitor.showResumed();
        }
    }

    private void applyRate() {
        String text = rate.getText().strip();
        OptionalDouble parsed = TrainingTexts.parseRate(text);
        TrainingJob current = job.get();
        if (parsed.isEmpty()) {
            rate.setText(applied);
            status.accept(TrainingTexts.rateError(text));
            return;
        }
        String shown = TrainingTexts.rate(parsed.getAsDouble());
        rate.setText(shown);
        if (current == null || shown.equals(applied)) {
            return;
        }
        current.setLearningRate(parsed.getAsDouble());
        monitor.markRateChange(parsed.getAsDouble());
        applied = shown;
    }
}
