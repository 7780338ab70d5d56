package org.neurocanvas.ui.editor;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import org.neurocanvas.ui.Styles;

/**
 * The board's quiet grid, the one cards snap to in steps of ten: a line every twenty units, drawn
 * only around the part of the board in view. As a repeating gradient behind the board it filled
 * every pixel of the view twice on each frame of a pan, a software-rendered frame's largest cost.
 */
final class GridLines extends Path {

    /** Distance between lines, in board units. */
    static final double SPACING = 2 * CanvasGeometry.GRID;
    /** How far beyond the view lines are drawn, so that a pan seldom needs new ones. */
    private static final double REACH = 600;

    private Rectangle2D covered = Rectangle2D.EMPTY;

    GridLines() {
        getStyleClass().add(Styles.CANVAS_GRID);
        setManaged(false);
        setMouseTransparent(true);
    }

    /** Makes the lines cover {@code view}, a part of the board (which starts at the origin), unless they already do. */
    void cover(Rectangle2D view) {
        if (covered.contains(view) || view.getWidth() <= 0 || view.getHeight() <= 0) {
            return;
        }
        double left = Math.max(0, Math.floor((view.getMinX() - REACH) / SPACING) * SPACING);
        double top = Math.max(0, Math.floor((view.getMinY() - REACH) / SPACING) * SPACING);
        double right = view.getMaxX() + REACH;
        double bottom = view.getMaxY() + REACH;
        covered = new Rectangle2D(left, top, right - left, bottom - top);
        // Half a unit in, a line one unit wide covers whole pixels at actual size, as the gradient's did.
        List<PathElement> lines = new ArrayList<>();
        for (double x = left; x <= right; x += SPACING) {
            lines.add(new MoveTo(x + 0.5, top));
            lines.add(new LineTo(x + 0.5, bottom));
        }
        for (double y = top; y <= bottom; y += SPACING) {
            lines.add(new MoveTo(left, y + 0.5));
            lines.add(new LineTo(right, y + 0.5));
        }
        getElements().setAll(lines);
    }

    /** The part of the board the lines cover now. */
    Rectangle2D covered() {
        return covered;
    }
}
