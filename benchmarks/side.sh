#!/bin/bash
# Usage, from the repository root after `mvn -B package -DskipTests`:
#   benchmarks/side.sh <label> <models...>      (models: mlp cnn tiny transformer autoencoder)
# For each thread setting and model: NeuroCanvas, then (with BEFORE=<an older neurocanvas.jar>)
# the older build, then PyTorch (Debian's python3-torch), then, for mlp and cnn with DL4J=1, DL4J
# on the same ND4J, back to back so the machine's load hits all alike.
# JAR=<path> times another build than target/neurocanvas.jar; EPOCHS=<n> passes --epochs n.
set -e
here=$(cd "$(dirname "$0")" && pwd)
dl4j=$here/peers/dl4j
if [ -n "$DL4J" ]; then
  (cd "$dl4j" && mvn -q -B compile dependency:build-classpath -Dmdep.outputFile=cp.txt)
fi
label=$1; shift
for th in 1 2; do
  if [ $th = 1 ]; then export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1; unset OMP_WAIT_POLICY
  else export OMP_NUM_THREADS=2 OMP_WAIT_POLICY=PASSIVE OPENBLAS_NUM_THREADS=2; fi
  for m in "$@"; do
    echo "== $label threads=$th model=$m load=$(cut -d' ' -f1 /proc/loadavg) $(date -u +%H:%M:%S)"
    java -jar "${JAR:-target/neurocanvas.jar}" bench --models "$m" ${EPOCHS:+--epochs $EPOCHS} 2>&1 \
      | grep -E "^RESULT|^natives|median" | sed 's/build:.*//'
    if [ -n "$BEFORE" ]; then
      java -jar "$BEFORE" bench --models "$m" ${EPOCHS:+--epochs $EPOCHS} 2>&1 | grep -E "^RESULT|median" \
        | sed 's/^/before /'
    fi
    /usr/bin/python3 "$here/peers/torch_bench.py" "$m" 2>/dev/null | grep RESULT
    if [ "$m" = mlp -o "$m" = cnn ] && [ -n "$DL4J" ]; then
      (cd "$dl4j" && java -cp "target/classes:$(cat cp.txt)" bench.Bench "$m" 2560 2>/dev/null | grep RESULT)
    fi
  done
done
