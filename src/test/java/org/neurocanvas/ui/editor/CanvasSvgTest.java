package org.neurocanvas.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.neurocanvas.model.Edge;
import org.neurocanvas.model.Graph;
import org.neurocanvas.model.LayerNode;
import org.neurocanvas.model.Project;
import org.neurocanvas.model.ProjectIO;
import org.neurocanvas.ui.DocumentSession;
import org.neurocanvas.ui.SampleProjects;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class CanvasSvgTest {

    private static final Path STYLESHEET = Path.of("assets", "css", "neurocanvas.css");

    @Test
    void thePaletteResolvesVariablesThatNameOthers() throws Exception {
        Map<String, String> palette = CanvasSvg.palette(Files.readString(STYLESHEET));
        assertEquals("#2f6fde", palette.get("-nc-accent"));
        assertEquals("#2f6fde", palette.get("-nc-selection"));
        assertEquals("#3d6fd6", palette.get("-nc-group-core"));
    }

    @Test
    void theDrawingIsWellFormedSvgWithACardPerLayerAndAPathPerWire() throws Exception {
        DocumentSession session = Projects.spiralMlp();
        EditorModel editor = new EditorModel(session, sentence -> { });
        Projects.looseDense(session, 460, 400);
        String svg = new CanvasSvg(Files.readString(STYLESHEET)).write(session.project().graph(), editor.analysis());

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        assertEquals("33 160 1004 360", root.getAttribute("viewBox"), "the cards with a margin and room for the ports");

        assertEquals(6, root.getElementsByTagNameNS("*", "g").getLength(), "a group per card");
        List<String> texts = texts(root.getElementsByTagNameNS("*", "text"));
        assertTrue(texts.containsAll(List.of("Dense", "dense_1", "(None, 64)", "4,160 params", "linear")), texts.toString());
        assertTrue(texts.contains(CardText.UNKNOWN_SHAPE), "the unwired layer has no shape");
        NodeList paths = root.getElementsByTagNameNS("*", "path");
        long wires = 0;
        for (int i = 0; i < paths.getLength(); i++) {
            if (((Element) paths.item(i)).getAttribute("d").contains(" C ")) {
                wires++;
            }
        }
        assertEquals(4, wires, "a curve per wire");
        assertTrue(svg.contains("fill=\"#dce5f8\""), "the Dense header band: the Core blue #3d6fd6 mixed with white");
        Element background = (Element) root.getElementsByTagNameNS("*", "rect").item(0);
        assertEquals("#ffffff", background.getAttribute("fill"));
    }

    @Test
    void aResidualWireThatArcsBelowTheRowIsInsideThePicture() throws Exception {
        DocumentSession row = new DocumentSession(ProjectIO.read(SampleProjects.FOLDER.resolve("resnet-block.json")), null);
        row.stack().execute(AutoLayout.command(row.project().graph(), AutoLayout.Direction.LEFT_TO_RIGHT).orElseThrow());
        Graph graph = row.project().graph();
        String svg = new CanvasSvg(Files.readString(STYLESHEET)).write(graph, row.project().analyse());

        String[] box = svg.replaceFirst("(?s).*?viewBox=\"([^\"]+)\".*", "$1").split(" ");
        double bottom = Double.parseDouble(box[1]) + Double.parseDouble(box[3]);
        Flow flow = Flow.of(graph);
        LayerNode from = graph.node("conv2d_1");
        LayerNode to = graph.node("add_1");
        WireCurve skip = flow.wire(graph, new Edge("conv2d_1", "add_1"), flow.outputPort(from.x(), from.y()), flow.inputPort(to.x(), to.y()));
        double cards = graph.nodes().stream().mapToDouble(LayerNode::y).max().orElseThrow() + CanvasGeometry.CARD_HEIGHT;
        assertTrue(skip.extent().getMaxY() > cards + 50, "the skip arcs well below the row: " + skip.extent());
        assertTrue(bottom >= skip.extent().getMaxY() + 19.99, "the picture reaches past the arc's lowest point, " + skip.extent().getMaxY() + ": " + bottom);
        assertTrue(bottom < skip.extent().getMaxY() + 40, "and not much further: " + bottom);
    }

    @Test
    void theWireBackToTheNextRowIsThreePiecesInsideThePicture() throws Exception {
        DocumentSession cnn = new DocumentSession(ProjectIO.read(SampleProjects.FOLDER.resolve("keras-cifar-cnn.json")), null);
        Graph graph = cnn.project().graph();
        String svg = new CanvasSvg(Files.readString(STYLESHEET)).write(graph, cnn.project().analyse());

        List<String> wrapped = svg.lines().filter(l -> l.contains("<path d=\"M ") && l.split(" C ").length == 4).toList();
        assertEquals(1, wrapped.size(), "one wire turns back to the second row, in three cubic pieces: " + wrapped);
        String[] box = svg.replaceFirst("(?s).*?viewBox=\"([^\"]+)\".*", "$1").split(" ");
        Flow flow = Flow.of(graph);
        LayerNode from = graph.node("maxpool2d_2");
        LayerNode to = graph.node("conv2d_3");
        WireCurve back = flow.wire(graph, new Edge("maxpool2d_2", "conv2d_3"), flow.outputPort(from.x(), from.y()), flow.inputPort(to.x(), to.y()));
        assertTrue(Double.parseDouble(box[0]) < back.extent().getMinX(), "its turn into conv2d_3 shows: " + back.extent());
        assertTrue(Double.parseDouble(box[0]) + Double.parseDouble(box[2]) > back.extent().getMaxX(), "and its turn past maxpool2d_2");
    }

    @Test
    void cardsAreDrawnAsInTheWindowWithPictogramsAndLongNamesSmallerToFit() throws Exception {
        Project transformer = ProjectIO.read(SampleProjects.FOLDER.resolve("transformer-encoder.json"));
        Graph graph = transformer.graph();
        String svg = new CanvasSvg(Files.readString(STYLESHEET)).write(graph, transformer.analyse());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))).getDocumentElement();

        NodeList paths = root.getElementsByTagNameNS("*", "path");
        int pictograms = 0;
        for (int i = 0; i < paths.getLength(); i++) {
            if (((Element) paths.item(i)).getAttribute("transform").startsWith("translate(")) {
                pictograms++;
            }
        }
        assertEquals(graph.nodes().size(), pictograms, "a pictogram in each card's band");
        assertTrue(svg.contains("d=\"M8 1 H12 V8 H19 V12 H12 V19 H8 V12 H1 V8 H8 Z\""), "Add's plus, from the stylesheet");

        Map<String, Element> text = new HashMap<>();
        NodeList texts = root.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < texts.getLength(); i++) {
            text.put(texts.item(i).getTextContent(), (Element) texts.item(i));
        }
        assertEquals("14", text.get("add_1").getAttribute("font-size"), "a short name at the window's size");
        double longName = Double.parseDouble(text.get("globalaveragepool2d_1").getAttribute("font-size"));
        assertTrue(longName < 14 && longName > 9, "a long one smaller, to fit its card: " + longName);
        assertTrue(Double.parseDouble(text.get("GlobalAveragePool2D").getAttribute("font-size")) < 13, "a long kind too");
        // The options take a line of their own under the name, not the band beside a long kind.
        assertTrue(Double.parseDouble(text.get("sinusoidal").getAttribute("y")) > Double.parseDouble(text.get("positionalencoding_1").getAttribute("y")));
    }

    private static List<String> texts(NodeList nodes) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add(nodes.item(i).getTextContent());
        }
        return found;
    }

    @Test
    void aLayerWaitingForAProblemBeforeItHasADashedRingAndTheOneWhereItStartsARedOne() throws Exception {
        DocumentSession session = Projects.spiralMlp();
        EditorModel editor = new EditorModel(session, sentence -> { });
        editor.selection().selectLayer("input_1", false);
        editor.deleteSelection();
        String svg = new CanvasSvg(Files.readString(STYLESHEET)).write(session.project().graph(), editor.analysis());
        List<String> rings = svg.lines().filter(l -> l.contains("rx=")).toList();
        assertEquals(4, rings.size(), svg);
        assertFalse(rings.get(0).contains("stroke-dasharray"), "dense_1 has no input: " + rings.get(0));
        assertTrue(rings.subList(1, 4).stream().allMatch(l -> l.contains("stroke-dasharray")), "the layers after it wait: " + rings);
    }
}
