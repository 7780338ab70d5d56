package org.neurocanvas.ui.editor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import org.neurocanvas.model.Analysis;
import org.neurocanvas.model.Edge;
import org.neurocanvas.model.Graph;
import org.neurocanvas.model.LayerNode;

/**
 * File > Export Canvas as SVG: the network as a drawing for slides and papers, on white.
 * Cards are rounded rectangles with the kind, name, output shape and parameter count as text;
 * wires are the canvas's curves as paths with their arrowheads. Colours come from the light
 * stylesheet's palette, so the drawing matches the window.
 */
public final class CanvasSvg {

    private static final double MARGIN = 20;
    private static final double RADIUS = 10;
    private static final double HEADER = 30;
    /** How far towards white a card's header band is, beside its group's colour. */
    private static final double HEADER_LIGHTNESS = 0.82;
    private static final String FONT = "Helvetica, Arial, sans-serif";
    private static final String MONO = "Menlo, Consolas, monospace";
    private static final Pattern VARIABLE = Pattern.compile("(-nc-[a-z0-9-]+)\\s*:\\s*([^;]+);");

    private final Map<String, String> palette;

    /**
     * @param palette the stylesheet's {@code -nc-} variables with their values, as {@link #palette(String)} reads them
     */
    public CanvasSvg(Map<String, String> palette) {
        this.palette = palette;
    }

    /** The {@code -nc-} variables a stylesheet declares, with a variable that names another resolved to its value. */
    public static Map<String, String> palette(String css) {
        Map<String, String> found = new LinkedHashMap<>();
        Matcher m = VARIABLE.matcher(css);
        while (m.find()) {
            found.putIfAbsent(m.group(1), m.group(2).trim());
        }
        found.replaceAll((name, value) -> found.getOrDefault(value, value));
        return found;
    }

