package org.gradflow.app;

import java.util.function.BiConsumer;
import org.gradflow.plot.SweepChart;
import org.gradflow.session.SweepSummary;

/** The sweep's heatmap on a canvas that fills its region; a click on a cell reports the cell. */
public final class SweepView extends CanvasView {
    private final SweepChart chart = new SweepChart(new FxPainter(canvas.getGraphicsContext2D()));
    private SweepSummary summary;

    public SweepView() {
        setMinSize(300, 200);
        setPrefSize(900, 560);
    }

    /** Calls {@code onCell} with (output size index, learning rate index) when a cell is clicked. */
    public void setOnCell(BiConsumer<Integer, Integer> onCell) {
        canvas.setOnMouseClicked(e -> {
            if (summary != null) {
                int[] cell = chart.cellAt(e.getX(), e.getY(), summary);
                if (cell != null) {
                    onCell.accept(cell[0], cell[1]);
                }
            }
        });
    }

    public void show(SweepSummary now) {
        summary = now;
        paint();
    }

    @Override
    protected void paint() {
        if (canvas.getWidth() < 2 || canvas.getHeight() < 2) {
            return;
        }
        canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (summary == null) {
            canvas.getGraphicsContext2D().fillText("Choose the settings above and press Start: each cell will show how"
                    + " many seeds learned, and when.", 20, 40);
            return;
        }
        chart.draw(summary, canvas.getWidth(), canvas.getHeight());
    }
}
