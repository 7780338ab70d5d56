package org.neurocanvas.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A compiled network: ops in topological order over one input, one output head and a loss.
 *
 * <p>Node 0 is the input; every other node runs one {@link Op} on the values of earlier nodes.
 * Values and gradients are the ops' own buffers (see {@link Op}): read them before the next call.
 * A program is not thread-safe: drive it from one thread at a time.
 */
public final class Program {
  /** A node of the graph; {@code op} is null for the input. */
  private record Node(String name, Op op, int[] inputs) {}

  private final List<Node> nodes;
  private final Map<String, Integer> indexByName;
  private final int outputNode;
  private final Loss loss;
  private final List<Parameter> parameters;
  private final Map<String, INDArray> state;
  private final INDArray[] values;
  private final INDArray[] gradients;
  /** Per node fed into several ops: the buffer its gradients are summed into, reused. */
  private final INDArray[] gradientSums;
  private final NativeOp add = new NativeOp("add", 2, 1);
  /** Whether backward must produce each node's gradient (see {@link #setInputGradientEnabled}). */
  private final boolean[] needed;
  private boolean lossReady;

  private Program(List<Node> nodes, Map<String, Integer> indexByName, int outputNode, Loss loss,
      List<Parameter> parameters, Map<String, INDArray> state) {
    this.nodes = nodes;
    this.indexByName = indexByName;
    this.outputNode = outputNode;
    this.loss = loss;
    this.parameters = parameters;
    this.state = state;
    this.values = new INDArray[nodes.size()];
    this.gradients = new INDArray[nodes.size()];
    this.gradientSums = new INDArray[nodes.size()];
    this.needed = new boolean[nodes.size()];
    setInputGradientEnabled(false);
  }

  /**
   * Whether {@link #backward()} also computes the gradient with respect to the network input, for
   * saliency maps and gradient checks. Off by default: a node's gradient is then computed only if
   * parameters lie at or before it, which skips, for example, the first Dense layer's x-gradient
   * (a quarter of an MLP's backward arithmetic), as PyTorch does for inputs without
   * requires_grad.
   */
  public void setInputGradientEnabled(boolean enabled) {
    needed[0] = enabled;
    for (int i = 1; i < nodes.size(); i++) {
      Node node = nodes.get(i);
      needed[i] = !node.op().parameters().isEmpty();
      for (int from : node.inputs()) {
        needed[i] |= needed[from];
      }
    }
  }

  /** Starts describing a program. */
  public static Builder builder() {
    return new Builder();
  }

  /** Runs every op in order on input {@code x}; returns the output node's value (the logits). */
  public INDArray forward(INDArray x, boolean training) {
    values[0] = Objects.requireNonNull(x, "input");
    for (int i = 1; i < nodes.size(); i++) {
      Node node = nodes.get(i);
      INDArray[] inputs = new INDArray[node.inputs().length];
      for (int k = 0; k < inputs.length; k++) {
        inputs[k] = values[node.inputs()[k]];
      }
      values[i] = node.op().forward(inputs, training);
    }
    lossReady = false;
    return values[outputNode];
  }

  /** The loss of the last forward against {@code labels}; also caches what backward needs. */
  public double loss(INDArray labels) {
    if (values[outputNode] == null) {
      throw new IllegalStateException("loss() called before forward()");
    }
    double value = loss.forward(values[outputNode], labels);
    lossReady = true;
    return value;
  }

