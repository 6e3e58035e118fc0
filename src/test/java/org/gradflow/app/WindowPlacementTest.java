package org.gradflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Where a window goes: the size asked for, no larger than the screen's usable area, wholly on it. */
class WindowPlacementTest {
    private static final Rectangle2D PROJECTOR = new Rectangle2D(0, 0, 1280, 800);

    @Test
    void aWindowThatFitsIsCentredAtItsSize() {
        assertThat(WindowPlacement.fit(1000, 600, 640, 400, PROJECTOR))
                .isEqualTo(new WindowPlacement.Bounds(140, 100, 1000, 600));
    }

    @Test
    void aSizeSavedOnALargerScreenIsFittedToThisOne() {
        assertThat(WindowPlacement.fit(1920, 1200, 640, 400, PROJECTOR))
                .isEqualTo(new WindowPlacement.Bounds(0, 0, 1280, 800));
    }

    @Test
    void aChildCentredOnAnOwnerNearTheEdgeStaysOnTheScreenTitleBarIncluded() {
        // The worked iteration over an owner in the top left corner: its title bar was off the screen.
        WindowPlacement.Bounds child = WindowPlacement.fit(830, 730, 100, 100, PROJECTOR);
        assertThat(child).isEqualTo(new WindowPlacement.Bounds(0, 0, 830, 730));
        Rectangle2D belowAPanel = new Rectangle2D(0, 27, 1280, 773);
        assertThat(WindowPlacement.fit(830, 900, 1200, 780, belowAPanel))
                .isEqualTo(new WindowPlacement.Bounds(450, 27, 830, 773));
    }
}
