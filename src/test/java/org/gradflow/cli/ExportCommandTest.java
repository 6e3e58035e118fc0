package org.gradflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.gradflow.engine.IterationRecord;
import org.gradflow.engine.RunFactory;
import org.gradflow.engine.Scenario;
import org.gradflow.engine.ScenarioReader;
import org.gradflow.engine.Trainer;
import org.gradflow.export.FigureRenderer;
import org.gradflow.plot.FigureLayout;
import org.gradflow.plot.Palette;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.gradflow.testing.Images;
import java.nio.file.attribute.PosixFilePermissions;

class ExportCommandTest {
    private static final String SCENARIO = "assets/scenarios/original-question.json";

    private static List<Path> listing(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    @Test
    void writesTheFigureTwentyChartsTheCurveAndTheCsvAtTheRequestedScale(@TempDir Path out) throws Exception {
        CliRun run = CliRun.of("export", SCENARIO, "--iterations", "40", "--out", out.toString(), "--scale", "2");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(listing(out)).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder(
                "figure-D1-vs-D6-it40.png", "trace-D1-vs-D6-it40.csv",
                "cosine-D1-it40.png", "gradient-D1-it40.png", "components-D1-it40.png", "norms-D1-it40.png",
                "landscape-D1-it40.png", "cosine-D6-it40.png", "gradient-D6-it40.png", "components-D6-it40.png",
                "norms-D6-it40.png", "landscape-D6-it40.png", "curve-D1-vs-D6-it40.png", "geometry-D1-it40.png",
                "geometry-D6-it40.png",
                "flow-D1-it40.png", "layers-D1-it40.png", "activations-D1-it40.png", "updates-D1-it40.png",
                "flow-D6-it40.png", "layers-D6-it40.png", "activations-D6-it40.png", "updates-D6-it40.png");
        assertThat(run.out().strip().split("\n")).hasSize(23);

        BufferedImage figure = ImageIO.read(out.resolve("figure-D1-vs-D6-it40.png").toFile());
        assertThat(figure.getWidth()).isEqualTo((int) FigureLayout.WIDTH * 2);
        assertThat(figure.getHeight()).isEqualTo((int) FigureLayout.HEIGHT * 2);
        assertThat(Images.distinctColours(figure)).isGreaterThan(200);

        for (Path png : listing(out)) {
            if (png.toString().endsWith(".png") && !png.getFileName().toString().startsWith("figure")) {
                BufferedImage chart = ImageIO.read(png.toFile());
                assertThat(chart.getWidth()).as(png.toString()).isEqualTo(FigureRenderer.CHART_WIDTH * 2);
                assertThat(chart.getHeight()).isEqualTo(FigureRenderer.CHART_HEIGHT * 2);
                assertThat(Images.distinctColours(chart)).as(png.toString()).isGreaterThan(50);
            }
        }
        // The plotted lines are there: C in blue, |dC/du| in vermillion, each at least a long line's worth.
        assertThat(Images.pixelsOf(ImageIO.read(out.resolve("cosine-D6-it40.png").toFile()), Palette.POSITIVE))
                .isGreaterThan(1500);
        assertThat(Images.pixelsOf(ImageIO.read(out.resolve("gradient-D1-it40.png").toFile()), Palette.DCDU))
                .isGreaterThan(1500);
    }

    @Test
    void theCsvHasOneRowPerIterationPerRunAndReadsBackToTheTrace(@TempDir Path out) throws Exception {
        assertThat(CliRun.of("export", SCENARIO, "--iterations", "30", "--out", out.toString()).status()).isZero();
        List<String> lines = Files.readAllLines(out.resolve("trace-D1-vs-D6-it30.csv"));
        String[] header = lines.get(0).split(",");
        assertThat(header).startsWith("run", "D", "iteration", "pair", "target", "cosine", "loss", "gradOutput")
                .contains("grad_hidden_weight", "grad_output_bias", "hidden_mean", "output_updateRatio", "u1", "u6",
                        "dCdv6");
        assertThat(lines).hasSize(1 + 2 * 30);

        Scenario scenario = new ScenarioReader().read(Path.of(SCENARIO));
        Trainer left = RunFactory.mainRun(scenario);
        Trainer right = RunFactory.comparisonRun(scenario);
        CliRun trace = CliRun.of("trace", SCENARIO, "--iterations", "30");
        String[] traceLines = trace.out().split("\n");
        ObjectMapper json = new ObjectMapper();
        List<String> columns = List.of(header);
        for (int i = 0; i < 30; i++) {
            String[] l = lines.get(1 + 2 * i).split(",", -1);
            String[] r = lines.get(2 + 2 * i).split(",", -1);
            assertThat(l[0]).isEqualTo("main");
            assertThat(r[0]).isEqualTo("comparison");
            left.step();
            right.step();
            assertRow(columns, l, left.lastRecord());
            assertRow(columns, r, right.lastRecord());
            JsonNode traced = json.readTree(traceLines[i]);
            assertThat(Double.parseDouble(l[columns.indexOf("cosine")])).isEqualTo(traced.get("cosine").asDouble());
            assertThat(Double.parseDouble(l[columns.indexOf("dCdu1")])).isEqualTo(traced.get("dCdu").get(0).asDouble());
        }
    }

    private static void assertRow(List<String> columns, String[] row, IterationRecord expected) {
        assertThat(Long.parseLong(row[columns.indexOf("iteration")])).isEqualTo(expected.iteration());
        assertThat(Integer.parseInt(row[columns.indexOf("pair")])).isEqualTo(expected.pair());
        assertThat(Double.parseDouble(row[columns.indexOf("cosine")])).isEqualTo(expected.cosine());
        assertThat(Double.parseDouble(row[columns.indexOf("loss")])).isEqualTo(expected.loss());
        assertThat(Double.parseDouble(row[columns.indexOf("grad_output_weight")]))
                .isEqualTo(expected.weightGrad(1));
        for (int i = 0; i < expected.outputSize(); i++) {
            assertThat(Double.parseDouble(row[columns.indexOf("u" + (i + 1))])).isEqualTo(expected.u(i));
            assertThat(Double.parseDouble(row[columns.indexOf("dCdv" + (i + 1))])).isEqualTo(expected.dCdv(i));
        }
        if (expected.outputSize() == 1) {
            assertThat(row[columns.indexOf("u2")]).isEmpty();
        }
        assertThat(Boolean.parseBoolean(row[columns.indexOf("singular")])).isEqualTo(expected.singular());
        assertThat(Double.parseDouble(row[columns.indexOf("hidden_std")])).isEqualTo(expected.activationStd(0));
        assertThat(Double.parseDouble(row[columns.indexOf("output_outputGrad")])).isEqualTo(expected.outputGrad(1));
    }

    @Test
    void existingFilesAreRefusedUnlessForcedAndNothingIsTouched(@TempDir Path out) throws Exception {
        assertThat(CliRun.of("export", SCENARIO, "--iterations", "5", "--out", out.toString()).status()).isZero();
        Path csv = out.resolve("trace-D1-vs-D6-it5.csv");
        Files.writeString(csv, "mine");
        CliRun refused = CliRun.of("export", SCENARIO, "--iterations", "5", "--out", out.toString());
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err().strip()).contains("exists already (use --force to replace it)")
                .doesNotContain("\n");
        assertThat(Files.readString(csv)).isEqualTo("mine");
        assertThat(CliRun.of("export", SCENARIO, "--iterations", "5", "--out", out.toString(), "--force").status())
                .isZero();
        assertThat(Files.readString(csv)).startsWith("run,D,iteration");
    }

