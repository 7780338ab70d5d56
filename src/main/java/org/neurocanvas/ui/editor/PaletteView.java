package org.neurocanvas.ui.editor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.neurocanvas.model.Catalog;
import org.neurocanvas.model.LayerKind;
import org.neurocanvas.ui.Styles;

/**
 * The catalogue of layer kinds, grouped as the catalogue groups them. A tile is dragged onto
 * the canvas (the dragboard carries the kind's id) or double-clicked to add its layer after
 * the selected one. The search box on top (id {@code palette-search}) filters the tiles as one
 * types and marks the one Enter adds. Tiles have ids such as {@code palette-Dense}.
 */
public final class PaletteView extends ScrollPane {

    /** The id prefix of every tile; the kind's id follows. */
    public static final String TILE_ID_PREFIX = "palette-";

    // Scrolls rather than forcing its height on the window, which must fit the training panel too.
    private final VBox content = new VBox();
    private final TextField search = new TextField();
    private final Map<LayerKind, HBox> tiles = new LinkedHashMap<>();
    private final Map<String, VBox> groups = new LinkedHashMap<>();
    private final EditorModel editor;

    /** A palette of every catalogue kind, adding layers through {@code editor}. */
    public PaletteView(EditorModel editor) {
        this.editor = editor;
        setId("palette");
        setAccessibleText("Layer palette");
        getStyleClass().add(Styles.PALETTE);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        content.getStyleClass().add(Styles.PALETTE_CONTENT);
        setContent(content);
        Label title = new Label("Layers");
        title.getStyleClass().add(Styles.PANEL_TITLE);
        Label hint = new Label("Drag a layer onto the canvas, or double-click it to add it after the selected one. "
                + "Wire a right dot to a left dot.");
        hint.getStyleClass().add(Styles.HINT);
        hint.setWrapText(true);
        search.setId("palette-search");
        search.setPromptText("Search (Enter adds)");
        search.setAccessibleText("Search layers by name, group or what they do");
        search.getStyleClass().add(Styles.PALETTE_SEARCH);
        search.textProperty().addListener((o, old, text) -> filter(text));
        search.setOnAction(e -> addBest());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
                e.consume();
            }
        });
        content.getChildren().addAll(title, hint, search);

        for (LayerKind kind : Catalog.kinds()) {
            HBox tile = tile(kind, editor);
            tiles.put(kind, tile);
            groups.computeIfAbsent(kind.group(), this::group).getChildren().add(tile);
        }
    }

    /** The search box, which Ctrl+F focuses. */
    public TextField search() {
        return search;
    }

    // Hides the tiles that do not match and groups left empty; marks the tile Enter adds.
    private void filter(String query) {
        List<LayerKind> found = PaletteSearch.matches(Catalog.kinds(), query);
        Optional<LayerKind> best = query.isBlank() ? Optional.empty() : PaletteSearch.best(Catalog.kinds(), query);
        tiles.forEach((kind, tile) -> {
            show(tile, found.contains(kind));
            tile.pseudoClassStateChanged(Styles.DEFAULT, best.filter(kind::equals).isPresent());
        });
        groups.forEach((group, box) -> show(box, found.stream().anyMatch(k -> k.group().equals(group))));
    }

    private void addBest() {
        Optional<LayerKind> best = PaletteSearch.best(Catalog.kinds(), search.getText());
        if (best.isPresent() && editor.addAfterSelection(best.get().id()).isPresent()) {
            // Typing again replaces the query: the next layer is one word away.
            search.selectAll();
        }
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    private VBox group(String name) {
        Label label = new Label(name);
        label.getStyleClass().add(Styles.SECTION_TITLE);
        VBox box = new VBox(label);
        box.getStyleClass().add(Styles.PALETTE_GROUP);
        content.getChildren().add(box);
        return box;
    }

    private static HBox tile(LayerKind kind, EditorModel editor) {
        Label name = new Label(kind.id());
        HBox tile = new HBox(new Pictogram(kind), name);
        tile.setId(TILE_ID_PREFIX + kind.id());
        tile.getStyleClass().addAll(Styles.PALETTE_TILE, Styles.groupClass(kind.group()));
        Tooltip tip = new Tooltip(kind.explanation() + "\n\n" + kind.formula());
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        Tooltip.install(tile, tip);

        tile.setOnDragDetected(e -> {
            Dragboard board = tile.startDragAndDrop(TransferMode.COPY);
            ClipboardContent content = new ClipboardContent();
            content.putString(kind.id());
            board.setContent(content);
            SnapshotParameters look = new SnapshotParameters();
            look.setFill(Color.TRANSPARENT);
            board.setDragView(tile.snapshot(look, null), e.getX(), e.getY());
            e.consume();
        });
        tile.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                editor.addAfterSelection(kind.id());
            }
        });
        // From the keyboard a tile is a button: Tab reaches it, Enter or Space adds its layer.
        tile.setFocusTraversable(true);
        tile.setAccessibleRole(AccessibleRole.BUTTON);
        tile.setAccessibleText("Add a " + kind.id() + " layer");
        tile.setAccessibleHelp(kind.explanation());
        tile.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                editor.addAfterSelection(kind.id());
                e.consume();
            }
        });
        return tile;
    }
}
