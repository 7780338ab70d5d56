package org.neurocanvas.ui.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

class BoundaryColorsTest {

    private static final List<Color> PALETTE = List.of(Color.rgb(0, 0, 255), Color.rgb(255, 0, 0), Color.rgb(0, 255, 0));

    @Test
    void aCertainCellIsTintedWithItsClassColour() {
        int pixel = BoundaryColors.cell(new float[] {1, 0, 0}, 0, 3, PALETTE);
        // Blue mixed with white at full strength: red and green are white's share, blue stays full.
        int whiteShare = (int) Math.round((1 - BoundaryColors.STRONGEST) * 255);
        assertEquals(0xFF000000 | whiteShare << 16 | whiteShare << 8 | 255, pixel);
    }

    @Test
    void anUnsureCellIsPaleAndMixesTheClassColours() {
        float third = 1f / 3;
        Color unsure = argb(BoundaryColors.cell(new float[] {third, third, third}, 0, 3, PALETTE));
        Color sure = argb(BoundaryColors.cell(new float[] {0.9f, 0.05f, 0.05f}, 0, 3, PALETTE));
        assertTrue(unsure.getBrightness() > 0.9 && unsure.getSaturation() < 0.1, unsure.toString());
        assertTrue(sure.getSaturation() > unsure.getSaturation(), "confidence shows as colour");
        assertEquals(unsure.getRed(), unsure.getBlue(), 1e-2, "an even mix has no hue");
    }

    @Test
    void confidenceRunsFromChanceToCertainty() {
        assertEquals(0, BoundaryColors.confidence(0.5, 2), 1e-9);
        assertEquals(1, BoundaryColors.confidence(1, 2), 1e-9);
        assertEquals(0.5, BoundaryColors.confidence(0.75, 2), 1e-9);
        assertEquals(1, BoundaryColors.confidence(1, 1), 1e-9);
    }

    @Test
    void pixelsCoverEveryCellAndADivergedNetworkPaintsWhite() {
        int[] pixels = BoundaryColors.pixels(new float[] {1, 0, 0, 1, Float.NaN, Float.NaN}, 2, PALETTE);
        assertEquals(3, pixels.length);
        assertEquals(0xFFFFFFFF, pixels[2]);
        assertTrue((pixels[0] & 0xFF) > (pixels[0] >> 16 & 0xFF), "class 0 is blue");
        assertTrue((pixels[1] >> 16 & 0xFF) > (pixels[1] & 0xFF), "class 1 is red");
    }

    @Test
    void aShortPaletteRepeats() {
        assertEquals(PALETTE.get(1), BoundaryColors.classColor(PALETTE, 4));
    }

    private static Color argb(int pixel) {
        return Color.rgb(pixel >> 16 & 0xFF, pixel >> 8 & 0xFF, pixel & 0xFF);
    }
}