    /** The SVG document of the graph, with the texts of {@code analysis}. */
    public String write(Graph graph, Analysis analysis) {
        Flow flow = Flow.of(graph);
        List<WireCurve> wires = graph.edges().stream().map(e -> curve(graph, e, flow)).toList();
        double left = graph.nodes().stream().mapToDouble(LayerNode::x).min().orElse(0) - MARGIN - CanvasGeometry.PORT_RADIUS;
        double top = graph.nodes().stream().mapToDouble(LayerNode::y).min().orElse(0) - MARGIN;
        double right = graph.nodes().stream().mapToDouble(LayerNode::x).max().orElse(0) + CanvasGeometry.CARD_WIDTH + MARGIN + CanvasGeometry.PORT_RADIUS;
        double bottom = graph.nodes().stream().mapToDouble(LayerNode::y).max().orElse(0) + CanvasGeometry.CARD_HEIGHT + MARGIN;
        // A residual wire that arcs round the cards it skips reaches past them.
        for (WireCurve c : wires) {
            Rectangle2D reach = c.extent();
            left = Math.min(left, reach.getMinX() - MARGIN);
            top = Math.min(top, reach.getMinY() - MARGIN);
            right = Math.max(right, reach.getMaxX() + MARGIN);
            bottom = Math.max(bottom, reach.getMaxY() + MARGIN);
        }
        double width = Math.max(1, right - left);
        double height = Math.max(1, bottom - top);
        StringBuilder svg = new StringBuilder();
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"%s %s %s %s\">%n",
                        width, height, num(left), num(top), num(width), num(height)))
                .append(String.format(Locale.ROOT, "  <rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" fill=\"#ffffff\"/>%n",
                        num(left), num(top), num(width), num(height)));
        wires.forEach(c -> wire(svg, c));
        for (LayerNode n : graph.nodes()) {
            card(svg, n, CardText.of(n, analysis.layer(n.id())), flow);
        }
        return svg.append("</svg>\n").toString();
    }

    private static WireCurve curve(Graph graph, Edge e, Flow flow) {
        LayerNode from = graph.node(e.from());
        LayerNode to = graph.node(e.to());
        return flow.wire(graph, e, flow.outputPort(from.x(), from.y()), flow.inputPort(to.x(), to.y()));
    }

    private void wire(StringBuilder svg, WireCurve c) {
        String colour = colour("-nc-wire");
        svg.append("  <path d=\"M ").append(point(c.start()));
        for (int i = 1; i < c.points().size(); i += 3) {
            svg.append(" C ").append(point(c.points().get(i))).append(' ').append(point(c.points().get(i + 1))).append(' ')
                    .append(point(c.points().get(i + 2)));
        }
        svg.append("\" fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2.5\" stroke-linecap=\"round\"/>\n");
        double[] a = c.arrow();
        svg.append("  <polygon points=\"").append(num(a[0])).append(',').append(num(a[1])).append(' ').append(num(a[2])).append(',')
                .append(num(a[3])).append(' ').append(num(a[4])).append(',').append(num(a[5])).append("\" fill=\"").append(colour).append("\"/>\n");
    }

    private void card(StringBuilder svg, LayerNode n, CardText text, Flow flow) {
        double x = n.x();
        double y = n.y();
        String group = colour("-nc-group-" + n.kind().group().toLowerCase(Locale.ROOT), "-nc-text-muted");
        String accent = text.valid() ? group : colour("-nc-error");
        svg.append("  <g>\n");
        svg.append(String.format(Locale.ROOT, "    <rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" rx=\"%s\" fill=\"%s\" stroke=\"%s\" stroke-width=\"1.5\"/>%n",
                num(x), num(y), num(CanvasGeometry.CARD_WIDTH), num(CanvasGeometry.CARD_HEIGHT), num(RADIUS), colour("-nc-surface"), accent));
        // The header band: the card's top with its rounded corners, tinted with the group's colour.
        double w = CanvasGeometry.CARD_WIDTH;
        svg.append("    <path d=\"M ").append(num(x)).append(',').append(num(y + HEADER)).append(" V ").append(num(y + RADIUS))
                .append(" Q ").append(num(x)).append(',').append(num(y)).append(' ').append(num(x + RADIUS)).append(',').append(num(y))
                .append(" H ").append(num(x + w - RADIUS)).append(" Q ").append(num(x + w)).append(',').append(num(y)).append(' ')
                .append(num(x + w)).append(',').append(num(y + RADIUS)).append(" V ").append(num(y + HEADER))
                .append(" Z\" fill=\"").append(tint(accent)).append("\"/>\n");
        text(svg, x + 12, y + 20, text.kind(), accent, 13, "bold", FONT, "start");
        if (!text.detail().isEmpty()) {
            text(svg, x + CanvasGeometry.CARD_WIDTH - 10, y + 20, text.detail(), accent, 12, "normal", FONT, "end");
        }
        text(svg, x + 12, y + 50, text.name(), colour("-nc-text"), 15, "bold", FONT, "start");
        text(svg, x + 12, y + 70, text.shape(), text.valid() ? colour("-nc-text") : accent, 13, "normal", MONO, "start");
        text(svg, x + 12, y + 89, text.parameters(), colour("-nc-text-muted"), 13, "normal", FONT, "start");
        if (n.kind().maxInputs() > 0) {
            port(svg, flow.inputPort(x, y), group);
        }
        if (n.kind().hasOutputPort()) {
            port(svg, flow.outputPort(x, y), group);
        }
        svg.append("  </g>\n");
    }

    private void port(StringBuilder svg, Point2D at, String colour) {
        svg.append(String.format(Locale.ROOT, "    <circle cx=\"%s\" cy=\"%s\" r=\"%s\" fill=\"%s\" stroke=\"%s\" stroke-width=\"2.5\"/>%n",
                num(at.getX()), num(at.getY()), num(CanvasGeometry.PORT_RADIUS), colour("-nc-surface"), colour));
    }

    private static void text(StringBuilder svg, double x, double y, String text, String fill, int size, String weight, String font, String anchor) {
        svg.append(String.format(Locale.ROOT, "    <text x=\"%s\" y=\"%s\" fill=\"%s\" font-size=\"%d\" font-weight=\"%s\" font-family=\"%s\" text-anchor=\"%s\">%s</text>%n",
                num(x), num(y), fill, size, weight, font, anchor, escape(text)));
    }

    private String colour(String variable) {
        return colour(variable, null);
    }

    // A colour the palette lacks falls back to another variable, then to a neutral grey.
    private String colour(String variable, String fallback) {
        String value = palette.get(variable);
        if (value == null && fallback != null) {
            value = palette.get(fallback);
        }
        return value == null ? "#808080" : value;
    }

    // The colour mixed with white, as the window's header band derives it; a colour that is not #rrggbb stays as it is.
    private static String tint(String colour) {
        if (!colour.matches("#[0-9a-fA-F]{6}")) {
            return colour;
        }
        StringBuilder mixed = new StringBuilder("#");
        for (int i = 1; i < 7; i += 2) {
            int c = Integer.parseInt(colour.substring(i, i + 2), 16);
            mixed.append(String.format("%02x", Math.round(c + (255 - c) * HEADER_LIGHTNESS)));
        }
        return mixed.toString();
    }

    private static String point(Point2D p) {
        return num(p.getX()) + "," + num(p.getY());
    }

    private static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
