package org.neurocanvas.ui.editor;

import javafx.scene.layout.Region;
import org.neurocanvas.model.LayerKind;
import org.neurocanvas.ui.Styles;

/**
 * A layer kind's small symbol: its outline comes from the stylesheet ({@code -fx-shape}), its
 * colour from the group class that the tile or card around it carries.
 */
public final class Pictogram extends Region {

    /** The pictogram of {@code kind}; place it inside a node with the kind's group class. */
    public Pictogram(LayerKind kind) {
        getStyleClass().addAll(Styles.PICTOGRAM, Styles.kindClass(kind.id()));
        setMouseTransparent(true);
    }
}
