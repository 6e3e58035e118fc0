package org.gradflow.app;

import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;

/** A canvas that fills its region and is painted again whenever its size changes. */
abstract class CanvasView extends Region {
    protected final Canvas canvas = new Canvas();
    /** Over the canvas: the frame CSS draws around a chart that a lesson step points at (:pointed). */
    private final Region frame = new Region();

    CanvasView() {
        frame.getStyleClass().add("pointer-frame");
        frame.setMouseTransparent(true);
        getChildren().addAll(canvas, frame);
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        frame.resizeRelocate(0, 0, w, h);
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            paint();
        }
    }

    /** Draws the whole canvas from what the view holds now. */
    protected abstract void paint();
}
