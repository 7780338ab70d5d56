package org.neurocanvas.ui.evaluation;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Shows one node at its preferred size, scaled down (never up, never below {@link #MIN_SCALE}) to
 * fit the room it is given: a ten-class confusion matrix still fits the dashboard whole, and grows
 * back to full size as the dashboard is dragged taller. Inside a scroll pane that fits it to its
 * viewport, it scrolls only once the smallest scale no longer fits.
 */
final class ShrinkToFit extends Region {

    /** Below this, text gets too small to read from the back of a room; the scroll bars take over. */
    static final double MIN_SCALE = 0.7;

    private final Node content;
    private final Scale scale = new Scale(1, 1, 0, 0);

    ShrinkToFit(Node content) {
        this.content = content;
        content.getTransforms().add(scale);
        getChildren().add(content);
    }

    /** The scale at which content of this preferred size fits the room, between {@link #MIN_SCALE} and 1. */
    static double scaleFor(double prefWidth, double prefHeight, double width, double height) {
        double fit = Math.min(width / Math.max(1, prefWidth), height / Math.max(1, prefHeight));
        return Math.max(MIN_SCALE, Math.min(1, fit));
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double w = content.prefWidth(-1);
        double h = content.prefHeight(w);
        double s = scaleFor(w, h, getWidth() - in.getLeft() - in.getRight(), getHeight() - in.getTop() - in.getBottom());
        scale.setX(s);
        scale.setY(s);
        content.resizeRelocate(in.getLeft(), in.getTop(), w, h);
    }

    @Override
    protected double computePrefWidth(double height) {
        return getInsets().getLeft() + getInsets().getRight() + content.prefWidth(-1);
    }

    @Override
    protected double computePrefHeight(double width) {
        return getInsets().getTop() + getInsets().getBottom() + content.prefHeight(-1);
    }

    @Override
    protected double computeMinWidth(double height) {
        return getInsets().getLeft() + getInsets().getRight() + content.prefWidth(-1) * MIN_SCALE;
    }

    @Override
    protected double computeMinHeight(double width) {
        return getInsets().getTop() + getInsets().getBottom() + content.prefHeight(-1) * MIN_SCALE;
    }
}
