package org.neurocanvas.model;

import java.util.Map;

/** Moves layers to new positions; a whole drag is one of these. */
public final class MoveLayers implements Command {

    /** Where a layer stood and where it goes. */
    public record Move(double fromX, double fromY, double toX, double toY) {
    }

    private final Map<String, Move> moves;

    public MoveLayers(Map<String, Move> moves) {
        this.moves = Map.copyOf(moves);
    }

    @Override
    public void execute(Project project) {
        moves.forEach((id, m) -> project.graph().node(id).moveTo(m.toX(), m.toY()));
    }

    @Override
    public void undo(Project project) {
        moves.forEach((id, m) -> project.graph().node(id).moveTo(m.fromX(), m.fromY()));
    }

    @Override
    public String description() {
        return moves.size() == 1 ? "Move " + moves.keySet().iterator().next() : "Move " + moves.size() + " layers";
    }
}
