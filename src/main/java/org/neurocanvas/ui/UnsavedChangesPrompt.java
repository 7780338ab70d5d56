package org.neurocanvas.ui;

/**
 * Asks what to do with unsaved changes before they would be lost (New, Open, Quit). The
 * window asks through this so that tests can answer without a dialog.
 */
@FunctionalInterface
public interface UnsavedChangesPrompt {

    /** What the person chose. */
    enum Answer { SAVE, DISCARD, CANCEL }

    /**
     * @param documentName the document's file name, e.g. {@code spiral-mlp.json}
     */
    Answer ask(String documentName);
}
