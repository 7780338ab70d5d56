package org.neurocanvas.ui.editor;

import java.util.Collection;
import java.util.function.ToDoubleFunction;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;

/**
 * The canvas's drawing surface: a pane whose preferred size leaves a margin beyond the last card.
 * It measures itself from its cards' positions, all cards being one size: measuring its children
 * as a Pane does walks every card and wire on each frame of a drag, which a 300-layer network feels.
 */
final class Board extends Pane {
    private final Collection<? extends Node> cards;

    /** A board sized by {@code cards}, a live collection of every card, on the board or waiting off it (see {@link Culling}). */
    Board(Collection<? extends Node> cards) {
        this.cards = cards;
        // Clipped to its own size, the board measures the same to the scroll pane while cards come and go
        // (Culling), or the scroll pane would move the view each time to keep its place in the changed bounds.
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + extent(Node::getLayoutX, CanvasGeometry.CARD_WIDTH) + CanvasGeometry.MARGIN_X
                + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + extent(Node::getLayoutY, CanvasGeometry.CARD_HEIGHT) + CanvasGeometry.MARGIN_Y
                + snappedBottomInset();
    }

    private double extent(ToDoubleFunction<Node> position, double size) {
        double far = 0;
        for (Node card : cards) {
            far = Math.max(far, position.applyAsDouble(card) + size);
        }
        return far;
    }
}
