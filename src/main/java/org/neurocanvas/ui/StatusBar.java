package org.neurocanvas.ui;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The bottom line of the window: the latest sentence on the left (id {@code status}) — a
 * refused wire, the network's first problem, a training result — and the network's size on
 * the right. Any thread may report; the text changes on the FX thread.
 */
public final class StatusBar extends HBox implements Consumer<String> {

    private final Label text = new Label();
    private final Label figures = new Label();

    /** An empty status bar. */
    public StatusBar() {
        getStyleClass().add(Styles.STATUS_BAR);
        text.setId("status");
        text.getStyleClass().add(Styles.STATUS_TEXT);
        text.setMaxWidth(Double.MAX_VALUE);
        // A long hint takes a second line rather than losing its end; the network's size never gives way to it.
        text.setWrapText(true);
        HBox.setHgrow(text, Priority.ALWAYS);
        figures.getStyleClass().add(Styles.STATUS_FIGURES);
        figures.setMinWidth(USE_PREF_SIZE);
        getChildren().addAll(text, figures);
    }

    /** Shows a sentence as news. */
    @Override
    public void accept(String sentence) {
        show(sentence, false);
    }

    /**
     * Shows a sentence; a warning (a problem of the network) is marked as such.
     */
    public void show(String sentence, boolean warning) {
        if (!Platform.isFxApplicationThread()) {
            Platform.runLater(() -> show(sentence, warning));
            return;
        }
        text.setText(sentence);
        text.pseudoClassStateChanged(Styles.WARNING, warning);
    }

    /** Makes the sentence clickable (it then shows a hand), for the list of problems behind it. */
    public void setOnSentenceClicked(Runnable action) {
        text.setOnMouseClicked(e -> action.run());
    }

    /** The label that holds the sentence, under which a list of problems opens. */
    public Label sentence() {
        return text;
    }

    /** The network's size, e.g. {@code 5 layers · 8,643 params}. */
    public void setFigures(String summary) {
        figures.setText(summary);
    }

    /** The sentence shown now. */
    public String text() {
        return text.getText();
    }
}
