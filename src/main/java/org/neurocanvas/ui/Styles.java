package org.neurocanvas.ui;

import java.util.Locale;
import javafx.css.PseudoClass;

/**
 * CSS style class names and pseudo-classes used by the window, as constants so code and
 * {@code assets/css/neurocanvas.css} cannot drift apart silently. Colours live only in the
 * stylesheet's palette on {@code .root}.
 */
public final class Styles {

    /** The main stylesheet, on the class path. */
    public static final String STYLESHEET = "/assets/css/neurocanvas.css";

    /** The dark theme: it overrides the main stylesheet's palette. */
    public static final String DARK_STYLESHEET = "/assets/css/dark.css";

    /** The main window's root. */
    public static final String MAIN_WINDOW = "main-window";
    /** The palette, a scroll pane on the left. */
    public static final String PALETTE = "palette";
    /** The column of groups inside the palette. */
    public static final String PALETTE_CONTENT = "palette-content";
    /** One group of tiles in the palette, under its name. */
    public static final String PALETTE_GROUP = "palette-group";
    /** A layer kind in the palette, to drag or double-click. */
    public static final String PALETTE_TILE = "palette-tile";
    /** The search box above the palette's tiles. */
    public static final String PALETTE_SEARCH = "palette-search";
    /** A side panel's title. */
    public static final String PANEL_TITLE = "panel-title";
    /** A quiet sentence that explains how to use a panel. */
    public static final String HINT = "hint";
    /** A layer kind's symbol. */
    public static final String PICTOGRAM = "pictogram";

    /** The board the cards lie on (id {@code canvas}). */
    public static final String CANVAS = "canvas";
    /** The grid drawn on the board. */
    public static final String CANVAS_GRID = "canvas-grid";
    /** The scroll pane around the board. */
    public static final String CANVAS_SCROLL = "canvas-scroll";
    /** A layer on the board: card, ports and problem. */
    public static final String LAYER_VIEW = "layer-view";
    /** The rounded card of a layer. */
    public static final String LAYER_CARD = "layer-card";
    /** The card's top band: pictogram, kind and chosen options. */
    public static final String CARD_HEADER = "card-header";
    /** The kind in the card's header. */
    public static final String CARD_KIND = "card-kind";
    /** The chosen options in the card's header, e.g. {@code relu}. */
    public static final String CARD_DETAIL = "card-detail";
    /** The card's texts below the header. */
    public static final String CARD_BODY = "card-body";
    /** The layer's name on its card. */
    public static final String CARD_NAME = "card-name";
    /** The output shape on a card. */
    public static final String CARD_SHAPE = "card-shape";
    /** The parameter count on a card. */
    public static final String CARD_PARAMS = "card-params";
    /** A layer's problem sentence, beneath its card and in the inspector. */
    public static final String CARD_PROBLEM = "card-problem";
    /** An input or output port. */
    public static final String PORT = "port";
    /** The input port, on a card's left. */
    public static final String PORT_IN = "port-in";
    /** The output port, on a card's right; wires start here. */
    public static final String PORT_OUT = "port-out";
    /** A wire between two layers. */
    public static final String WIRE = "wire";
    /** The visible curve of a wire. */
    public static final String WIRE_LINE = "wire-line";
    /** The wide invisible curve that makes a wire easy to click. */
    public static final String WIRE_HIT = "wire-hit";
    /** The arrowhead at a wire's input end. */
    public static final String WIRE_ARROW = "wire-arrow";
    /** The wire being drawn from an output port. */
    public static final String RUBBER_BAND = "rubber-band";

    /** The rubber band dragged across empty canvas to select the cards it touches. */
    public static final String MARQUEE = "marquee";

    /** The inspector, a scroll pane on the right. */
    public static final String INSPECTOR = "inspector";
    /** The column inside the inspector. */
    public static final String INSPECTOR_CONTENT = "inspector-content";
    /** The inspector's title: a layer's or the project's name. */
    public static final String INSPECTOR_TITLE = "inspector-title";
    /** The line under the inspector's title. */
    public static final String INSPECTOR_SUBTITLE = "inspector-subtitle";
    /** A hint on the selected layer's choices, under the inspector's title. */
    public static final String INSPECTOR_HINT = "inspector-hint";
    /** The heading of a section (palette group, inspector section). */
    public static final String SECTION_TITLE = "section-title";
    /** A property sheet of settings in the inspector. */
    public static final String SETTINGS_SHEET = "settings-sheet";
    /** What a layer kind does, in a sentence. */
    public static final String EXPLANATION = "explanation";
    /** A layer kind's formula, in a monospace box. */
    public static final String FORMULA = "formula";
    /** The sentence under an inspector field whose typed value the model would refuse. */
    public static final String FIELD_REFUSAL = "field-refusal";
    /** A file's path in the inspector, with its Choose file… button. */
    public static final String FILE_FIELD = "file-field";
    /** The note that settings are locked while training runs. */
    public static final String LOCK_NOTE = "lock-note";

    /** The status bar at the bottom. */
    public static final String STATUS_BAR = "status-bar";
    /** The latest sentence in the status bar (id {@code status}). */
    public static final String STATUS_TEXT = "status-text";
    /** The network's size at the right of the status bar. */
    public static final String STATUS_FIGURES = "status-figures";
    /** The table of Help > Shortcuts. */
    public static final String SHORTCUTS = "shortcuts";
    /** The keys column of Help > Shortcuts. */
    public static final String SHORTCUT_KEYS = "shortcut-keys";
    /** The list of File > New from Template. */
    public static final String TEMPLATES = "templates";
    /** A template's name in that list. */
    public static final String TEMPLATE_NAME = "template-name";
    /** The monospace table of Model > Summary. */
    public static final String SUMMARY_TEXT = "summary-text";

    /** A selected card or wire. */
    public static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    /** A card whose layer has a problem. */
    public static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    /** A rubber-band wire over an input that accepts it; an input port or a wire that would take what is dragged. */
    public static final PseudoClass ACCEPT = PseudoClass.getPseudoClass("accept");
    /** A rubber-band wire over an input that refuses it. */
    public static final PseudoClass REFUSE = PseudoClass.getPseudoClass("refuse");
    /** The canvas while it is drawn for an exported picture: no grid. */
    public static final PseudoClass EXPORTING = PseudoClass.getPseudoClass("exporting");
    /** The palette tile that Enter in the search box adds. */
    public static final PseudoClass DEFAULT = PseudoClass.getPseudoClass("default");
    /** An input port that would not take the wire being drawn. */
    public static final PseudoClass DIMMED = PseudoClass.getPseudoClass("dimmed");
    /** A status sentence that reports a problem rather than news. */
    public static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    private Styles() {
    }

    /** The class that colours things of a palette group: {@code group-core}, {@code group-activation}, ... */
    public static String groupClass(String group) {
        return "group-" + group.toLowerCase(Locale.ROOT);
    }

    /** The class that picks a layer kind's pictogram: {@code kind-dense}, {@code kind-input}, ... */
    public static String kindClass(String kindId) {
        return "kind-" + kindId.toLowerCase(Locale.ROOT);
    }
}
