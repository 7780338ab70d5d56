package org.neurocanvas.export;

import java.nio.charset.StandardCharsets;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.neurocanvas.data.Scaler;
import org.neurocanvas.data.Scaling;
import org.neurocanvas.model.Project;
import org.neurocanvas.model.ProjectFileException;
import org.neurocanvas.model.ProjectIO;
import org.neurocanvas.model.Shape;

/**
 * Reads a bundle into memory, never onto disk, and refuses it with one sentence when anything is
 * off: a damaged zip, an entry name that would point outside, an entry missing, unlisted or not
 * matching its checksum, or content that does not parse.
 */
final class BundleReader {

    /** An entry may unpack to at most this many times the bundle's size: floats barely compress, so more means a zip bomb. */
    private static final long EXPANSION_LIMIT = 64;
    private static final long MIN_ENTRY_LIMIT = 16 << 20;

    private final String where;
    private final Map<String, byte[]> entries;

    private BundleReader(String where, Map<String, byte[]> entries) {
        this.where = where;
        this.entries = entries;
    }

    static ModelBundle read(Path file) throws ModelFileException {
        String where = file.getFileName().toString();
        BundleReader reader = new BundleReader(where, unzip(file, where));
        return reader.verifyAndParse();
    }

    private static Map<String, byte[]> unzip(Path file, String where) throws ModelFileException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            long limit = Math.min(Integer.MAX_VALUE - 8L, Math.max(MIN_ENTRY_LIMIT, EXPANSION_LIMIT * Files.size(file)));
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry e = all.nextElement();
                if (!EntryNames.isSafe(e.getName())) {
                    throw new ModelFileException(where + " holds entry '" + e.getName()
                            + "', whose name points outside the bundle; it is refused as unsafe.");
                }
                try (InputStream in = zip.getInputStream(e)) {
                    byte[] bytes = in.readNBytes((int) limit + 1);
                    if (bytes.length > limit) {
                        throw new ModelFileException(where + ": entry " + e.getName() + " unpacks to more than " + limit
                                + " bytes, far more than a model holds; the file is damaged or not a model bundle.");
                    }
                    if (entries.put(e.getName(), bytes) != null) {
                        throw new ModelFileException(where + " holds entry " + e.getName() + " twice; the file was tampered with.");
                    }
                } catch (ZipException ex) {
                    throw new ModelFileException(where + ": entry " + e.getName() + " cannot be unpacked (" + ex.getMessage()
                            + "); the file is damaged.", ex);
                }
            }
        } catch (NoSuchFileException e) {
            throw new ModelFileException(where + ": no such file.", e);
        } catch (AccessDeniedException e) {
            throw new ModelFileException(where + ": permission denied.", e);
        } catch (ZipException e) {
            throw new ModelFileException(where + " is not a complete model bundle: the zip file is truncated or damaged.", e);
        } catch (IOException e) {
            throw new ModelFileException(where + " cannot be read (" + e.getMessage() + ").", e);
        }
        return entries;
    }

    private ModelBundle verifyAndParse() throws ModelFileException {
        byte[] manifestBytes = entries.remove(EntryNames.MANIFEST);
        if (manifestBytes == null) {
            throw new ModelFileException(where + " has no " + EntryNames.MANIFEST + ": it is not a NeuroCanvas model bundle.");
        }
        BundleManifest manifest = json(EntryNames.MANIFEST, manifestBytes, new TypeReference<>() { });
        if (!BundleManifest.FORMAT.equals(manifest.format())) {
            throw new ModelFileException(where + ": " + EntryNames.MANIFEST + " names format '" + manifest.format()
                    + "', expected '" + BundleManifest.FORMAT + "'; it is not a NeuroCanvas model bundle.");
        }
        if (manifest.version() != BundleManifest.VERSION) {
            throw new ModelFileException(where + " is a version " + manifest.version() + " model bundle; this NeuroCanvas reads version "
                    + BundleManifest.VERSION + ".");
        }
        if (manifest.sha256() == null || manifest.tensors() == null || manifest.inputShape() == null) {
            throw new ModelFileException(where + ": " + EntryNames.MANIFEST + " lacks its checksums, tensors or input shape.");
        }
        verifyChecksums(manifest.sha256());
        Shape inputShape;
        try {
            inputShape = new Shape(manifest.inputShape());
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(where + ": " + EntryNames.MANIFEST + " gives an invalid input shape. " + e.getMessage(), e);
        }
        Project project = project(inputShape);
        List<String> classes = json(EntryNames.CLASSES, entry(EntryNames.CLASSES), new TypeReference<>() { });
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        Set<String> trainable = new LinkedHashSet<>();
        for (BundleManifest.TensorEntry t : manifest.tensors()) {
            if (t == null || t.name() == null || t.entry() == null || t.shape() == null) {
                throw new ModelFileException(where + ": " + EntryNames.MANIFEST + " lists a tensor without its name, entry or shape.");
            }
            Tensor tensor = npy(t.entry(), t.name());
            if (!Arrays.equals(tensor.shape(), t.shape())) {
                throw new ModelFileException(where + ": entry " + t.entry() + " holds shape " + Arrays.toString(tensor.shape())
                        + ", but " + EntryNames.MANIFEST + " lists " + Arrays.toString(t.shape()) + ".");
            }
            tensors.put(t.name(), tensor);
            if (t.trainable()) {
                trainable.add(t.name());
            }
        }
        TrainingHistory history = entries.containsKey(EntryNames.HISTORY)
                ? json(EntryNames.HISTORY, entries.get(EntryNames.HISTORY), new TypeReference<>() { }) : null;
        return new ModelBundle(where, entry(EntryNames.PROJECT), project, inputShape, classes, scaler(), tensors, trainable, history,
                Objects.requireNonNullElse(manifest.created(), "unknown"), Objects.requireNonNullElse(manifest.neurocanvas(), "unknown"));
    }

    /** Every listed entry must be there and match its checksum, and every entry there must be listed. */
    private void verifyChecksums(Map<String, String> sums) throws ModelFileException {
        for (Map.Entry<String, String> s : sums.entrySet()) {
            if (!EntryNames.isSafe(s.getKey())) {
                throw new ModelFileException(where + ": " + EntryNames.MANIFEST + " lists entry '" + s.getKey()
                        + "', whose name points outside the bundle; it is refused as unsafe.");
            }
            byte[] bytes = entries.get(s.getKey());
            if (bytes == null) {
                throw new ModelFileException(where + " lacks entry " + s.getKey() + ", which its manifest lists.");
            }
            if (!BundleWriter.sha256(bytes).equalsIgnoreCase(String.valueOf(s.getValue()))) {
                throw new ModelFileException(where + ": entry " + s.getKey() + " does not match its SHA-256 checksum in "
                        + EntryNames.MANIFEST + "; it was changed or damaged after the bundle was written.");
            }
        }
        for (String name : entries.keySet()) {
            if (!sums.containsKey(name)) {
                throw new ModelFileException(where + " holds entry " + name + ", which its manifest does not list; "
                        + "it was added after the bundle was written.");
            }
        }
    }

    private Project project(Shape inputShape) throws ModelFileException {
        try {
            return ModelBundle.pinInput(ProjectIO.fromJson(new String(entry(EntryNames.PROJECT), StandardCharsets.UTF_8),
                    EntryNames.PROJECT), inputShape);
        } catch (ProjectFileException e) {
            throw new ModelFileException(where + ": entry " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(where + ": entry " + EntryNames.PROJECT + " cannot be read (" + e.getMessage() + ").", e);
        }
    }

    private Scaler scaler() throws ModelFileException {
        BundleManifest.ScalerFile file = json(EntryNames.SCALER, entry(EntryNames.SCALER), new TypeReference<>() { });
        if (file.shift() == null || file.factor() == null) {
            throw new ModelFileException(where + ": entry " + EntryNames.SCALER + " lacks its shift or factor entry.");
        }
        try {
            return new Scaler(Scaling.valueOf(String.valueOf(file.scaling())), npy(file.shift(), "scaler/shift").values(),
                    npy(file.factor(), "scaler/factor").values());
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(where + ": entry " + EntryNames.SCALER + " is not a valid scaling: " + e.getMessage(), e);
        }
    }

    private Tensor npy(String entry, String name) throws ModelFileException {
        try {
            return Npy.read(name, entry(entry));
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(where + ": entry " + entry + " cannot be read: " + e.getMessage() + ".", e);
        }
    }

    private <T> T json(String entry, byte[] bytes, TypeReference<T> type) throws ModelFileException {
        try {
            T value = BundleManifest.JSON.readValue(bytes, type);
            if (value == null) {
                throw new IOException("it is empty");
            }
            return value;
        } catch (IOException e) {
            throw new ModelFileException(where + ": entry " + entry + " is not valid JSON (" + e.getMessage().lines().findFirst().orElse("")
                    + ").", e);
        }
    }

    /** A listed (so verified) entry's bytes. */
    private byte[] entry(String name) throws ModelFileException {
        byte[] bytes = entries.get(name);
        if (bytes == null) {
            throw new ModelFileException(where + " lacks entry " + name + ".");
        }
        return bytes;
    }
}
