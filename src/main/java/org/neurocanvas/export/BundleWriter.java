package org.neurocanvas.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.neurocanvas.data.Scaler;

/** Lays a {@link ModelBundle} out as zip entries, checksums them into the manifest and writes the file atomically. */
final class BundleWriter {

    private BundleWriter() {
    }

    static void write(ModelBundle bundle, Path file) throws ModelFileException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        List<BundleManifest.TensorEntry> tensors = new ArrayList<>();
        try {
            entries.put(EntryNames.PROJECT, bundle.projectJson());
            entries.put(EntryNames.CLASSES, BundleManifest.JSON.writeValueAsBytes(bundle.classNames()));
            Scaler scaler = bundle.scaler();
            entries.put(EntryNames.SCALER, BundleManifest.JSON.writeValueAsBytes(new BundleManifest.ScalerFile(
                    scaler.scaling().name(), EntryNames.SCALER_SHIFT, EntryNames.SCALER_FACTOR)));
            entries.put(EntryNames.SCALER_SHIFT, Npy.write(new long[] {scaler.featureCount()}, scaler.shift()));
            entries.put(EntryNames.SCALER_FACTOR, Npy.write(new long[] {scaler.featureCount()}, scaler.factor()));
            for (Tensor t : bundle.tensors().values()) {
                String entry = EntryNames.forTensor(t.name());
                entries.put(entry, Npy.write(t.shape(), t.values()));
                tensors.add(new BundleManifest.TensorEntry(t.name(), entry, t.shape(), bundle.isTrainable(t.name())));
            }
            if (bundle.history().isPresent()) {
                entries.put(EntryNames.HISTORY, BundleManifest.JSON.writeValueAsBytes(bundle.history().get()));
            }
            Map<String, String> sums = new LinkedHashMap<>();
            entries.forEach((name, bytes) -> sums.put(name, sha256(bytes)));
            BundleManifest manifest = new BundleManifest(BundleManifest.FORMAT, BundleManifest.VERSION, bundle.writtenBy(),
                    bundle.created(), bundle.project().name(), bundle.inputShape().dims(), tensors, sums);
            byte[] manifestBytes = BundleManifest.JSON.writeValueAsBytes(manifest);
            FileTime time = FileTime.from(Instant.parse(bundle.created()));
            AtomicFiles.write(file, "model bundle", out -> {
                ZipOutputStream zip = new ZipOutputStream(out);
                put(zip, EntryNames.MANIFEST, manifestBytes, time);
                for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                    put(zip, e.getKey(), e.getValue(), time);
                }
                zip.finish();
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Bundle metadata did not convert to JSON", e);
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes, FileTime time) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setLastModifiedTime(time);
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    /** Lower-case hex SHA-256, as {@code sha256sum} prints it. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
