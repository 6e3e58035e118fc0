package org.gradflow.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Writes a drawing as SVG through JFreeSVG, whose SVGGraphics2D is a Graphics2D: the charts' one drawing code
 * (the PNG export's {@link AwtPainter}) makes it, so an SVG shows what the PNG shows. Text stays text; lines,
 * bands and bars are paths; nothing is embedded as a bitmap. The viewBox is the figure's logical size.
 */
public final class SvgWriter {
    /**
     * Where DejaVu Sans (bundled for PNG) is missing, a viewer falls back on look-alikes, then any sans-serif.
     * Unquoted (CSS allows names of plain words): JFreeSVG puts this inside a single-quoted attribute.
     */
    static final String FONT_FALLBACKS = "DejaVu Sans, Bitstream Vera Sans, Verdana, Arial, sans-serif";

    private SvgWriter() {
    }

    public static void write(FigureRenderer.Drawing drawing, Path file, SafeFiles.Existing existing)
            throws ExportException {
        SafeFiles.write(file, existing, out -> encode(drawing, out));
    }

    static void encode(FigureRenderer.Drawing drawing, OutputStream out) throws IOException {
        out.write(svg(drawing).getBytes(StandardCharsets.UTF_8));
    }

    static String hundredths(double value) {
        long r = Math.round(value * 100);
        if (r % 100 == 0) {
            return Long.toString(r / 100);
        }
        return BigDecimal.valueOf(r, 2).stripTrailingZeros().toPlainString();
    }

    /** The whole SVG document. */
    public static String svg(FigureRenderer.Drawing drawing) {
        SVGGraphics2D g = new SVGGraphics2D(drawing.width(), drawing.height());
        g.setFontFunction(family -> family.startsWith("DejaVu Sans") ? FONT_FALLBACKS : family + ", sans-serif");
        // A hundredth of a logical pixel is finer than any screen or printer resolves; the default 17 digits
        // make the file several times larger for nothing.
        g.setGeomDoubleConverter(SvgWriter::hundredths);
        g.setTransformDoubleConverter(SvgWriter::hundredths);
        drawing.paint().accept(g);
        String element = g.getSVGElement(null, true, new ViewBox(0, 0, (int) drawing.width(),
                (int) drawing.height()), null, null);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element + "\n";
    }
}
