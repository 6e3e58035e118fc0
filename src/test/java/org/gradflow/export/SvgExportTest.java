package org.gradflow.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gradflow.engine.Scenario;
import org.gradflow.session.RunFrame;
import org.gradflow.session.Simulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** SVG export: well-formed XML, the figure's viewBox, titles as text, no bitmaps, small at any length. */
class SvgExportTest {

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document doc) {
        NodeList nodes = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void everyFileOfAnSvgExportIsXmlWithItsViewBoxTitlesAsTextAndNoImage(@TempDir Path dir) throws Exception {
        new ScenarioExport(Scenario.DEFAULT, 150).writeAll(dir, 1, false, ScenarioExport.Format.SVG);
        try (var files = Files.list(dir)) {
            List<Path> svgs = files.filter(p -> p.toString().endsWith(".svg")).toList();
            // The figure, the curve, and per run the seed's six charts and the four of its depth.
            assertThat(svgs).hasSize(22);
            for (Path file : svgs) {
                Document doc = parse(Files.readString(file));
                String viewBox = doc.getDocumentElement().getAttribute("viewBox");
                assertThat(viewBox).as(file.toString()).isEqualTo(file.getFileName().toString().startsWith("figure")
                        ? "0 0 1600 1344" : "0 0 800 500");
                assertThat(doc.getElementsByTagNameNS("*", "image").getLength()).as(file.toString()).isZero();
            }
        }
        Document figure = parse(Files.readString(dir.resolve("figure-D1-vs-D6-it150.svg")));
        assertThat(texts(figure)).contains("Cosine output C", "Learning curve, per pass", "|dC/du| and |dC/dv|",
                "Main run · D = 1", "Comparison run · D = 6");
        assertThat(Files.readString(dir.resolve("figure-D1-vs-D6-it150.svg")))
                .contains("font-family: " + SvgWriter.FONT_FALLBACKS).contains("font-weight: bold");
        assertThat(dir.resolve("figure-D1-vs-D6-it150.png")).doesNotExist();
    }

    @Test
    void theWholeFigureAtTenMillionIterationsStaysUnderTwoMegabytes() throws Exception {
        RunFrame left = new RunFrame();
        RunFrame right = new RunFrame();
        try (Simulation simulation = new Simulation(Scenario.DEFAULT)) {
            simulation.runTo(10_000_000);
            simulation.whenIdle().get(5, TimeUnit.MINUTES);
            simulation.copyFrames(left, right);
        }
        String svg = SvgWriter.svg(new FigureRenderer().figureDrawing(left, right));
        assertThat(svg.getBytes(StandardCharsets.UTF_8).length).isLessThan(2_000_000);
        assertThat(parse(svg).getElementsByTagNameNS("*", "path").getLength()).isPositive();
    }

    @Test
    void hundredthsAreEnoughAndNeverScientific() {
        assertThat(SvgWriter.hundredths(1600.0)).isEqualTo("1600");
        assertThat(SvgWriter.hundredths(52.822265625)).isEqualTo("52.82");
        assertThat(SvgWriter.hundredths(-0.004)).isEqualTo("0");
        assertThat(SvgWriter.hundredths(0.1)).isEqualTo("0.1");
        assertThat(SvgWriter.hundredths(100000)).isEqualTo("100000");
    }
}
