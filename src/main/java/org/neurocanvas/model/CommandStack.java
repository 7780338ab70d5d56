package org.neurocanvas.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Runs every edit of one project, keeps bounded undo and redo histories, counts revisions
 * (for refreshing views) and knows whether the project differs from its saved file.
 */
public final class CommandStack {

    private static final int LIMIT = 500;

    private final Project project;
    private final Deque<Command> undo = new ArrayDeque<>();
    private final Deque<Command> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new ArrayList<>();
    private Command savedAt;
    private long revision;
    private boolean running;

    public CommandStack(Project project) {
        this.project = project;
    }

    public Project project() {
        return project;
    }

    /**
     * Runs an edit and records it.
     *
     * @throws IllegalArgumentException the command's sentence when the edit makes no sense; nothing changes
     */
    public void execute(Command command) {
        if (running) {
            throw new IllegalStateException("A command may not run another command: " + command.description());
        }
        running = true;
        try {
            command.execute(project);
        } finally {
            running = false;
        }
        Command top = undo.peek();
        if (top == null || top == savedAt || !top.absorb(command)) {
            undo.push(command);
            if (undo.size() > LIMIT) {
                undo.removeLast();
            }
        }
        redo.clear();
        changed();
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public void undo() {
        if (canUndo()) {
            Command c = undo.pop();
            c.undo(project);
            redo.push(c);
            changed();
        }
    }

    public void redo() {
        if (canRedo()) {
            Command c = redo.pop();
            c.execute(project);
            undo.push(c);
            changed();
        }
    }

    public Optional<String> undoDescription() {
        return Optional.ofNullable(undo.peek()).map(Command::description);
    }

    public Optional<String> redoDescription() {
        return Optional.ofNullable(redo.peek()).map(Command::description);
    }

    /** The names of the edits that Undo would reverse, the latest first. */
    public List<String> undoDescriptions() {
        return undo.stream().map(Command::description).toList();
    }

    /** The names of the edits that Redo would make again, the next first. */
    public List<String> redoDescriptions() {
        return redo.stream().map(Command::description).toList();
    }

    /** Increases on every execute, undo and redo. */
    public long revision() {
        return revision;
    }

    /** Whether the project differs from what was last saved or opened. */
    public boolean isDirty() {
        return undo.peek() != savedAt;
    }

    public void markSaved() {
        savedAt = undo.peek();
        changed();
    }

    /** Called after every change, on the caller's thread. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    private void changed() {
        revision++;
        listeners.forEach(Runnable::run);
    }
}
