package org.gradflow.app;

import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;

/** A canvas that fills its region and is painted again whenever its size changes. */
abstract class CanvasView extends Region {
    protected final Canvas canvas = new Canvas();

    CanvasView() {
        getChildren().add(canvas);
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            paint();
        }
    }

    /** Draws the whole canvas from what the view holds now. */
    protected abstract void paint();
}
