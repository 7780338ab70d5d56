package org.neurocanvas.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.neurocanvas.export.KerasExport;
import org.neurocanvas.export.ModelBundle;
import org.neurocanvas.export.ModelFileException;
import org.neurocanvas.export.OnnxExport;
import org.neurocanvas.export.PyTorchExport;
import org.neurocanvas.export.PyTorchTraining;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Writes a saved model in a format other tools run: ONNX, PyTorch or Keras code, or a PyTorch training folder. */
@Command(name = "export", description = "Export a saved model as ONNX, as PyTorch or Keras code, or as a PyTorch training folder.")
final class ExportCommand implements Callable<Integer> {

    /** The formats a model can be exported to, by the names the command line takes. */
    enum Format {
        ONNX("onnx"), PYTORCH("pytorch"), KERAS("keras"), PYTORCH_TRAIN("pytorch-train");

        private final String name;

        Format(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return name;
        }

        /** The names, for the help text and for messages. */
        static final class Names extends ArrayList<String> {
            Names() {
                super(Arrays.stream(values()).map(Format::toString).toList());
            }
        }

        /** Takes a format by the name the command line shows, and lists the names when it is none of them. */
        static final class Converter implements CommandLine.ITypeConverter<Format> {
            @Override
            public Format convert(String value) {
                return Arrays.stream(values()).filter(f -> f.name.equals(value)).findFirst().orElseThrow(() ->
                        new CommandLine.TypeConversionException("expected one of " + String.join(", ", new Names()) + ", found '" + value + "'"));
            }
        }
    }

    @Parameters(index = "0", paramLabel = "MODEL", description = "A model bundle (.ncmodel) written by train --out.")
    Path model;

    @Option(names = "--format", required = true, converter = Format.Converter.class, completionCandidates = Format.Names.class,
            description = "One of: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Option(names = "--out", required = true, paramLabel = "PATH",
            description = "The file to write (.onnx or .py), or for pytorch-train the folder for model.py, train.py and the data.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try {
            ModelBundle bundle = ModelBundle.read(model);
            switch (format) {
                case ONNX -> OnnxExport.write(bundle, out);
                case PYTORCH -> PyTorchExport.write(bundle, out);
                case KERAS -> KerasExport.write(bundle, out);
                case PYTORCH_TRAIN -> PyTorchTraining.write(bundle, out);
            }
            spec.commandLine().getOut().println("exported " + model + " as " + format + " to " + out);
            return 0;
        } catch (ModelFileException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
    }
}
