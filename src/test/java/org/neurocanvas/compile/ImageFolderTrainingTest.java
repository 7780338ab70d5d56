package org.neurocanvas.compile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurocanvas.data.Split;
import org.neurocanvas.model.ChangeSetting;
import org.neurocanvas.model.ChangeTraining;
import org.neurocanvas.model.CommandStack;
import org.neurocanvas.model.DataSpec;
import org.neurocanvas.model.ProjectIO;
import org.neurocanvas.train.Trainer;
import org.neurocanvas.train.TrainingEvent;

/** A project whose data is a folder of images, one sub-folder per class, trains like any other. */
class ImageFolderTrainingTest {

    @TempDir
    Path dir;

    /** Six 12 x 10 images a class: dark ones with a bright bar, light ones plain; and a file that is no PNG. */
    private Path shapes() throws Exception {
        for (int i = 0; i < 6; i++) {
            write("dark", "d" + i + ".png", new Color(20 + i, 20, 20), Color.WHITE);
            write("light", "l" + i + ".png", new Color(230 - i, 230, 230), null);
        }
        Files.write(dir.resolve("shapes/light/broken.png"), new byte[] {1, 2, 3});
        return dir.resolve("shapes");
    }

    private void write(String classFolder, String name, Color background, Color bar) throws Exception {
        BufferedImage image = new BufferedImage(12, 10, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(background);
        g.fillRect(0, 0, 12, 10);
        if (bar != null) {
            g.setColor(bar);
            g.fillRect(4, 0, 3, 10);
        }
        g.dispose();
        Path folder = Files.createDirectories(dir.resolve("shapes").resolve(classFolder));
        ImageIO.write(image, "png", folder.resolve(name).toFile());
    }

    private CommandStack digitsCnn(DataSpec data) throws Exception {
        CommandStack s = new CommandStack(ProjectIO.read(Path.of("samples/digits-cnn.json")));
        s.execute(new ChangeTraining(s.project().training().withEpochs(1), data, "data"));
        s.execute(new ChangeSetting("dense_2", "units", 2));
        return s;
    }

    @Test
    void aFolderOfPngsTrainsForAnEpochWithTheBrokenFileSkipped() throws Exception {
        CommandStack s = digitsCnn(DataSpec.images(shapes().toString(), 8, 8, 1));
        Compiler.Compiled compiled = Compiler.compile(s.project());
        Split data = compiled.data();
        assertEquals(12, data.train().size() + data.validation().size(), "the broken file is skipped");
        assertEquals(List.of(shapes() + ": skipped 1 of 13 files, which are not images that decode; the first is light/broken.png."),
                compiled.notes(), "and said when training starts");
        assertEquals(List.of("dark", "light"), data.train().classNames());
        assertArrayEquals(new int[] {8, 8, 1}, data.train().sampleShape());
        Trainer trainer = Compiler.trainer(compiled, s.project().training());
        TrainingEvent.Finished finished = assertInstanceOf(TrainingEvent.Finished.class, trainer.run());
        assertEquals(1, finished.last().epoch());
    }

    @Test
    void theSizeAndColourAreTheProjects() throws Exception {
        CommandStack s = digitsCnn(DataSpec.images(shapes().toString(), 6, 5, 3));
        assertArrayEquals(new int[] {6, 5, 3}, DataPipeline.load(s.project()).sampleShape());
        assertEquals("The data set 'images' gives samples of shape 6x5x3 but the Input layer expects shape 8x8x1: set its shape to auto.",
                assertThrows(CompileException.class, () -> Compiler.compile(s.project())).getMessage());
    }

    @Test
    void aMissingFolderIsASentence() throws Exception {
        CommandStack s = digitsCnn(DataSpec.images(dir.resolve("none").toString(), 8, 8, 1));
        assertEquals("none: expected a folder with one sub-folder per class, found nothing at " + dir.resolve("none") + ".",
                assertThrows(CompileException.class, () -> Compiler.compile(s.project())).getMessage());
    }
}