    @Test
    void missingOrUnwritableFoldersAndBadOptionsAreOneLineErrors(@TempDir Path dir) throws Exception {
        Path unwritable = "root".equals(System.getProperty("user.name")) ? Path.of("/sys") : locked(dir);
        Path file = Files.writeString(dir.resolve("a-file"), "in the way");
        for (CliRun run : new CliRun[] {
            CliRun.of("export", SCENARIO, "--out", file.toString()),
            CliRun.of("export", SCENARIO, "--out", file.resolve("below").toString()),
            CliRun.of("export", SCENARIO, "--out", unwritable.toString(), "--force"),
            CliRun.of("export", SCENARIO, "--out", dir.toString(), "--scale", "4"),
            CliRun.of("export", SCENARIO),
            CliRun.of("export", "nope.json", "--out", dir.toString()),
        }) {
            assertThat(run.status()).as(run.err()).isEqualTo(2);
            assertThat(run.err().strip()).startsWith("gradflow: ").doesNotContain("\n").doesNotContain("Exception");
        }
        assertThat(listing(dir).stream().filter(p -> p.toString().endsWith(".part"))).isEmpty();
    }

    /** A missing folder is made first, as most tools do, so that no training is wasted on a typo'd path. */
    @Test
    void aMissingFolderIsMadeWithItsParents(@TempDir Path dir) throws Exception {
        Path deep = dir.resolve("a").resolve("b");
        CliRun run = CliRun.of("export", SCENARIO, "--iterations", "3", "--out", deep.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(deep.resolve("figure-D1-vs-D6-it3.png")).isNotEmptyFile();
    }

    private static Path locked(Path dir) throws Exception {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        return locked;
    }
}
