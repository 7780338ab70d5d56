package org.neurocanvas.ui.editor;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.neurocanvas.model.Command;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.model.MoveLayers;
import org.neurocanvas.model.Project;

/**
 * Moves layers a step with the arrow keys. Presses that follow each other closely on the same
 * layers fold into one step, so holding an arrow key down is undone at once.
 */
public final class NudgeLayers implements Command {

    /** Presses closer together than this belong to one burst. */
    public static final long BURST_MILLIS = 1000;

    private final Map<String, MoveLayers.Move> moves = new LinkedHashMap<>();
    private long lastPress;

    /**
     * @param layers the layers to move, all present in {@code project}
     * @param snapping whether the layers land on the grid (one placed off it by hand comes back to it)
     * @param at when the key was pressed, in milliseconds of any steady clock
     */
    public NudgeLayers(Project project, Collection<String> layers, double dx, double dy, boolean snapping, long at) {
        for (String id : layers) {
            LayerNode node = project.graph().node(id);
            double x = node.x() + dx;
            double y = node.y() + dy;
            moves.put(id, new MoveLayers.Move(node.x(), node.y(), snapping ? CanvasGeometry.snap(x) : x, snapping ? CanvasGeometry.snap(y) : y));
        }
        lastPress = at;
    }

    /** Whether any layer would end somewhere else (not when every one already touches the edge it is pushed to). */
    public boolean movesAnything() {
        return moves.values().stream().anyMatch(m -> m.fromX() != m.toX() || m.fromY() != m.toY());
    }

    @Override
    public void execute(Project project) {
        new MoveLayers(moves).execute(project);
    }

    @Override
    public void undo(Project project) {
        new MoveLayers(moves).undo(project);
    }

    @Override
    public boolean absorb(Command next) {
        if (next instanceof NudgeLayers n && n.moves.keySet().equals(moves.keySet()) && n.lastPress - lastPress <= BURST_MILLIS) {
            n.moves.forEach((id, m) -> moves.put(id, new MoveLayers.Move(moves.get(id).fromX(), moves.get(id).fromY(), m.toX(), m.toY())));
            lastPress = n.lastPress;
            return true;
        }
        return false;
    }

    @Override
    public String description() {
        return new MoveLayers(moves).description();
    }
}
