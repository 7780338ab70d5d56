import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurocanvas.compile.Compiler;
import org.neurocanvas.engine.Adam;
import org.neurocanvas.engine.Program;
import org.neurocanvas.model.ProjectIO;

/**
 * Training steps of samples/transformer-encoder.json (forward, loss, backward, Adam) on random token ids (0-8, 12 a
 * sample), 12 epochs of
 * 62 steps of batch 32 as `bench --models transformer` runs them, printing per step the CPU time of
 * the training thread, of the whole process (the JIT compiler and GC threads too) and the wall time.
 * Run after `mvn package -DskipTests`:
 * {@code OMP_NUM_THREADS=1 java -cp "target/classes:target/lib/*" benchmarks/StepCpu.java samples/transformer-encoder.json}
 */
public class StepCpu {
  public static void main(String[] a) throws Exception {
    var mx = java.lang.management.ManagementFactory.getThreadMXBean();
    var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    Program prog = Compiler.program(ProjectIO.fromJson(Files.readString(Path.of(a[0])), a[0]));
    int batch = 32, T = 12;
    SplittableRandom r = new SplittableRandom(42);
    List<INDArray[]> bs = new ArrayList<>();
    for (int b = 0; b < 62; b++) {
      float[] x = new float[batch * T]; for (int i = 0; i < x.length; i++) x[i] = r.nextInt(9);
      float[] y = new float[batch]; for (int i = 0; i < y.length; i++) y[i] = r.nextInt(2);
      bs.add(new INDArray[]{Nd4j.create(x, new long[]{batch, T}, 'c'), Nd4j.create(y, new long[]{batch}, 'c')});
    }
    Adam adam = new Adam(1e-3);
    for (int e = 0; e < 12; e++) {
      long t = mx.getCurrentThreadCpuTime(), p = os.getProcessCpuTime(), w = System.nanoTime();
      for (INDArray[] b : bs) { prog.forward(b[0], true); prog.loss(b[1]); prog.backward(); adam.step(prog.parameters()); }
      System.out.printf("epoch %d: per step thread %.2f ms, process %.2f ms, wall %.2f ms%n", e, (mx.getCurrentThreadCpuTime() - t) / 62e6, (os.getProcessCpuTime() - p) / 62e6, (System.nanoTime() - w) / 62e6);
    }
  }
}
