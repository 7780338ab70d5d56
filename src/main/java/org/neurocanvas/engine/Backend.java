package org.neurocanvas.engine;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * What the native side of ND4J is: which build of libnd4j loaded (with oneDNN or not) and how
 * many threads it uses. Worth printing with every speed figure: the oneDNN build runs {@code
 * conv2d_bp} several times faster, and thread settings change results on small machines.
 */
public final class Backend {
  private Backend() {}

  /** libnd4j's build flags on one line, for example {@code "... HAVE_ONEDNN HAVE_OPENBLAS"}. */
  public static String buildInfo() {
    Nd4j.getBackend(); // the native library loads with the backend, before its ops can be asked
    String info = NativeOpsHolder.getInstance().getDeviceNativeOps().buildInfo();
    return Arrays.stream(info.split("\\R")).map(String::trim).filter(s -> !s.isEmpty())
        .collect(Collectors.joining(" "));
  }

  /** Whether the loaded natives were built with oneDNN (the {@code -onednn} classifiers). */
  public static boolean hasOneDnn() {
    return buildInfo().contains("HAVE_ONEDNN");
  }

  /** The number of threads libnd4j's parallel loops use (OMP_NUM_THREADS, else the cores). */
  public static int threads() {
    return Nd4j.getEnvironment().maxThreads();
  }

  /** One line for logs and benchmark reports: natives, oneDNN and threads. */
  public static String describe() {
    return "ND4J natives " + (hasOneDnn() ? "with oneDNN" : "without oneDNN") + ", " + threads()
        + " thread(s); build: " + buildInfo();
  }
}
