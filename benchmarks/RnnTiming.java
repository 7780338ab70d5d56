import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurocanvas.engine.*;

/**
 * GRU against LSTM at equal sizes (batch 32, 20 steps, 16 -> 32 units, last step out): forward +
 * backward, CPU time of the calling thread and wall time per pass, three rounds each, alternating.
 * At 1 thread the native kernels run on the calling thread, so its CPU time moves far less with the
 * machine's load than the wall clock. Run after `mvn package -DskipTests`:
 * {@code OMP_NUM_THREADS=1 java -cp "target/classes:target/lib/*" benchmarks/RnnTiming.java}
 */
public class RnnTiming {
  public static void main(String[] a) {
    var mx = java.lang.management.ManagementFactory.getThreadMXBean();
    INDArray x = Nd4j.rand(DataType.FLOAT, 32, 20, 16), g = Nd4j.rand(DataType.FLOAT, 32, 32);
    Op[] ops = {new Gru("gru", 16, 32, false, DataType.FLOAT, 1), new Lstm("lstm", 16, 32, false, DataType.FLOAT, 1)};
    for (int round = 0; round < 3; round++) {
      for (Op op : ops) {
        int reps = round == 0 ? 300 : 500;
        long c = mx.getCurrentThreadCpuTime(), w = System.nanoTime();
        for (int i = 0; i < reps; i++) { op.forward(new INDArray[] {x}, true); op.backward(g); }
        System.out.printf("%s: %.0f us CPU, %.0f us wall per forward + backward%n", op, (mx.getCurrentThreadCpuTime() - c) / 1e3 / reps, (System.nanoTime() - w) / 1e3 / reps);
      }
    }
  }
}
