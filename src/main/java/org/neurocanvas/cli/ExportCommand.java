package org.neurocanvas.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.neurocanvas.export.ModelBundle;
import org.neurocanvas.export.ModelFileException;
import org.neurocanvas.export.OnnxExport;
import org.neurocanvas.export.PyTorchExport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Writes a saved model in a format other tools run: ONNX, or PyTorch code. */
@Command(name = "export", description = "Export a saved model as ONNX or as PyTorch code.")
final class ExportCommand implements Callable<Integer> {

    /** The formats a model can be exported to. */
    enum Format { onnx, pytorch }

    @Parameters(index = "0", paramLabel = "MODEL", description = "A model bundle (.ncmodel) written by train --out.")
    Path model;

    @Option(names = "--format", required = true, description = "One of: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "The file to write (.onnx or .py).")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try {
            ModelBundle bundle = ModelBundle.read(model);
            if (format == Format.onnx) {
                OnnxExport.write(bundle, out);
            } else {
                PyTorchExport.write(bundle, out);
            }
            spec.commandLine().getOut().println("exported " + model + " as " + format + " to " + out);
            return 0;
        } catch (ModelFileException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
    }
}
