package org.neurocanvas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bundle that is damaged, tampered with or does not fit its network is refused with one sentence naming it and the entry. */
class BundleRejectionTest {

    @TempDir
    Path dir;
    private Path good;

    @BeforeEach
    void writeGoodBundle() throws Exception {
        good = dir.resolve("good.ncmodel");
        TestModels.randomBundle(TestModels.sample("spiral-mlp"), 1).writeTo(good);
    }

    /** Copies the good bundle with its entries edited, without fixing the manifest. */
    private Path edited(Consumer<Map<String, byte[]>> edit) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(good.toFile())) {
            for (ZipEntry e : zip.stream().toList()) {
                entries.put(e.getName(), zip.getInputStream(e).readAllBytes());
            }
        }
        edit.accept(entries);
        Path bad = dir.resolve("bad.ncmodel");
        try (OutputStream out = Files.newOutputStream(bad); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return bad;
    }

    private static String refusal(Path file) {
        return assertThrows(ModelFileException.class, () -> ModelBundle.read(file)).getMessage();
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void aTruncatedZip() throws Exception {
        byte[] bytes = Files.readAllBytes(good);
        Path cut = dir.resolve("cut.ncmodel");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length * 2 / 3));
        assertEquals("cut.ncmodel is not a complete model bundle: the zip file is truncated or damaged.", refusal(cut));
    }

    @Test
    void aFileThatIsNoZipAtAll() throws Exception {
        Path text = dir.resolve("notes.ncmodel");
        Files.writeString(text, "not a model");
        assertEquals("notes.ncmodel is not a complete model bundle: the zip file is truncated or damaged.", refusal(text));
        assertEquals("missing.ncmodel: no such file.", refusal(dir.resolve("missing.ncmodel")));
    }

    @Test
    void aTamperedEntry() throws Exception {
        Path bad = edited(e -> e.get("weights/dense_2/b.npy")[130] ^= 1);
        assertEquals("bad.ncmodel: entry weights/dense_2/b.npy does not match its SHA-256 checksum in manifest.json; "
                + "it was changed or damaged after the bundle was written.", refusal(bad));
    }

    @Test
    void aMissingEntry() throws Exception {
        Path bad = edited(e -> e.remove("weights/dense_1/W.npy"));
        assertEquals("bad.ncmodel lacks entry weights/dense_1/W.npy, which its manifest lists.", refusal(bad));
        Path noManifest = edited(e -> e.remove("manifest.json"));
        assertEquals("bad.ncmodel has no manifest.json: it is not a NeuroCanvas model bundle.", refusal(noManifest));
    }

    @Test
    void anEntryNamedOutsideTheBundle() throws Exception {
        assertEquals("bad.ncmodel holds entry '../evil.sh', whose name points outside the bundle; it is refused as unsafe.",
                refusal(edited(e -> e.put("../evil.sh", new byte[] {1}))));
        assertEquals("bad.ncmodel holds entry '/etc/evil', whose name points outside the bundle; it is refused as unsafe.",
                refusal(edited(e -> e.put("/etc/evil", new byte[] {1}))));
        assertEquals("bad.ncmodel holds entry 'weights/../../evil', whose name points outside the bundle; it is refused as unsafe.",
                refusal(edited(e -> e.put("weights/../../evil", new byte[] {1}))));
    }

    @Test
    void anEntryTheManifestDoesNotList() throws Exception {
        assertEquals("bad.ncmodel holds entry weights/extra.npy, which its manifest does not list; it was added after the bundle was written.",
                refusal(edited(e -> e.put("weights/extra.npy", new byte[] {1}))));
    }

    @Test
    void aWeightWhoseShapeDoesNotFitTheNetwork() throws Exception {
        Path bad = edited(e -> {
            byte[] old = e.get("project.json");
            byte[] project = text(old).replaceFirst("\"units\" : 64", "\"units\" : 32").getBytes(StandardCharsets.UTF_8);
            e.put("project.json", project);
            e.put("manifest.json", text(e.get("manifest.json")).replace(BundleWriter.sha256(old), BundleWriter.sha256(project))
                    .getBytes(StandardCharsets.UTF_8));
        });
        assertEquals("bad.ncmodel: entry weights/dense_1/W.npy holds shape [2, 64], but layer dense_1 of the network needs [2, 32].",
                refusal(bad));
    }

    @Test
    void aManifestOfAnotherFormat() throws Exception {
        Path bad = edited(e -> e.put("manifest.json", text(e.get("manifest.json")).replace("neurocanvas-model", "something-else")
                .getBytes(StandardCharsets.UTF_8)));
        assertEquals("bad.ncmodel: manifest.json names format 'something-else', expected 'neurocanvas-model'; "
                + "it is not a NeuroCanvas model bundle.", refusal(bad));
    }
}
