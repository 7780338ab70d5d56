package org.neurocanvas.data;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Resizing a decoded image and writing its pixels as bytes, height x width x channels. */
final class ImagePixels {

    private ImagePixels() {
    }

    /**
     * The image at width x height in RGB. Bilinear steps of at most a halving each, since a single
     * bilinear step from a photo down to 28 x 28 would skip most pixels and alias.
     */
    static BufferedImage resize(BufferedImage image, int width, int height) {
        BufferedImage current = image;
        do {
            int w = Math.max(width, current.getWidth() / 2);
            int h = Math.max(height, current.getHeight() / 2);
            BufferedImage next = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = next.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(current, 0, 0, w, h, null);
            g.dispose();
            current = next;
        } while (current.getWidth() != width || current.getHeight() != height);
        return current;
    }

    /** Writes the image's pixels at offset: luma for one channel, R, G, B for three. */
    static void write(BufferedImage rgb, int channels, byte[] pixels, int offset) {
        int i = offset;
        for (int y = 0; y < rgb.getHeight(); y++) {
            for (int x = 0; x < rgb.getWidth(); x++) {
                int argb = rgb.getRGB(x, y);
                int r = argb >> 16 & 0xFF;
                int g = argb >> 8 & 0xFF;
                int b = argb & 0xFF;
                if (channels == 1) {
                    pixels[i++] = (byte) Math.round(0.299 * r + 0.587 * g + 0.114 * b);
                } else {
                    pixels[i++] = (byte) r;
                    pixels[i++] = (byte) g;
                    pixels[i++] = (byte) b;
                }
            }
        }
    }
}
