package bench;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.*;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.deeplearning4j.datasets.iterator.ExistingDataSetIterator;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import java.util.*;

public class Bench {
    static List<DataSet> makeBatches(int n, boolean cnn, int bs, long seed) {
        Nd4j.getRandom().setSeed(seed);
        List<DataSet> out = new ArrayList<>();
        Random r = new Random(seed);
        for (int i = 0; i < n; i += bs) {
            int b = Math.min(bs, n - i);
            INDArray x = cnn ? Nd4j.rand(DataType.FLOAT, b, 1, 28, 28) : Nd4j.rand(DataType.FLOAT, b, 784);
            INDArray y = Nd4j.zeros(DataType.FLOAT, b, 10);
            for (int j = 0; j < b; j++) y.putScalar(j, r.nextInt(10), 1.0f);
            out.add(new DataSet(x, y));
        }
        return out;
    }

    static MultiLayerNetwork mlp() {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
            .seed(1).dataType(DataType.FLOAT).updater(new Adam(1e-3)).weightInit(WeightInit.XAVIER)
            .list()
            .layer(new DenseLayer.Builder().nIn(784).nOut(256).activation(Activation.RELU).build())
            .layer(new DenseLayer.Builder().nIn(256).nOut(128).activation(Activation.RELU).build())
            .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(128).nOut(10).activation(Activation.SOFTMAX).build())
            .build();
        MultiLayerNetwork n = new MultiLayerNetwork(conf); n.init(); return n;
    }

    static MultiLayerNetwork cnn() {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
            .seed(1).dataType(DataType.FLOAT).updater(new Adam(1e-3)).weightInit(WeightInit.XAVIER)
            .list()
            .layer(new ConvolutionLayer.Builder(3, 3).nOut(32).activation(Activation.RELU).build())
            .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2).stride(2, 2).build())
            .layer(new ConvolutionLayer.Builder(3, 3).nOut(64).activation(Activation.RELU).build())
            .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2).stride(2, 2).build())
            .layer(new DenseLayer.Builder().nOut(64).activation(Activation.RELU).build())
            .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(10).activation(Activation.SOFTMAX).build())
            .setInputType(InputType.convolutional(28, 28, 1))
            .build();
        MultiLayerNetwork n = new MultiLayerNetwork(conf); n.init(); return n;
    }

    static void run(String name, MultiLayerNetwork net, List<DataSet> data, int n, int reps) {
        DataSetIterator it = new ExistingDataSetIterator(data); // each element is already a 64-batch
        System.out.println(name + " params=" + net.numParams());
        long t0 = System.nanoTime(); net.fit(it); it.reset();
        double warm = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%s warm-up epoch: %.3f s%n", name, warm);
        double[] ts = new double[reps];
        for (int i = 0; i < reps; i++) {
            long s = System.nanoTime(); net.fit(it); it.reset();
            ts[i] = (System.nanoTime() - s) / 1e9;
            System.out.printf("%s epoch %d: %.3f s  score=%.4f%n", name, i + 1, ts[i], net.score());
        }
        double[] so = ts.clone(); Arrays.sort(so);
        double med = so[reps / 2];
        System.out.printf("RESULT %s median %.3f s/epoch, %.0f samples/s (epochs: %s)%n", name, med, n / med, Arrays.toString(ts));
    }

    public static void main(String[] a) {
        String which = a.length > 0 ? a[0] : "both";
        System.out.println("backend=" + Nd4j.getBackend().getClass().getName() + " threads env OMP_NUM_THREADS=" + System.getenv("OMP_NUM_THREADS"));
        if (!which.equals("cnn")) run("MLP", mlp(), makeBatches(60000, false, 64, 42), 60000, 3);
        int cnnSamples = a.length > 1 ? Integer.parseInt(a[1]) : 10000;
        if (!which.equals("mlp")) run("CNN", cnn(), makeBatches(cnnSamples, true, 64, 43), cnnSamples, 3);
    }
}
