package org.neurocanvas.ui.editor;

import javafx.scene.layout.Pane;

/** The canvas's drawing surface: a pane whose preferred size leaves a margin beyond the last card. */
final class Board extends Pane {

    @Override
    protected double computePrefWidth(double height) {
        return super.computePrefWidth(height) + CanvasGeometry.MARGIN_X;
    }

    @Override
    protected double computePrefHeight(double width) {
        return super.computePrefHeight(width) + CanvasGeometry.MARGIN_Y;
    }
}
