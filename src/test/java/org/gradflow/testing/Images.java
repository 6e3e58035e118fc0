package org.gradflow.testing;

import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Set;
import org.gradflow.plot.Rgb;

/** What a person would check by looking: is the image blank, are the plotted colours there. */
public final class Images {
    private Images() {
    }

    public static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y) & 0xffffff);
            }
        }
        return colours.size();
    }

    /** Pixels within a small distance of a colour: antialiasing blends edges, not line centres. */
    public static int pixelsOf(BufferedImage image, Rgb colour) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int dr = Math.abs(((rgb >> 16) & 0xff) - colour.red());
                int dg = Math.abs(((rgb >> 8) & 0xff) - colour.green());
                int db = Math.abs((rgb & 0xff) - colour.blue());
                if (dr + dg + db <= 24) {
                    count++;
                }
            }
        }
        return count;
    }

    public static boolean samePixels(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }
}
