package org.neurocanvas.ui.editor;

import java.util.function.ToDoubleFunction;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * The canvas's drawing surface: a pane whose preferred size leaves a margin beyond the last card.
 * It measures itself from its cards' positions, all cards being one size: measuring its children
 * as a Pane does walks every card and wire on each frame of a drag, which a 300-layer network feels.
 */
final class Board extends Pane {
    private final Group cards;

    /** A board sized by the cards in {@code cards}, a layer the board holds. */
    Board(Group cards) {
        this.cards = cards;
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
        for (Node card : cards.getChildren()) {
            far = Math.max(far, position.applyAsDouble(card) + size);
        }
        return far;
    }
}