  /**
   * Zeroes all parameter gradients, then backpropagates from the loss through every op. Where a
   * node feeds several ops, their gradients are summed.
   */
  public void backward() {
    if (!lossReady) {
      throw new IllegalStateException("backward() needs forward() then loss() first");
    }
    for (Parameter p : parameters) {
      p.zeroGrad();
    }
    Arrays.fill(gradients, null);
    gradients[outputNode] = loss.backward();
    for (int i = nodes.size() - 1; i > 0; i--) {
      if (gradients[i] == null || !needed[i]) {
        continue; // the node does not reach the output, or nothing before it needs a gradient
      }
      Node node = nodes.get(i);
      boolean inputsNeeded = false;
      for (int from : node.inputs()) {
        inputsNeeded |= needed[from];
      }
      INDArray[] inputGrads = node.op().backward(gradients[i], inputsNeeded);
      for (int k = 0; k < node.inputs().length; k++) {
        int from = node.inputs()[k];
        if (!needed[from]) {
          continue;
        }
        if (gradients[from] == null) {
          gradients[from] = inputGrads[k];
          continue;
        }
        // Into the program's own buffer: the addends are buffers owned by ops.
        INDArray addend = inputGrads[k];
        gradientSums[from] = Tensors.reuse(gradientSums[from], addend.dataType(), addend.shape());
        add.run(new INDArray[] {gradients[from], addend}, gradientSums[from]);
        gradients[from] = gradientSums[from];
      }
    }
  }

  /**
   * All trainable parameters, in op order; names are unique. These are what optimisers update and
   * what {@link #parameterCount()} counts.
   */
  public List<Parameter> parameters() {
    return parameters;
  }

  /**
   * The non-trainable state of all ops (batch normalisation's running averages), by name, in op
   * order; names are unique among parameters and state alike. The arrays are the live ones,
   * changed in place by training passes: a saved network needs them as well as the parameters.
   */
  public Map<String, INDArray> state() {
    return state;
  }

  /** The value of a node from the last forward (not a copy), or null if none yet. */
  public INDArray output(String nodeName) {
    return values[indexOf(nodeName)];
  }

  /**
   * The gradient of the loss with respect to a node's value from the last backward, or null (also
   * for the input unless {@link #setInputGradientEnabled} is on).
   */
  public INDArray outputGradient(String nodeName) {
    return gradients[indexOf(nodeName)];
  }

  /**
   * Where a NaN or an infinity first shows, as a sentence naming it: the first node, in
   * topological order, whose value from the last forward is not finite; else the first parameter
   * whose value or gradient is not; else the first node, from the output back, whose gradient is
   * not. Empty when everything is finite. It reads every array, so call it once a loss has
   * diverged rather than at every step.
   */
  public Optional<String> firstNonFinite() {
    for (int i = 0; i < nodes.size(); i++) {
      String problem = nonFinite(values[i]);
      if (problem != null) {
        Node node = nodes.get(i);
        return Optional.of(problem + " first appears in the output of node \"" + node.name() + "\""
            + (node.op() == null ? " (the input data)" : " (" + node.op() + ")") + ".");
      }
    }
    for (Parameter p : parameters) {
      String problem = nonFinite(p.value());
      if (problem != null) {
        return Optional.of(problem + " is in parameter " + p.name() + ".");
      }
    }
    for (int i = nodes.size() - 1; i >= 0; i--) {
      String problem = nonFinite(gradients[i]);
      if (problem != null) {
        return Optional.of(problem + " first appears in the gradient of node \""
            + nodes.get(i).name() + "\", going backwards from the loss.");
      }
    }
    for (Parameter p : parameters) {
      String problem = nonFinite(p.grad());
      if (problem != null) {
        return Optional.of(problem + " is in the gradient of parameter " + p.name() + ".");
      }
    }
    return Optional.empty();
  }

  /** "NaN" or "An infinity" if the array holds one, else null (also for a missing array). */
  private static String nonFinite(INDArray a) {
    if (a == null || !a.dataType().isFPType()) {
      return null;
    }
    boolean infinite = false;
    for (double v : Tensors.toDoubles(a)) {
      if (Double.isNaN(v)) {
        return "NaN";
      }
      infinite |= Double.isInfinite(v);
    }
    return infinite ? "An infinity" : null;
  }

  /** Node names in topological order, the input first. */
  public List<String> nodeNames() {
    return nodes.stream().map(Node::name).toList();
  }

  /** The number of trainable scalars. */
  public long parameterCount() {
    return parameters.stream().mapToLong(Parameter::size).sum();
  }

