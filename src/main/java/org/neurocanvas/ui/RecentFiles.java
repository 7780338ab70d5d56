package org.neurocanvas.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * File > Open Recent: the last {@value #LIMIT} project files opened or saved, newest first, kept in
 * the user's Java preferences (node {@code org/neurocanvas}) so that they outlive the window. A file
 * that has moved stays listed until the list is cleared: the menu greys it out. Plain Java.
 */
public final class RecentFiles {

    /** How many files the list keeps. */
    public static final int LIMIT = 10;
    private static final String KEY = "recent.";

    private final Preferences node;

    /**
     * @param node where the list is kept; {@link #node()} for the application's own
     */
    public RecentFiles(Preferences node) {
        this.node = node;
    }

    /** The application's preferences: {@code org/neurocanvas} under the user's root. */
    public static Preferences node() {
        return Preferences.userRoot().node("org/neurocanvas");
    }

    /** The files, newest first, as absolute paths. */
    public List<Path> list() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < LIMIT; i++) {
            String path = node.get(KEY + i, null);
            if (path == null) {
                break;
            }
            files.add(Path.of(path));
        }
        return files;
    }

    /** Puts a file first; a file listed already moves up, and the oldest beyond {@value #LIMIT} drops off. */
    public void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> files = list();
        files.remove(absolute);
        files.add(0, absolute);
        store(files.subList(0, Math.min(files.size(), LIMIT)));
    }

    /** File > Open Recent > Clear List. */
    public void clear() {
        store(List.of());
    }

    private void store(List<Path> files) {
        for (int i = 0; i < LIMIT; i++) {
            if (i < files.size()) {
                node.put(KEY + i, files.get(i).toString());
            } else {
                node.remove(KEY + i);
            }
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // The list still serves this session; the preferences try again at exit.
        }
    }
}
