import javafx.geometry.Point2D;
import org.neurocanvas.model.AddLayer;
import org.neurocanvas.model.Catalog;
import org.neurocanvas.model.CommandStack;
import org.neurocanvas.model.DataSpec;
import org.neurocanvas.model.Project;
import org.neurocanvas.model.TrainingSpec;
import org.neurocanvas.ui.editor.CanvasGeometry;

/**
 * What finding the wire under the pointer costs on a 300-layer chain (rows of 20), as a card not wired in
 * yet does on every step of its drag. Run after `mvn -B package -DskipTests`:
 * {@code java -cp "target/classes:target/lib/*" benchmarks/WireAtBench.java}
 */
public class WireAtBench {

    public static void main(String[] args) {
        Project project = new Project("chain", DataSpec.spiral(), TrainingSpec.defaults());
        CommandStack stack = new CommandStack(project);
        stack.execute(new AddLayer(project.graph(), Catalog.INPUT, 0, 0, null));
        String previous = "input_1";
        for (int i = 1; i <= 300; i++) {
            AddLayer add = new AddLayer(project.graph(), Catalog.DENSE, (i % 20) * 200, (i / 20) * 160, previous);
            stack.execute(add);
            previous = add.layerId();
        }
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 2000; round++) {
            long t0 = System.nanoTime();
            CanvasGeometry.wireAt(project.graph(), new Point2D(round % 4000, 50));
            best = Math.min(best, System.nanoTime() - t0);
        }
        int rounds = 1000;
        long t0 = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            CanvasGeometry.wireAt(project.graph(), new Point2D(round % 4000, 50));
        }
        System.out.printf("wireAt over %d wires: best %.3f ms, mean %.3f ms%n", project.graph().edges().size(), best / 1e6,
                (System.nanoTime() - t0) / 1e6 / rounds);
    }
}
