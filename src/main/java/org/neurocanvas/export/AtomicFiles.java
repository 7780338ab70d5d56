package org.neurocanvas.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files so that a crash or a full disk mid-write never leaves half a file where a good one
 * was: the content goes to a temporary file beside the target, which then replaces it in one move.
 */
public final class AtomicFiles {

    /** What to write into the temporary file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Writes {@code content} to {@code file}, creating its folder if needed.
     *
     * @param what what the file is, for the message: "model bundle", "ONNX model", "picture"
     * @throws ModelFileException a sentence naming the file and why it cannot be written
     */
    public static void write(Path file, String what, Content content) throws ModelFileException {
        Path target = file.toAbsolutePath();
        Path tmp = null;
        try {
            Files.createDirectories(target.getParent());
            tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                content.writeTo(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (AccessDeniedException e) {
            throw new ModelFileException("Cannot write the " + what + " " + file + ": permission denied.", e);
        } catch (FileSystemException e) {
            String reason = e.getReason() == null ? e.getClass().getSimpleName() : e.getReason();
            throw new ModelFileException("Cannot write the " + what + " " + file + ": " + reason + ".", e);
        } catch (IOException e) {
            throw new ModelFileException("Cannot write the " + what + " " + file + ": " + e.getMessage() + ".", e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp == null) {
            return;
        }
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            // The target is already written or the first error is being reported; a stray temporary file is the lesser harm.
        }
    }
}
