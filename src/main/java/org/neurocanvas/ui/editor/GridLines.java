package org.neurocanvas.ui.editor;

import javafx.collections.ObservableList;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.Rectangle;
import org.neurocanvas.ui.Styles;

/**
 * The board's quiet grid, the one cards snap to in steps of ten: a line every twenty units, drawn
 * only around the part of the board in view, and one every hundred (or five hundred) once the view
 * is zoomed out so far that closer lines would grey the board rather than show a grid.
 * <p>
 * Each line is a thin rectangle, which software rendering fills pixel by pixel along the line alone;
 * all lines as one stroked path were rasterised across the whole view's width on every row, and as a
 * repeating gradient the grid was computed for every pixel of the view, each the largest cost of a frame.
 */
final class GridLines extends Group {

    /** Distance between lines at actual size, in board units. */
    static final double SPACING = 2 * CanvasGeometry.GRID;
    /** The closest lines come on the screen, in pixels. */
    static final double CLOSEST = 12;
    /** How much wider and taller than the view the lines reach, so that a pan seldom needs new ones. */
    private static final double REACH = 0.25;

    private Rectangle2D covered = Rectangle2D.EMPTY;
    private double spacing;
    private double width;

    GridLines() {
        getStyleClass().add(Styles.CANVAS_GRID);
        setManaged(false);
        setMouseTransparent(true);
        setAutoSizeChildren(false);
    }

    /** Distance between lines when the board is drawn at {@code zoom}: twenty units, times five as often as needed. */
    static double spacing(double zoom) {
        double spacing = SPACING;
        while (spacing * zoom < CLOSEST) {
            spacing *= 5;
        }
        return spacing;
    }

    /**
     * Makes the lines cover {@code view}, a part of the board (which starts at the origin) shown at
     * {@code zoom}, unless they already do at that zoom.
     */
    void cover(Rectangle2D view, double zoom) {
        double step = spacing(zoom);
        // A pixel wide on the screen (up to a quarter more), the grid's look at actual size; a unit wide
        // when zoomed in. In quarter units, so that most steps of a zoom leave the lines as they are.
        double thickness = Math.max(1, Math.ceil(4 / zoom) / 4);
        if (view.getWidth() <= 0 || view.getHeight() <= 0 || step == spacing && thickness == width && covered.contains(view)) {
            return;
        }
        spacing = step;
        width = thickness;
        double reachX = REACH * view.getWidth();
        double reachY = REACH * view.getHeight();
        double left = Math.max(0, Math.floor((view.getMinX() - reachX) / step) * step);
        double top = Math.max(0, Math.floor((view.getMinY() - reachY) / step) * step);
        double right = view.getMaxX() + reachX;
        double bottom = view.getMaxY() + reachY;
        covered = new Rectangle2D(left, top, right - left, bottom - top);
        int columns = (int) ((right - left) / step) + 1;
        int rows = (int) ((bottom - top) / step) + 1;
        ObservableList<Node> lines = getChildren();
        while (lines.size() < columns + rows) {
            lines.add(new Rectangle());
        }
        lines.remove(columns + rows, lines.size());
        for (int i = 0; i < columns; i++) {
            place((Rectangle) lines.get(i), left + i * step, top, width, bottom - top);
        }
        for (int j = 0; j < rows; j++) {
            place((Rectangle) lines.get(columns + j), left, top + j * step, right - left, width);
        }
    }

    private static void place(Rectangle line, double x, double y, double width, double height) {
        line.setX(x);
        line.setY(y);
        line.setWidth(width);
        line.setHeight(height);
    }

    /** The part of the board the lines cover now. */
    Rectangle2D covered() {
        return covered;
    }
}
