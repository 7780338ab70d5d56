/**
 * Trained models outside the training window: the model bundle ({@code .ncmodel}), predictions
 * from Java, and exports to ONNX, to PyTorch and Keras code, and to a PyTorch training folder.
 * Nothing here needs JavaFX.
 *
 * <h2>Saving a trained network</h2>
 * <pre>{@code
 * ModelBundle.write(Path.of("iris.ncmodel"), project, program, scaler, classNames, history);
 * }</pre>
 * A bundle is a zip of the project file, every trained tensor as a NumPy {@code .npy} array, the
 * input scaling, the class names, the training history and a manifest with the SHA-256 of every
 * entry (the layout is in {@link org.neurocanvas.export.ModelBundle}). Reading it back verifies
 * all of that, and the network it rebuilds predicts bit for bit what the saved one did.
 *
 * <h2>Predicting from Java</h2>
 * <pre>{@code
 * NeuroCanvasModel model = NeuroCanvasModel.load(Path.of("iris.ncmodel"));
 * float[][] samples = {{5.1f, 3.5f, 1.4f, 0.2f}, {6.7f, 3.0f, 5.2f, 2.3f}};
 * float[][] probabilities = model.predict(samples);   // one row per sample, one column per class
 *                                                    // (for a regression: the predicted values)
 * int[] best = model.predictClass(samples);
 * System.out.println(model.classNames().get(best[0]) + " with p = " + probabilities[0][best[0]]);
 * }</pre>
 * Samples are raw values, as in the training data: the model applies the scaling it was trained
 * with. An image is one flat row of {@code height x width x channels} values, row by row with the
 * channels innermost; {@link org.neurocanvas.export.NeuroCanvasModel#inputShape()} tells the shape.
 * A model predicts on one thread at a time; load one per thread for parallel work.
 *
 * <h2>ONNX</h2>
 * <pre>{@code
 * OnnxExport.write(ModelBundle.read(Path.of("iris.ncmodel")), Path.of("iris.onnx"));
 * }</pre>
 * The ONNX model (opset 17, every layer kind of the catalogue) takes raw samples under the Input
 * layer's name ({@code input_1}), {@code [N, features]}, sequences {@code [N, steps, features]}
 * or NHWC images {@code [N, height, width, channels]}, and gives {@code probabilities}, {@code
 * [N, classes]} (softmax, or [1 - p, p] for one binary cross-entropy logit), or for a regression or
 * an autoencoder {@code values}, the network's output; its metadata hold the class names. In Python:
 * <pre>
 * import onnxruntime
 * session = onnxruntime.InferenceSession("iris.onnx")
 * probabilities = session.run(["probabilities"], {"input_1": samples.astype("float32")})[0]
 * </pre>
 *
 * <h2>PyTorch</h2>
 * <pre>{@code
 * PyTorchExport.write(ModelBundle.read(Path.of("iris.ncmodel")), Path.of("iris_mlp.py"));
 * }</pre>
 * The generated module defines the network as an {@code nn.Module} with the canvas's layer names
 * as attributes, and reads the weights from the bundle itself:
 * <pre>
 * import iris_mlp
 * model = iris_mlp.load("iris.ncmodel")
 * probabilities = iris_mlp.predict(model, samples)
 * </pre>
 *
 * <h2>Keras</h2>
 * <pre>{@code
 * KerasExport.write(ModelBundle.read(Path.of("iris.ncmodel")), Path.of("iris_keras.py"));
 * }</pre>
 * The same for Keras 3 (any backend): {@code build()} is the network in the functional API with
 * the canvas's layer names (every layer kind: recurrent layers read both ways through
 * Bidirectional, self-attention as MultiHeadAttention, positional encodings as a small layer of the
 * module), {@code load(bundle)} puts the trained weights in with {@code set_weights}, and {@code
 * predict(model, samples)} gives what the engine predicts: class probabilities ([1 - p, p] for one
 * binary cross-entropy logit) or a regression's values. The one network Keras cannot express is a
 * convolution with both a stride and a dilation above 1.
 *
 * <h2>Training with PyTorch on several processes</h2>
 * <pre>{@code
 * PyTorchTraining.write(ModelBundle.read(Path.of("iris.ncmodel")), Path.of("iris-train"));
 * }</pre>
 * The folder holds {@code model.py}, {@code train.py} and the project's data split and scaled as
 * {@code .npy} files; {@code python3 train.py} trains in one process, {@code torchrun
 * --nproc_per_node=N train.py} in N with DistributedDataParallel. The script trains every head
 * with the Output layer's loss, as the engine computes it: cross-entropy on integer labels
 * (softmax, or one logit with binary cross-entropy), squared, absolute or Huber error on float
 * targets, or on the samples themselves for an autoencoder; its epoch lines report accuracy only
 * for classes, as the command line does.
 *
 * <p>This package uses {@code model} and {@code engine}, {@code compile} to rebuild a network from
 * its project, and {@code data} for the scaling record.
 */
package org.neurocanvas.export;
