package org.neurocanvas.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.neurocanvas.compile.CompileException;
import org.neurocanvas.compile.DataPipeline;
import org.neurocanvas.data.Dataset;
import org.neurocanvas.data.Scaling;
import org.neurocanvas.data.Split;
import org.neurocanvas.model.DataSpec;
import org.neurocanvas.model.TrainingSpec;

/**
 * Writes a folder from which PyTorch trains the model's network on the project's data, on one
 * process or on several with {@code torchrun} (DistributedDataParallel): the network as {@code
 * model.py} ({@link PyTorchExport}), the training script {@code train.py} ({@link
 * PyTorchTrainingScript}), and the data as {@code .npy} files: {@code train_features.npy} [n,
 * sample shape] float32, already scaled as the bundle scales, and the targets the Output layer's
 * loss compares with: {@code train_labels.npy} [n] int64 for classes (softmax or binary
 * cross-entropy), {@code train_targets.npy} [n, values] float32 for a regression, none for an
 * autoencoder, whose targets are its features; the same for {@code validation_} when the project
 * holds samples back, and {@code scaler_shift.npy} and {@code scaler_factor.npy} when it scales.
 * The split is the one the project trains on in NeuroCanvas (same seed, same fraction).
 */
public final class PyTorchTraining {

    /** Samples converted to float32 bytes at a time while a data file is written. */
    private static final int CHUNK_VALUES = 1 << 20;

    private PyTorchTraining() {
    }

    /**
     * Writes the folder, creating it if needed; files already there with the same names are replaced.
     *
     * @throws ModelFileException naming the first layer PyTorch cannot express or the data that
     *                            cannot be loaded (both before anything is written), or the file that
     *                            cannot be written
     */
    public static void write(ModelBundle bundle, Path dir) throws ModelFileException {
        String module = PyTorchExport.code(bundle, "model");
        Split split = data(bundle);
        String script = PyTorchTrainingScript.code(bundle);
        AtomicFiles.write(dir.resolve("model.py"), "PyTorch module", out -> out.write(module.getBytes(StandardCharsets.UTF_8)));
        AtomicFiles.write(dir.resolve("train.py"), "training script", out -> out.write(script.getBytes(StandardCharsets.UTF_8)));
        samples(dir, "train", split.train(), bundle);
        if (split.validation().size() > 0) {
            samples(dir, "validation", split.validation(), bundle);
        }
        if (bundle.scaler().scaling() != Scaling.NONE) {
            long[] shape = IntStream.of(bundle.inputShape().dims()).asLongStream().toArray();
            AtomicFiles.write(dir.resolve("scaler_shift.npy"), "scaling", out -> out.write(Npy.write(shape, bundle.scaler().shift())));
            AtomicFiles.write(dir.resolve("scaler_factor.npy"), "scaling", out -> out.write(Npy.write(shape, bundle.scaler().factor())));
        }
    }

    /** The project's data split as NeuroCanvas splits it for training, seen through the bundle's scaling. */
    private static Split data(ModelBundle bundle) throws ModelFileException {
        TrainingSpec training = bundle.project().training();
        DataSpec spec = bundle.project().data();
        Dataset all;
        try {
            all = DataPipeline.load(bundle.project());
        } catch (CompileException e) {
            throw new ModelFileException("The training data of " + bundle.source() + " cannot be exported: " + e.getMessage(), e);
        }
        boolean classes = bundle.head().isClassifier();
        long outputs = classes ? bundle.classNames().size() : bundle.outputShape().size();
        long targets = classes ? all.classes() : all.isClassification() ? 0 : all.targetWidth();
        if (all.featureCount() != bundle.inputShape().size() || targets != outputs) {
            String unit = classes ? " classes" : " target values";
            throw new ModelFileException("The training data of " + bundle.source() + " cannot be exported: data set '" + spec.source()
                    + "' now gives " + all.featureCount() + " values and " + targets + unit + " per sample, but the model takes "
                    + bundle.inputShape().size() + " values and gives " + outputs + (classes ? " classes." : " values."));
        }
        Split split = all.split(training.validationSplit(), training.seed());
        return new Split(bundle.scaler().apply(split.train()), bundle.scaler().apply(split.validation()));
    }

    /**
     * Writes {@code part_features.npy}, converting a chunk of samples at a time, and the targets:
     * {@code part_labels.npy} or {@code part_targets.npy}, or none when the features are the targets.
     */
    private static void samples(Path dir, String part, Dataset data, ModelBundle bundle) throws ModelFileException {
        int n = data.size();
        int width = data.featureCount();
        long[] dims = LongStream.concat(LongStream.of(n), IntStream.of(bundle.inputShape().dims()).asLongStream()).toArray();
        AtomicFiles.write(dir.resolve(part + "_features.npy"), part + " features", out -> {
            out.write(Npy.header(Npy.FLOAT32, dims));
            int[] indices = IntStream.range(0, n).toArray();
            int chunk = Math.max(1, CHUNK_VALUES / Math.max(1, width));
            float[] x = new float[chunk * width];
            float[] y = new float[chunk];
            for (int from = 0; from < n; from += chunk) {
                int count = Math.min(chunk, n - from);
                data.gather(indices, from, count, x, y);
                writeFloats(out, x, count * width);
            }
        });
        if (data.isClassification()) {
            AtomicFiles.write(dir.resolve(part + "_labels.npy"), part + " labels", out -> out.write(Npy.write(new long[] {n}, data.labels())));
        } else if (!data.isReconstruction()) {
            long[] shape = {n, data.targetWidth()};
            AtomicFiles.write(dir.resolve(part + "_targets.npy"), part + " targets", out -> out.write(Npy.write(shape, data.targets())));
        }
    }

    private static void writeFloats(OutputStream out, float[] values, int count) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(count * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(values, 0, count);
        out.write(bytes.array());
    }
}
