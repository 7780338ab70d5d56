package org.neurocanvas.ui.editor;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import org.neurocanvas.model.Analysis;
import org.neurocanvas.model.Graph;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.ui.Styles;

/**
 * File > Export Canvas as SVG: the network as a drawing for slides and papers, on white.
 * Cards are drawn as the window draws them: a rounded rectangle with the kind's pictogram and name
 * in a tinted band, then the layer's name, its chosen options, output shape and parameter count;
 * wires are the canvas's curves as paths with their arrowheads. Colours and pictograms come from
 * the light stylesheet, so the drawing matches the window.
 */
public final class CanvasSvg {

    private static final double MARGIN = 20;
    private static final double RADIUS = 10;
    private static final double HEADER = 30;
    /** How far towards white a card's header band is, beside its group's colour. */
    private static final double HEADER_LIGHTNESS = 0.82;
    /** How dark the kind and options are against the group's colour, as the stylesheet's {@code derive(-nc-group, -25%)}. */
    private static final double TEXT_SHADE = 0.75;
    /** Where the pictogram and the kind stand in the band, and where the body's texts start and end. */
    private static final double PICTOGRAM_X = 6;
    private static final double KIND_X = 31;
    private static final double BODY_X = 8;
    private static final String FONT = "Helvetica, Arial, sans-serif";
    private static final String MONO = "Menlo, Consolas, monospace";
    /**
     * Fonts to measure texts with, so that a long name is drawn smaller rather than past the card's edge, as in the
     * window. Java's own sans-serif is as wide as Helvetica or wider, so a fitted text fits in either.
     */
    private static final Font SANS = new Font(Font.SANS_SERIF, Font.PLAIN, 1);
    private static final Font SANS_BOLD = new Font(Font.SANS_SERIF, Font.BOLD, 1);
    private static final Font MONOSPACED = new Font(Font.MONOSPACED, Font.PLAIN, 1);
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);
    private static final Pattern VARIABLE = Pattern.compile("(-nc-[a-z0-9-]+)\\s*:\\s*([^;]+);");
    private static final Pattern SHAPE = Pattern.compile("\\.(kind-[a-z0-9]+)\\s*\\{\\s*-fx-shape:\\s*\"([^\"]+)\"");

    private final Map<String, String> palette;
    private final Map<String, String> pictograms = new LinkedHashMap<>();

    /**
     * @param stylesheet the light stylesheet: its {@code -nc-} colours (see {@link #palette(String)}) and the kinds'
     *        pictograms ({@code -fx-shape} of each {@code .kind-} class)
     */
    public CanvasSvg(String stylesheet) {
        this.palette = palette(stylesheet);
        Matcher m = SHAPE.matcher(stylesheet);
        while (m.find()) {
            pictograms.put(m.group(1), m.group(2));
        }
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
        List<WireCurve> wires = graph.edges().stream().map(e -> flow.wire(graph, e)).toList();
        Rectangle2D drawn = CanvasGeometry.drawn(graph, wires);
        double left = drawn.getMinX() - MARGIN;
        double top = drawn.getMinY() - MARGIN;
        double right = drawn.getMaxX() + MARGIN;
        double bottom = drawn.getMaxY() + MARGIN;
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
            card(svg, n, CardText.of(n, analysis.layer(n.id())), analysis.waits(n.id()), flow);
        }
        return svg.append("</svg>\n").toString();
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

    // As the window draws it: red where a problem starts; a dashed red ring where a layer only waits for one before it.
    private void card(StringBuilder svg, LayerNode n, CardText text, boolean waiting, Flow flow) {
        double x = n.x();
        double y = n.y();
        String group = colour("-nc-group-" + n.kind().group().toLowerCase(Locale.ROOT), "-nc-text-muted");
        String accent = text.valid() || waiting ? group : colour("-nc-error");
        String ring = text.valid() ? group : colour("-nc-error");
        svg.append("  <g>\n");
        svg.append(String.format(Locale.ROOT, "    <rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" rx=\"%s\" fill=\"%s\" stroke=\"%s\" stroke-width=\"1.5\"%s/>%n",
                num(x), num(y), num(CanvasGeometry.CARD_WIDTH), num(CanvasGeometry.CARD_HEIGHT), num(RADIUS), colour("-nc-surface"), ring,
                waiting ? " stroke-dasharray=\"5 4\"" : ""));
        // The header band: the card's top with its rounded corners, tinted with the group's colour.
        double w = CanvasGeometry.CARD_WIDTH;
        svg.append("    <path d=\"M ").append(num(x)).append(',').append(num(y + HEADER)).append(" V ").append(num(y + RADIUS))
                .append(" Q ").append(num(x)).append(',').append(num(y)).append(' ').append(num(x + RADIUS)).append(',').append(num(y))
                .append(" H ").append(num(x + w - RADIUS)).append(" Q ").append(num(x + w)).append(',').append(num(y)).append(' ')
                .append(num(x + w)).append(',').append(num(y + RADIUS)).append(" V ").append(num(y + HEADER))
                .append(" Z\" fill=\"").append(tint(accent)).append("\"/>\n");
        String pictogram = pictograms.get(Styles.kindClass(n.kind().id()));
        if (pictogram != null) {
            svg.append("    <path d=\"").append(pictogram).append("\" transform=\"translate(").append(num(x + PICTOGRAM_X)).append(' ')
                    .append(num(y + (HEADER - 20) / 2)).append(")\" fill=\"").append(accent).append("\"/>\n");
        }
        String shaded = shade(accent);
        double inside = CanvasGeometry.CARD_WIDTH - 2 * BODY_X;
        text(svg, x + KIND_X, y + 20, text.kind(), shaded, 13, SANS_BOLD, CanvasGeometry.CARD_WIDTH - KIND_X - PICTOGRAM_X);
        // Chosen options take a line of their own under the name, as in the window; a layer without any closes up.
        boolean options = !text.detail().isEmpty();
        text(svg, x + BODY_X, y + 47, text.name(), colour("-nc-text"), 14, SANS_BOLD, inside);
        if (options) {
            text(svg, x + BODY_X, y + 60, text.detail(), shaded, 11, SANS, inside);
        }
        String shapeColour = text.valid() ? colour("-nc-text") : waiting ? colour("-nc-text-muted") : accent;
        text(svg, x + BODY_X, y + (options ? 75 : 65), text.shape(), shapeColour, 12, MONOSPACED, inside);
        text(svg, x + BODY_X, y + (options ? 90 : 83), text.parameters(), colour("-nc-text-muted"), 12, SANS, inside);
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

    // A text from (x, y), drawn smaller if it would reach past room: globalaveragepool2d_1 fits its card.
    private static void text(StringBuilder svg, double x, double y, String text, String fill, int size, Font font, double room) {
        double width = font.deriveFont((float) size).getStringBounds(text, MEASURE).getWidth();
        double fitted = width > room ? Math.floor(size * room / width * 10) / 10 : size;
        svg.append(String.format(Locale.ROOT, "    <text x=\"%s\" y=\"%s\" fill=\"%s\" font-size=\"%s\" font-weight=\"%s\" font-family=\"%s\">%s</text>%n",
                num(x), num(y), fill, num(fitted), font.isBold() ? "bold" : "normal", font == MONOSPACED ? MONO : FONT, escape(text)));
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

    // The colour mixed with white, as the window's header band derives it.
    private static String tint(String colour) {
        return eachChannel(colour, c -> c + (255 - c) * HEADER_LIGHTNESS);
    }

    // The colour darkened, as the window's derive(-nc-group, -25%) does.
    private static String shade(String colour) {
        return eachChannel(colour, c -> c * TEXT_SHADE);
    }

    // Each channel of a #rrggbb colour changed; any other colour stays as it is.
    private static String eachChannel(String colour, DoubleUnaryOperator change) {
        if (!colour.matches("#[0-9a-fA-F]{6}")) {
            return colour;
        }
        StringBuilder changed = new StringBuilder("#");
        for (int i = 1; i < 7; i += 2) {
            changed.append(String.format("%02x", Math.round(change.applyAsDouble(Integer.parseInt(colour.substring(i, i + 2), 16)))));
        }
        return changed.toString();
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
