package org.neurocanvas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentFilesTest {

    @TempDir
    Path temp;

    // A node of its own, so that the test neither reads nor spoils the person's list.
    private final Preferences node = Preferences.userRoot().node("org/neurocanvas-test-" + UUID.randomUUID());

    @AfterEach
    void forget() throws Exception {
        node.removeNode();
    }

    @Test
    void theNewestComesFirstAndAFileOpenedAgainMovesUp() {
        RecentFiles recent = new RecentFiles(node);
        recent.add(temp.resolve("a.json"));
        recent.add(temp.resolve("b.json"));
        recent.add(temp.resolve("sub/../a.json"));
        assertEquals(List.of(temp.resolve("a.json").toAbsolutePath(), temp.resolve("b.json").toAbsolutePath()), recent.list());
    }

    @Test
    void theListKeepsTenAndOutlivesTheWindow() {
        RecentFiles recent = new RecentFiles(node);
        IntStream.rangeClosed(1, 12).forEach(i -> recent.add(temp.resolve(i + ".json")));
        List<Path> kept = new RecentFiles(node).list();
        assertEquals(RecentFiles.LIMIT, kept.size());
        assertEquals(temp.resolve("12.json").toAbsolutePath(), kept.get(0));
        assertEquals(temp.resolve("3.json").toAbsolutePath(), kept.get(9), "the two oldest dropped off");
    }

    @Test
    void clearEmptiesTheList() {
        RecentFiles recent = new RecentFiles(node);
        recent.add(temp.resolve("a.json"));
        recent.clear();
        assertEquals(List.of(), new RecentFiles(node).list());
    }
}
