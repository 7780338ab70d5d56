package org.neurocanvas.ui.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javafx.geometry.Point2D;
import org.neurocanvas.model.Edge;
import org.neurocanvas.model.Graph;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.model.MoveLayers;

/**
 * View > Arrange: a layered drawing, from left to right or from top to bottom. Each layer goes
 * in the rank of its longest path from an input, so every wire points onwards; within a rank,
 * layers are ordered by the mean place of their neighbours in the rank before, then after
 * (barycentre sweeps), which removes most crossings. A layer sits level with its inputs, so a
 * plain chain is a line. Arrange in Rows wraps that line, as text wraps, into rows as wide as the view.
 */
public final class AutoLayout {

    /** Vertical room between cards: enough for a problem sentence beneath a card. */
    public static final double ROW_GAP = 60;
    private static final double ROW_STEP = CanvasGeometry.CARD_HEIGHT + ROW_GAP;
    private static final int SWEEPS = 4;
    /** Room between rows arranged in rows: the wire back to the next row runs along its middle. */
    public static final double WRAP_GAP = 90;
    /** Room before the first column of rows, where the wire back to a row turns into its first card. */
    private static final double WRAP_ROOM = 50;

    /** Which way the wires run once arranged. */
    public enum Direction {
        /** Ranks are columns: the usual drawing, wide and low. */
        LEFT_TO_RIGHT,
        /** Ranks are rows: a deep chain stays readable in a narrow view, as Keras's plot_model draws it. */
        TOP_TO_BOTTOM
    }

    private AutoLayout() {
    }

    /** Where each layer goes, keeping the drawing's top-left corner where it was. */
    public static Map<String, Point2D> positions(Graph graph, Direction direction) {
        return positions(graph, direction, Integer.MAX_VALUE);
    }

    /**
     * As {@link #positions(Graph, Direction)}, with at most {@code ranksPerRow} ranks in a row (in a column, top to
     * bottom): the next ones start a new row below (a new column to the right).
     */
    static Map<String, Point2D> positions(Graph graph, Direction direction, int ranksPerRow) {
        boolean down = direction == Direction.TOP_TO_BOTTOM;
        List<List<String>> ranks = ranks(graph, down ? LayerNode::x : LayerNode::y);
        orderByBarycentre(graph, ranks);
        Map<String, Double> across = across(graph, ranks, down ? CanvasGeometry.STEP_X : ROW_STEP);
        double rankStep = down ? ROW_STEP : CanvasGeometry.STEP_X;
        boolean wraps = ranks.size() > ranksPerRow;
        double left = Math.max(wraps && !down ? WRAP_ROOM : 0, graph.nodes().stream().mapToDouble(LayerNode::x).min().orElse(0));
        double top = Math.max(wraps && down ? WRAP_ROOM : 0, graph.nodes().stream().mapToDouble(LayerNode::y).min().orElse(0));
        double first = across.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double last = across.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double rowStep = last - first + (down ? CanvasGeometry.CARD_WIDTH : CanvasGeometry.CARD_HEIGHT) + WRAP_GAP;
        List<Integer> starts = rowStarts(graph, ranks, ranksPerRow);
        Map<String, Point2D> at = new LinkedHashMap<>();
        for (int r = 0, row = 0; r < ranks.size(); r++) {
            while (row + 1 < starts.size() && starts.get(row + 1) <= r) {
                row++;
            }
            for (String id : ranks.get(r)) {
                double along = (r - starts.get(row)) * rankStep;
                double side = across.get(id) - first + row * rowStep;
                at.put(id, new Point2D(CanvasGeometry.snap(left + (down ? side : along)), CanvasGeometry.snap(top + (down ? along : side))));
            }
        }
        return at;
    }

    /**
     * The first rank of each row: as few rows as {@code ranksPerRow} allows, broken where the fewest wires skip a rank
     * within a row (such a wire arcs into the gap beside its row; across a break, it turns back along the gap in a
     * lane of its own) and, above all, where no wire jumps a whole row (it would run back behind that row's cards).
     * Of equal choices, the earlier rows are the fuller, as text wraps.
     */
    private static List<Integer> rowStarts(Graph graph, List<List<String>> ranks, int ranksPerRow) {
        int count = ranks.size();
        if (count <= ranksPerRow) {
            return List.of(0);
        }
        int rows = (count + ranksPerRow - 1) / ranksPerRow;
        Map<String, Integer> rankOf = new HashMap<>();
        for (int r = 0; r < count; r++) {
            for (String id : ranks.get(r)) {
                rankOf.put(id, r);
            }
        }
        List<int[]> spans = graph.edges().stream().map(e -> new int[] {rankOf.get(e.from()), rankOf.get(e.to())})
                .filter(s -> s[0] < s[1]).toList();
        // row[j][n - 1]: the cost of a row of the n ranks that end before rank j.
        double[][] row = new double[count + 1][ranksPerRow];
        for (int j = 1; j <= count; j++) {
            for (int i = Math.max(0, j - ranksPerRow); i < j; i++) {
                row[j][j - i - 1] = rowCost(spans, i, j, count);
            }
        }
        // cost[m][j]: the least cost of ranks 0 to j - 1 in m rows; start[m][j]: where the last of those rows starts.
        double[][] cost = new double[rows + 1][count + 1];
        int[][] start = new int[rows + 1][count + 1];
        for (double[] c : cost) {
            Arrays.fill(c, Double.POSITIVE_INFINITY);
        }
        cost[0][0] = 0;
        for (int m = 1; m <= rows; m++) {
            for (int j = 1; j <= count; j++) {
                // From the shortest last row up: of equal costs, the one that leaves the earlier rows fullest.
                for (int i = j - 1; i >= Math.max(0, j - ranksPerRow); i--) {
                    double c = cost[m - 1][i] + row[j][j - i - 1];
                    if (c < cost[m][j]) {
                        cost[m][j] = c;
                        start[m][j] = i;
                    }
                }
            }
        }
        List<Integer> starts = new ArrayList<>();
        for (int m = rows, j = count; m > 0; j = start[m][j], m--) {
            starts.add(0, start[m][j]);
        }
        return starts;
    }

