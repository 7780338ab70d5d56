package org.neurocanvas.engine;

import java.util.Arrays;
import org.bytedeco.javacpp.indexer.DoubleIndexer;
import org.bytedeco.javacpp.indexer.FloatIndexer;
import org.bytedeco.javacpp.indexer.Indexer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Plain Java loops for arrays too small to repay a native call. A libnd4j call costs 20-80 us
 * whatever its size (20-150 us on a loaded machine); a teaching network of 2-8-8-2 units does a
 * few hundred multiply-adds per layer, well under a microsecond in Java. Ops take this path up to
 * {@link #WORK_LIMIT} or {@link #ELEMENT_LIMIT} and libnd4j's kernels above.
 *
 * <p>The arithmetic is in double precision whatever the arrays' type, so float64 gradient checks
 * see double sums and float32 training gets each result rounded once. Elements move in bulk
 * through the data buffers' indexers: no native call, and no copy of arrays that are already
 * row-major.
 */
final class HostKernels {
  /**
   * Multiply-adds up to which an op computes in Java: at ~1 ns each, 16,384 of them take about as
   * long as one native call on a quiet machine.
   */
  static final long WORK_LIMIT = 1 << 14;
  /**
   * Elements up to which an element-wise op computes in Java: its loop costs 2-20 ns an element
   * (tanh the most), so 4,096 of them take about one native call.
   */
  static final long ELEMENT_LIMIT = 1 << 12;

  /**
   * Elements up to which a copy, or one addition per element, runs in Java: with the conversions
   * it costs ~1 ns an element, so 65,536 of them take about as long as the two or three native
   * calls (and views) they replace.
   */
  static final long ADD_LIMIT = 1 << 16;

  /** Float32 elements converted per bulk copy: large arrays need no float32 copy of their size. */
  private static final int CHUNK = 4096;

  private HostKernels() {}

  /** Whether the Java paths take arrays of this type: float32 and float64. */
  static boolean handles(DataType type) {
    return type == DataType.FLOAT || type == DataType.DOUBLE;
  }

  /**
   * Copies the elements of a float32 or float64 array, in row-major order, into {@code into} if
   * it has the room, else into a new array; returns the array holding them.
   */
  static double[] read(INDArray a, double[] into) {
    int n = Math.toIntExact(a.length());
    double[] to = into != null && into.length >= n ? into : new double[n];
    INDArray rows = rowMajor(a) ? a : a.dup('c');
    // A view's data buffer starts at the view's first element, and so does its indexer.
    Indexer indexer = rows.data().indexer();
    if (indexer instanceof DoubleIndexer doubles) {
      doubles.get(0, to, 0, n);
    } else if (indexer instanceof FloatIndexer floats) {
      float[] chunk = new float[Math.min(n, CHUNK)];
      for (int start = 0; start < n; start += chunk.length) {
        int length = Math.min(chunk.length, n - start);
        floats.get(start, chunk, 0, length);
        for (int i = 0; i < length; i++) {
          to[start + i] = chunk[i];
        }
      }
    } else {
      throw new IllegalArgumentException(
          "HostKernels reads float32 and float64 arrays. Received: " + a.dataType());
    }
    return to;
  }

  /**
   * Writes the first {@code a.length()} values into {@code a}, a row-major float32 or float64
   * array (rounding to float32).
   */
  static void write(double[] from, INDArray a) {
    if (!rowMajor(a)) {
      throw new IllegalArgumentException("HostKernels writes only into row-major arrays. "
          + "Received: shape " + Arrays.toString(a.shape()) + ", strides "
          + Arrays.toString(a.stride()));
    }
    int n = Math.toIntExact(a.length());
    Indexer indexer = a.data().indexer();
    if (indexer instanceof DoubleIndexer doubles) {
      doubles.put(0, from, 0, n);
    } else if (indexer instanceof FloatIndexer floats) {
      float[] chunk = new float[Math.min(n, CHUNK)];
      for (int start = 0; start < n; start += chunk.length) {
        int length = Math.min(chunk.length, n - start);
        for (int i = 0; i < length; i++) {
          chunk[i] = (float) from[start + i];
        }
        floats.put(start, chunk, 0, length);
      }
    } else {
      throw new IllegalArgumentException(
          "HostKernels writes float32 and float64 arrays. Received: " + a.dataType());
    }
  }

  /**
   * Copies rows {@code rows[0]}, {@code rows[1]}, ... of a row-major float32 or float64 matrix
   * with {@code width} columns, one after another, into {@code into} if it has the room, else into
   * a new array; returns the array holding them. Only those rows are read.
   */
  static double[] readRows(INDArray matrix, int[] rows, int width, double[] into) {
    if (!rowMajor(matrix)) {
      throw new IllegalArgumentException("HostKernels reads rows only of row-major arrays. "
          + "Received: shape " + Arrays.toString(matrix.shape()) + ", strides "
          + Arrays.toString(matrix.stride()));
    }
    int n = rows.length * width;
    double[] to = into != null && into.length >= n ? into : new double[n];
    Indexer indexer = matrix.data().indexer();
    if (indexer instanceof DoubleIndexer doubles) {
      for (int r = 0; r < rows.length; r++) {
        doubles.get((long) rows[r] * width, to, r * width, width);
      }
    } else if (indexer instanceof FloatIndexer floats) {
      float[] row = new float[width];
      for (int r = 0; r < rows.length; r++) {
        floats.get((long) rows[r] * width, row, 0, width);
        for (int i = 0; i < width; i++) {
          to[r * width + i] = row[i];
        }
      }
    } else {
      throw new IllegalArgumentException(
          "HostKernels reads float32 and float64 arrays. Received: " + matrix.dataType());
    }
    return to;
  }

  /** Whether the elements lie one after another in row-major order (axes of size 1 aside). */
  private static boolean rowMajor(INDArray a) {
    long expected = 1;
    for (int axis = a.rank() - 1; axis >= 0; axis--) {
      long size = a.size(axis);
      if (size != 1 && a.stride(axis) != expected) {
        return false;
      }
      expected *= size;
    }
    return true;
  }
}
