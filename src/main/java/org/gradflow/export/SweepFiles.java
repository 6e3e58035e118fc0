package org.gradflow.export;

import com.fasterxml.jackson.core.io.NumberOutput;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.gradflow.plot.SweepChart;
import org.gradflow.session.SweepAxis;
import org.gradflow.session.SweepRow;
import org.gradflow.session.SweepSummary;
import org.gradflow.plot.TextStyle;

/**
 * {@code sweep.csv} and {@code sweep.png}, written together all or nothing. The CSV is the design's: header
 * {@code outputSize,learningRate,seed,learnedAtPass,finalMeanLoss}, with one column per {@code --vary} (named by
 * its path) after {@code seed} and {@code nudgedLearnedAtPass} last with the nudge, one row per run in row order,
 * {@code learnedAtPass} empty when the run never learned. A sweep stopped early gets a last line
 * {@code # partial: N of M runs}, so that nobody takes it for the whole.
 */
public final class SweepFiles {
    public static final String CSV = "sweep.csv";
    public static final String PNG = "sweep.png";
    /** A 16:10 slide at 1x. */
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 750;

    private SweepFiles() {
    }

    /**
     * Loads what drawing the figure needs (the bundled fonts) now. Java cannot load a font while it shuts down
     * (it registers a hook of its own), and a sweep stopped by Ctrl+C writes its figure in a shutdown hook.
     */
    public static void prepare() {
        BundledFonts.awt(TextStyle.BODY);
    }

    public static void writeCsv(SweepSummary summary, List<SweepRow> rows, OutputStream out) throws IOException {
        boolean nudge = summary.plan().nudge();
        List<SweepAxis> varied = summary.plan().varied();
        StringBuilder sb = new StringBuilder("outputSize,learningRate,seed");
        for (SweepAxis axis : varied) {
            sb.append(',').append(axis.path());
        }
        sb.append(",learnedAtPass,finalMeanLoss").append(nudge ? ",nudgedLearnedAtPass\n" : "\n");
        for (SweepRow r : rows) {
            sb.append(r.combination().outputSize()).append(',')
                    .append(NumberOutput.toString(r.combination().learningRate(), true)).append(',')
                    .append(r.combination().seed());
            for (int a = 0; a < varied.size(); a++) {
                sb.append(',').append(csvCell(varied.get(a).label(r.combination().value(a + 2))));
            }
            sb.append(',').append(r.learned() ? Long.toString(r.learnedAtPass()) : "").append(',')
                    .append(NumberOutput.toString(r.finalMeanLoss(), true));
            if (nudge) {
                sb.append(',').append(r.nudgedLearnedAtPass() > 0 ? Long.toString(r.nudgedLearnedAtPass()) : "");
            }
            sb.append('\n');
        }
        if (rows.size() < summary.total()) {
            sb.append("# partial: ").append(rows.size()).append(" of ").append(summary.total()).append(" runs\n");
        }
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A value as a CSV cell: quoted when it holds a comma or a quote ({@code "[8,8]"}), as RFC 4180 has it. */
    static String csvCell(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    public static BufferedImage figure(SweepSummary summary, int scale) {
        BufferedImage image = new BufferedImage(WIDTH * scale, HEIGHT * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            new SweepChart(new AwtPainter(g)).draw(summary, WIDTH, HEIGHT);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The heatmap alone, to a file of the user's choosing (the window's export). */
    public static void writePng(SweepSummary summary, Path file) throws ExportException {
        SafeFiles.write(file, SafeFiles.Existing.REPLACE, out -> PngWriter.encode(figure(summary, 2), out));
    }

    /** The CSV alone, to a file of the user's choosing. */
    public static void writeCsv(SweepSummary summary, List<SweepRow> rows, Path file) throws ExportException {
        SafeFiles.write(file, SafeFiles.Existing.REPLACE, out -> writeCsv(summary, rows, out));
    }

    /** Writes both files into {@code folder}, replacing earlier ones; returns them. */
    public static List<Path> write(SweepSummary summary, List<SweepRow> rows, Path folder) throws ExportException {
        try (SafeFiles.Batch batch = new SafeFiles.Batch(SafeFiles.Existing.REPLACE)) {
            Path csv = folder.resolve(CSV);
            Path png = folder.resolve(PNG);
            batch.check(csv);
            batch.check(png);
            batch.stage(csv, out -> writeCsv(summary, rows, out));
            batch.stage(png, out -> PngWriter.encode(figure(summary, 1), out));
            return batch.commit();
        }
    }
}
