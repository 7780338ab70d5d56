package org.neurocanvas.ui.editor;

import javafx.geometry.Bounds;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.ScrollPaneSkin;

/**
 * The canvas's scroll pane look, without the scroll pane's picture of its view, and with the
 * mini-map floating over the bottom-right corner of the view, where it covers the least of a
 * network that grows left to right.
 */
final class CanvasSkin extends ScrollPaneSkin {

    /** Distance between the mini-map and the edges of the view. */
    private static final double INSET = 12;

    private final MiniMap miniMap;

    CanvasSkin(ScrollPane canvas, MiniMap miniMap) {
        super(canvas);
        this.miniMap = miniMap;
        // The scroll pane caches its viewport as one picture, which any change inside it (a card dragged
        // a few pixels) draws again whole before copying it to the screen: twice the work of drawing the
        // view, where without it only the few pixels that changed are drawn.
        getChildren().stream().filter(n -> n.getStyleClass().contains("viewport")).forEach(n -> n.setCache(false));
        getChildren().add(miniMap);
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        super.layoutChildren(x, y, w, h);
        Bounds view = getSkinnable().getViewportBounds();
        miniMap.autosize();
        miniMap.relocate(x + view.getWidth() - miniMap.getWidth() - INSET, y + view.getHeight() - miniMap.getHeight() - INSET);
        miniMap.toFront();
    }
}
