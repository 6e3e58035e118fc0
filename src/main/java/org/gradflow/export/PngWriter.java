package org.gradflow.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Writes images as PNG, atomically, with a compression level chosen for speed on large figures. */
public final class PngWriter {
    /**
     * ImageIO maps quality 0..1 to deflate levels 9..0; line charts on white compress well at a low level, and
     * level 9 takes several times longer for a few percent less.
     */
    private static final float QUALITY = 0.75f;

    private PngWriter() {
    }

    public static void write(BufferedImage image, Path file, SafeFiles.Existing existing) throws ExportException {
        SafeFiles.write(file, existing, out -> encode(image, out));
    }

    static void encode(BufferedImage image, OutputStream out) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("this Java has no PNG writer");
        }
        ImageWriter writer = writers.next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (param.canWriteCompressed()) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(QUALITY);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
