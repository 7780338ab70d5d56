package org.neurocanvas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurocanvas.model.ChangeSetting;
import org.neurocanvas.model.Project;
import org.neurocanvas.model.ProjectIO;

class AutosaveTest {

    @TempDir
    Path temp;

    private final List<String> status = new ArrayList<>();

    private DocumentSession spiral() throws Exception {
        Path copy = temp.resolve("spiral-mlp.json");
        if (!Files.exists(copy)) {
            Files.copy(NeuroCanvasApp.DEFAULT_PROJECT, copy);
        }
        return new DocumentSession(ProjectIO.read(copy), copy);
    }

    @Test
    void aDirtyProjectIsCopiedOncePerChangeAndTheCopyHoldsTheChange() throws Exception {
        DocumentSession session = spiral();
        Path folder = temp.resolve("recovery");
        Autosave autosave = new Autosave(session, folder, status::add);
        assertFalse(autosave.tick(), "nothing to copy while the project is as saved");
        session.stack().execute(new ChangeSetting("dense_1", "units", 16));
        assertTrue(autosave.tick());
        assertFalse(autosave.tick(), "no change since the last copy");
        Path copy = autosave.recoveryFile();
        assertTrue(copy.getFileName().toString().matches("spiral-mlp-[0-9a-f]{8}\\.json"), copy.toString());
        Project recovered = ProjectIO.fromJson(Files.readString(copy), "copy");
        assertEquals(16, recovered.graph().node("dense_1").intSetting("units"));
        assertEquals(List.of(), status);
    }

    @Test
    void aCleanSaveDeletesTheCopyAndSoDoesANormalClose() throws Exception {
        DocumentSession session = spiral();
        Autosave autosave = new Autosave(session, temp.resolve("recovery"), status::add);
        session.stack().execute(new ChangeSetting("dense_1", "units", 16));
        autosave.tick();
        session.save();
        assertFalse(Files.exists(autosave.recoveryFile()));

        session.stack().execute(new ChangeSetting("dense_1", "units", 8));
        autosave.tick();
        autosave.discard();
        assertEquals(List.of(), Autosave.found(temp.resolve("recovery")), "nothing left to offer");
    }

    @Test
    void anUntitledProjectHasAnUntitledCopyWhichNewDiscards() throws Exception {
        DocumentSession session = new DocumentSession(Project.empty(), null);
        Autosave autosave = new Autosave(session, temp, status::add);
        session.stack().execute(new ChangeSetting("output_1", "loss", session.project().graph().node("output_1").setting("loss")));
        autosave.tick();
        assertEquals(temp.resolve("untitled.json"), autosave.recoveryFile());
        assertTrue(Files.exists(autosave.recoveryFile()));
        session.newProject();
        assertFalse(Files.exists(autosave.recoveryFile()), "a new project replaces the changes the person chose to lose");
    }

    @Test
    void afterACrashTheNextStartOffersTheCopyAndRestoresItUnsaved() throws Exception {
        DocumentSession crashed = spiral();
        Path folder = temp.resolve("recovery");
        Autosave autosave = new Autosave(crashed, folder, status::add);
        crashed.stack().execute(new ChangeSetting("dense_1", "units", 16));
        autosave.tick();

        ProjectTabs tabs = new ProjectTabs(DocumentSession.blank());
        List<Autosave.Recovery> offered = new ArrayList<>();
        Optional<String> said = Autosave.offer(folder, tabs, r -> {
            offered.addAll(r);
            return true;
        });
        assertEquals(1, tabs.sessions().size(), "the untouched new project gave its tab to the restored one");
        DocumentSession next = tabs.selected();
        assertEquals(Optional.of(temp.resolve("spiral-mlp.json").toAbsolutePath()), offered.get(0).source());
        assertEquals(Optional.of("Restored the unsaved changes to spiral-mlp.json: save them to keep them."), said);
        assertEquals(16, next.project().graph().node("dense_1").intSetting("units"));
        assertEquals(Optional.of(temp.resolve("spiral-mlp.json").toAbsolutePath()), next.file());
        assertTrue(next.isDirty(), "restored changes are unsaved until saved");
        next.save();
        assertFalse(next.isDirty());
        assertEquals(16, ProjectIO.read(temp.resolve("spiral-mlp.json")).graph().node("dense_1").intSetting("units"));
    }

    @Test
    void twoTabsCrashedTogetherComeBackInTwoTabsEachKeepingItsRecoveryFile() throws Exception {
        Path folder = temp.resolve("recovery");
        ProjectTabs crashed = new ProjectTabs(spiral());
        crashed.startAutosave(folder, status::add);
        crashed.selected().stack().execute(new ChangeSetting("dense_1", "units", 16));
        DocumentSession untitled = crashed.newProject();
        untitled.stack().execute(new ChangeSetting("output_1", "loss", untitled.project().graph().node("output_1").setting("loss")));
        assertEquals(2, crashed.tickAutosave());
        Path untitledCopy = crashed.recoveryFile(untitled).orElseThrow();

        ProjectTabs next = new ProjectTabs(spiral());
        List<Autosave.Recovery> offered = new ArrayList<>();
        Optional<String> said = Autosave.offer(folder, next, r -> offered.addAll(r));
        assertEquals(2, offered.size(), "one question for both");
        assertEquals(Optional.of("Restored the unsaved changes to spiral-mlp.json and an untitled project: save them to keep them."), said);
        assertEquals(2, next.sessions().size(), "the spiral's changes went into its open tab, the untitled project into a new one");
        assertEquals(16, next.sessions().get(0).project().graph().node("dense_1").intSetting("units"));
        assertTrue(next.sessions().stream().allMatch(DocumentSession::isDirty));

        next.startAutosave(folder, status::add);
        assertEquals(untitledCopy, next.recoveryFile(next.sessions().get(1)).orElseThrow(), "the untitled copy stays where it was");
        next.discardRecoveries();
        assertEquals(List.of(), Autosave.found(folder));
    }

    @Test
    void aDeclinedOfferDeletesTheCopy() throws Exception {
        DocumentSession crashed = spiral();
        Path folder = temp.resolve("recovery");
        Autosave autosave = new Autosave(crashed, folder, status::add);
        crashed.stack().execute(new ChangeSetting("dense_1", "units", 16));
        autosave.tick();
        DocumentSession next = spiral();
        assertEquals(Optional.of("The unsaved changes to spiral-mlp.json were discarded."),
                Autosave.offer(folder, new ProjectTabs(next), r -> false));
        assertEquals(List.of(), Autosave.found(folder));
        assertEquals(64, next.project().graph().node("dense_1").intSetting("units"));
    }
}
