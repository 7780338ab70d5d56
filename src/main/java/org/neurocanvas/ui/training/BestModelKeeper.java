package org.neurocanvas.ui.training;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.neurocanvas.engine.Program;
import org.neurocanvas.export.ModelFileException;
import org.neurocanvas.train.BestModelListener;
import org.neurocanvas.train.TrainingEvent;

/**
 * Keeps the best model of a run on disk: after each epoch whose validation loss is the lowest yet,
 * the network goes to one {@code .ncmodel} file, written atomically on the training thread, so that
 * a crash or a stop leaves the best epoch's model and never half a file. Writing costs a few
 * milliseconds for each epoch that improves, against the seconds an epoch of a real data set takes.
 */
final class BestModelKeeper implements BestModelListener {

    /** The epoch last written, with its validation loss. */
    record Kept(int epoch, double valLoss, Path file) {
        /** "Kept the best model so far, epoch 7 (val_loss 0.0812), in spiral-mlp-best.ncmodel." */
        String sentence(String soFar) {
            return String.format(Locale.ROOT, "Kept the best model%s, epoch %d (val_loss %.4f), in %s.", soFar, epoch, valLoss,
                    file.getFileName());
        }
    }

    private final ModelSnapshot snapshot;
    private final Path file;
    private volatile Kept kept;
    private volatile String failure;

    BestModelKeeper(ModelSnapshot snapshot, Path file) {
        this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
        this.file = Objects.requireNonNull(file, "file");
    }

    /** The best model file of a project saved as {@code folder/name.json}: {@code folder/name-best.ncmodel}. */
    static Path besideProject(Path projectFile) {
        String name = projectFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return projectFile.resolveSibling(stem + "-best.ncmodel");
    }

    @Override
    public void onBest(TrainingEvent.EpochEnd epoch, Program program) {
        try {
            snapshot.take(program).writeTo(file);
            kept = new Kept(epoch.epoch(), epoch.valLoss(), file);
            failure = null;
        } catch (ModelFileException e) {
            // Training goes on: the file keeps the last epoch that could be written, if any.
            failure = "The best model of epoch " + epoch.epoch() + " was not kept: " + e.getMessage();
        }
    }

    /** The epoch last written to the file, if any. */
    Optional<Kept> kept() {
        return Optional.ofNullable(kept);
    }

    /** Why the last attempt to write failed, if one did. */
    Optional<String> failure() {
        return Optional.ofNullable(failure);
    }
}