    // The cost of a row of ranks from i to j - 1: one for each wire that skips a rank within it, many for each that jumps it.
    private static double rowCost(List<int[]> spans, int i, int j, int count) {
        double cost = 0;
        for (int[] s : spans) {
            if (s[0] >= i && s[1] < j && s[1] - s[0] > 1) {
                cost++;
            } else if (s[0] < i && s[1] >= j) {
                cost += count;
            }
        }
        return cost;
    }

    /** The move that arranges the graph, or empty when every layer is already in its place. */
    public static Optional<MoveLayers> command(Graph graph, Direction direction) {
        return command(graph, direction, Integer.MAX_VALUE);
    }

    /** As {@link #command(Graph, Direction)}, with at most {@code ranksPerRow} ranks in a row. */
    static Optional<MoveLayers> command(Graph graph, Direction direction, int ranksPerRow) {
        Map<String, MoveLayers.Move> moves = new LinkedHashMap<>();
        positions(graph, direction, ranksPerRow).forEach((id, p) -> {
            LayerNode n = graph.node(id);
            if (n.x() != p.getX() || n.y() != p.getY()) {
                moves.put(id, new MoveLayers.Move(n.x(), n.y(), p.getX(), p.getY()));
            }
        });
        return moves.isEmpty() ? Optional.empty() : Optional.of(new MoveLayers(moves));
    }

    /**
     * How many ranks a row holds, left to right from {@code left}, ending before {@code right} with room for the
     * wire that turns back past the last card; two at least.
     */
    static int ranksPerRow(double left, double right) {
        return Math.max(2, 1 + (int) Math.floor((right - left - CanvasGeometry.CARD_WIDTH - CanvasGeometry.MARGIN_X) / CanvasGeometry.STEP_X));
    }

    // Rank = longest path from a layer without inputs; layers on a cycle go in a last rank.
    private static List<List<String>> ranks(Graph graph, ToDoubleFunction<LayerNode> side) {
        Map<String, Integer> rank = new HashMap<>();
        for (LayerNode n : graph.topologicalOrder()) {
            rank.put(n.id(), graph.incoming(n.id()).stream().mapToInt(e -> rank.get(e.from()) + 1).max().orElse(0));
        }
        int last = rank.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        List<List<String>> columns = new ArrayList<>();
        // Start from the present order across the ranks, so equal barycentres keep the person's arrangement.
        graph.nodes().stream().sorted(Comparator.comparingDouble(side)).forEach(n -> {
            int c = rank.getOrDefault(n.id(), last);
            while (columns.size() <= c) {
                columns.add(new ArrayList<>());
            }
            columns.get(c).add(n.id());
        });
        columns.removeIf(List::isEmpty);
        return columns;
    }

    /*
     * Places across the ranks, in the order found, a step apart: each layer level with the mean of
     * its inputs, so a chain is a straight line, then pushed on where it would overlap the one
     * before; finally a layer without inputs moves level with what it feeds, where there is room.
     */
    private static Map<String, Double> across(Graph graph, List<List<String>> columns, double step) {
        Map<String, Double> y = new HashMap<>();
        int tallest = columns.stream().mapToInt(List::size).max().orElse(0);
        for (List<String> column : columns) {
            for (int r = 0; r < column.size(); r++) {
                y.put(column.get(r), (tallest - column.size()) * step / 2 + r * step);
            }
        }
        for (List<String> column : columns) {
            align(column, y, id -> graph.incoming(id).stream().map(Edge::from).toList(), step);
        }
        for (int c = columns.size() - 1; c >= 0; c--) {
            align(columns.get(c), y, id -> graph.incoming(id).isEmpty() ? graph.outgoing(id).stream().map(Edge::to).toList() : List.of(), step);
        }
        return y;
    }

    // Moves each layer of a column to the mean height of the given neighbours, keeping the order and a step apart.
    private static void align(List<String> column, Map<String, Double> y, Function<String, List<String>> neighbours, double step) {
        Double previous = null;
        for (String id : column) {
            double wanted = neighbours.apply(id).stream().mapToDouble(y::get).average().orElse(y.get(id));
            double placed = previous == null ? wanted : Math.max(wanted, previous + step);
            y.put(id, placed);
            previous = placed;
        }
    }

    private static void orderByBarycentre(Graph graph, List<List<String>> columns) {
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            boolean forward = sweep % 2 == 0;
            for (int i = 1; i < columns.size(); i++) {
                int c = forward ? i : columns.size() - 1 - i;
                List<String> fixed = columns.get(forward ? c - 1 : c + 1);
                List<String> column = columns.get(c);
                Map<String, Double> centre = new HashMap<>();
                for (int r = 0; r < column.size(); r++) {
                    String id = column.get(r);
                    List<String> neighbours = (forward ? graph.incoming(id).stream().map(Edge::from) : graph.outgoing(id).stream().map(Edge::to))
                            .filter(fixed::contains).toList();
                    // A layer with no neighbour there keeps its place.
                    centre.put(id, neighbours.isEmpty() ? r : neighbours.stream().mapToInt(fixed::indexOf).average().orElse(r));
                }
                column.sort(Comparator.comparingDouble(centre::get));
            }
        }
    }
}
