package org.neurocanvas.ui.editor;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;

/**
 * The arithmetic of the mini-map: the board area it covers (every card and the visible part
 * of the board), the scale that fits that area into the map's largest size, and conversions
 * between board and map coordinates. Pure geometry, tested without a window.
 *
 * @param world the board area the map shows, in board coordinates
 * @param scale map pixels per board unit
 */
public record MiniMapGeometry(Rectangle2D world, double scale) {

    /** Room kept around the cards on the map, in board units. */
    static final double MARGIN = 40;

    /**
     * The map of these cards and this view, as large as fits in {@code maxWidth} x {@code maxHeight}
     * with the board's proportions.
     *
     * @param cards each card's rectangle in board coordinates
     * @param view the visible part of the board, in board coordinates
     */
    public static MiniMapGeometry of(List<Rectangle2D> cards, Rectangle2D view, double maxWidth, double maxHeight) {
        double minX = view.getMinX();
        double minY = view.getMinY();
        double maxX = view.getMaxX();
        double maxY = view.getMaxY();
        for (Rectangle2D card : cards) {
            minX = Math.min(minX, card.getMinX() - MARGIN);
            minY = Math.min(minY, card.getMinY() - MARGIN);
            maxX = Math.max(maxX, card.getMaxX() + MARGIN);
            maxY = Math.max(maxY, card.getMaxY() + MARGIN);
        }
        Rectangle2D world = new Rectangle2D(minX, minY, Math.max(1, maxX - minX), Math.max(1, maxY - minY));
        return new MiniMapGeometry(world, Math.min(maxWidth / world.getWidth(), maxHeight / world.getHeight()));
    }

    /**
     * Whether the network outgrows the view, so that a map helps: some card lies wholly or
     * partly outside the visible part of the board.
     */
    public static boolean needed(List<Rectangle2D> cards, Rectangle2D view) {
        return cards.stream().anyMatch(card -> !view.contains(card));
    }

    /** The map's width in pixels. */
    public double width() {
        return world.getWidth() * scale;
    }

    /** The map's height in pixels. */
    public double height() {
        return world.getHeight() * scale;
    }

    /** A board rectangle (a card, the view) as drawn on the map. */
    public Rectangle2D toMap(Rectangle2D board) {
        return new Rectangle2D((board.getMinX() - world.getMinX()) * scale, (board.getMinY() - world.getMinY()) * scale,
                board.getWidth() * scale, board.getHeight() * scale);
    }

    /** The board point under a point of the map. */
    public Point2D toBoard(Point2D map) {
        return new Point2D(world.getMinX() + map.getX() / scale, world.getMinY() + map.getY() / scale);
    }
}
