package org.neurocanvas.export;

import org.neurocanvas.model.DataSpec;
import org.neurocanvas.model.Project;
import org.neurocanvas.model.layers.OutputKind;

/**
 * The parts of {@code train.py} that follow the Output layer's loss: PyTorch's loss, the targets it
 * compares with (integer labels, float targets, or the samples themselves for an autoencoder), and
 * whether an epoch reports accuracy, which only classes have.
 *
 * @param definitions the module-level {@code LOSS}, {@code loss_of} and, for classes, {@code correct}
 * @param targets     the expression of one part's targets in {@code samples(folder, part)}, given its features {@code x}
 * @param data        what the targets are, for the script's docstring
 * @param classes     whether the epoch lines report accuracy
 */
record PyTorchTrainingHead(String definitions, String targets, String data, boolean classes) {

    /** Averages over every value of the batch, as the engine's losses do; the Huber error is squared up to 1. */
    private static final String VALUE_LOSS = """
            LOSS = nn.%s  # the Output layer's %s


            def loss_of(outputs, targets):
                \"\"\"The Output layer's loss, averaged over every value of the batch.\"\"\"
                return LOSS(outputs.reshape(len(targets), -1), targets.reshape(len(targets), -1))
            """;

    /** The head of the project's Output layer and data task. */
    static PyTorchTrainingHead of(Project project) {
        String loss = project.analyse().output().orElseThrow().textSetting(OutputKind.LOSS);
        String labels = "np.load(os.path.join(folder, part + \"_labels.npy\"))";
        return switch (loss) {
            case OutputKind.SOFTMAX_CROSS_ENTROPY -> new PyTorchTrainingHead("""
                    LOSS = nn.CrossEntropyLoss()  # the Output layer's softmax cross-entropy, on the class scores


                    def loss_of(outputs, targets):
                        \"\"\"The Output layer's loss, averaged over the batch.\"\"\"
                        return LOSS(outputs, targets)


                    def correct(outputs, targets):
                        \"\"\"How many samples score highest in their own class.\"\"\"
                        return (outputs.argmax(1) == targets).sum().item()
                    """, labels, "with integer labels", true);
            case OutputKind.BINARY_CROSS_ENTROPY -> new PyTorchTrainingHead("""
                    LOSS = nn.BCEWithLogitsLoss()  # the Output layer's binary cross-entropy, on the single logit (sigmoid included)


                    def loss_of(outputs, targets):
                        \"\"\"The Output layer's loss, averaged over the batch.\"\"\"
                        return LOSS(outputs.reshape(-1), targets.to(outputs.dtype))


                    def correct(outputs, targets):
                        \"\"\"How many samples the logit puts in their own class: class 1 where it is above 0 (p above 0.5).\"\"\"
                        return ((outputs.reshape(-1) > 0).long() == targets).sum().item()
                    """, labels, "with integer labels (0 or 1)", true);
            default -> {
                String torchLoss = switch (loss) {
                    case OutputKind.MEAN_SQUARED_ERROR -> "MSELoss()";
                    case OutputKind.MEAN_ABSOLUTE_ERROR -> "L1Loss()";
                    case OutputKind.HUBER -> "HuberLoss(delta=1.0)";
                    default -> throw new IllegalStateException("No PyTorch loss for '" + loss + "': add it to the training script export.");
                };
                boolean reconstruction = DataSpec.RECONSTRUCTION.equals(project.data().task());
                yield new PyTorchTrainingHead(String.format(VALUE_LOSS, torchLoss, loss.replace('_', ' ')),
                        reconstruction ? "x  # an autoencoder: each sample is its own target" : "np.load(os.path.join(folder, part + \"_targets.npy\"))",
                        reconstruction ? "each its own target (the network reconstructs its input)" : "with their float targets", false);
            }
        };
    }
}