  private int indexOf(String nodeName) {
    Integer index = indexByName.get(nodeName);
    if (index == null) {
      throw new IllegalArgumentException(
          "Unknown node \"" + nodeName + "\". Expected one of: " + nodeNames());
    }
    return index;
  }

  /** Collects nodes; every check happens in {@link #build}. */
  public static final class Builder {
    private final List<Node> nodes = new ArrayList<>();

    private Builder() {}

    /** Adds the network input (a single one, for now); returns its node index. */
    public int input(String name) {
      nodes.add(new Node(name, null, new int[0]));
      return nodes.size() - 1;
    }

    /**
     * Adds an op fed by earlier nodes.
     *
     * @param name unique node name
     * @param op the op; an instance may appear only once, as it caches its last pass
     * @param inputs indices of earlier nodes, in the order the op expects
     * @return the new node's index
     */
    public int add(String name, Op op, int... inputs) {
      nodes.add(new Node(name, Objects.requireNonNull(op, "op of node " + name), inputs.clone()));
      return nodes.size() - 1;
    }

    /**
     * Checks the graph and compiles it.
     *
     * @param outputNode index of the node whose value is the logits
     * @param loss the loss applied to that value
     * @throws IllegalArgumentException on a bad index, a duplicate or blank name, a missing or
     *     extra input, a reused op instance, or duplicate parameter names
     */
    public Program build(int outputNode, Loss loss) {
      Objects.requireNonNull(loss, "loss");
      Map<String, Integer> indexByName = new HashMap<>();
      Set<Op> seenOps = Collections.newSetFromMap(new IdentityHashMap<>());
      Set<String> parameterNames = new HashSet<>();
      List<Parameter> parameters = new ArrayList<>();
      Map<String, INDArray> state = new LinkedHashMap<>();
      if (nodes.isEmpty() || nodes.get(0).op() != null) {
        throw new IllegalArgumentException("Expected the input to be added first, with input()");
      }
      for (int i = 0; i < nodes.size(); i++) {
        Node node = nodes.get(i);
        if (node.name() == null || node.name().isBlank()) {
          throw new IllegalArgumentException("Node " + i + " has a blank name");
        }
        if (indexByName.put(node.name(), i) != null) {
          throw new IllegalArgumentException("Duplicate node name \"" + node.name() + "\"");
        }
        if (i == 0) {
          continue;
        }
        if (node.op() == null) {
          throw new IllegalArgumentException(
              "Expected a single input. Received a second one: \"" + node.name() + "\"");
        }
        checkInputs(node, i);
        if (!seenOps.add(node.op())) {
          throw new IllegalArgumentException("Node \"" + node.name() + "\" reuses an op instance");
        }
        for (Parameter p : node.op().parameters()) {
          if (!parameterNames.add(p.name())) {
            throw new IllegalArgumentException("Duplicate parameter name \"" + p.name() + "\"");
          }
          parameters.add(p);
        }
        for (Map.Entry<String, INDArray> e : node.op().state().entrySet()) {
          if (!parameterNames.add(e.getKey())) {
            throw new IllegalArgumentException("Duplicate parameter name \"" + e.getKey() + "\"");
          }
          state.put(e.getKey(), e.getValue());
        }
      }
      if (outputNode < 0 || outputNode >= nodes.size()) {
        throw new IllegalArgumentException("Expected an output node index in 0.."
            + (nodes.size() - 1) + ". Received: " + outputNode);
      }
      return new Program(List.copyOf(nodes), Map.copyOf(indexByName), outputNode, loss,
          List.copyOf(parameters), Collections.unmodifiableMap(state));
    }

    private static void checkInputs(Node node, int index) {
      if (node.inputs().length == 0) {
        throw new IllegalArgumentException("Node \"" + node.name() + "\" has no inputs");
      }
      for (int from : node.inputs()) {
        if (from < 0 || from >= index) {
          throw new IllegalArgumentException("Node \"" + node.name() + "\" (index " + index
              + ") expects inputs from earlier nodes, 0.." + (index - 1) + ". Received: " + from);
        }
      }
    }
  }
}
