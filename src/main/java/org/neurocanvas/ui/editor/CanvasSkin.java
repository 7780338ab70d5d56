package org.neurocanvas.ui.editor;

import javafx.geometry.Bounds;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.ScrollPaneSkin;

/**
 * The canvas's scroll pane look with the mini-map floating over the bottom-right corner of the
 * view, where it covers the least of a network that grows left to right.
 */
final class CanvasSkin extends ScrollPaneSkin {

    /** Distance between the mini-map and the edges of the view. */
    private static final double INSET = 12;

    private final MiniMap miniMap;

    CanvasSkin(ScrollPane canvas, MiniMap miniMap) {
        super(canvas);
        this.miniMap = miniMap;
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
