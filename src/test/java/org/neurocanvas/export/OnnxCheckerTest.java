package org.neurocanvas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurocanvas.model.Project;

/** The onnx package's own checker accepts every exported model (skipped without Debian's python3-onnx). */
class OnnxCheckerTest {

    @TempDir
    Path dir;

    @Test
    void onnxCheckerAcceptsTheExports() throws Exception {
        assumeTrue(Python.has("onnx"), "python3-onnx is not installed");
        List<Project> projects = new ArrayList<>();
        for (String sample : TestModels.SAMPLES) {
            projects.add(TestModels.sample(sample));
        }
        projects.add(TestNetworks.residualCnn());
        projects.add(TestNetworks.sequence());
        projects.add(TestNetworks.imageKinds());
        projects.add(TestNetworks.sequenceKinds());
        projects.add(TestNetworks.tokenKinds());
        projects.add(TestModels.sample("transformer-encoder"));
        projects.add(TestModels.sample("autoencoder"));
        projects.add(TestModels.withHead("spiral-mlp", "dense_3", 1, "binary_cross_entropy"));
        List<String> files = new ArrayList<>();
        for (Project p : projects) {
            Path file = dir.resolve(p.name() + "-" + files.size() + ".onnx");
            OnnxExport.write(TestModels.randomBundle(p, 4), file);
            files.add(file.toString());
        }
        Python.Result result = Python.run("""
                import sys, onnx
                for path in sys.argv[1:]:
                    onnx.checker.check_model(onnx.load(path), full_check=True)
                print("checked", len(sys.argv) - 1)
                """, files.toArray(String[]::new));
        assertEquals("checked " + files.size(), result.output().strip(), result.output());
    }
}
