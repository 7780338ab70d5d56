package org.neurocanvas.ui.training;

import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * What changes a run while it goes: the Pause / Resume toggle and the live learning rate field.
 * Both are enabled only while a run is under way and not stopping; the rate field applies its
 * value on Enter to the run alone, never to the project.
 */
final class LiveControls extends VBox {

    /** Style class of this group, under Train and Stop. */
    public static final String LIVE = "training-live";
    /** Style class of the Pause / Resume toggle. */
    public static final String PAUSE_BUTTON = "training-pause-button";
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
     * @param job the current run's job, null before the first run
     * @param status receives, on the FX thread, why a typed learning rate was refused
     */
    LiveControls(TrainingMonitor monitor, BooleanExpression stopping, Supplier<TrainingJob> job, Consumer<String> status) {
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
        getChildren().addAll(pause, row);
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
