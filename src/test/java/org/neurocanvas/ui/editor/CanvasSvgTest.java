package org.neurocanvas.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.neurocanvas.ui.DocumentSession;
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
        String svg = new CanvasSvg(CanvasSvg.palette(Files.readString(STYLESHEET))).write(session.project().graph(), editor.analysis());

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

    private static List<String> texts(NodeList nodes) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add(nodes.item(i).getTextContent());
        }
        return found;
    }
}
