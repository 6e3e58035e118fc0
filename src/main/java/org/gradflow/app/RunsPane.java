package org.gradflow.app;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;

/**
 * The runs side by side: each run's pane over four quarter columns, and under them each run's fifth chart with the
 * learning curve between (the seed's layout). With one run, it takes the whole width and the curve the room the
 * comparison's chart leaves. Its children, in order: the main run, the comparison, the main run's fifth chart, the
 * curve, the comparison's fifth chart.
 */
public final class RunsPane extends GridPane {
    private final BooleanProperty oneRun = new SimpleBooleanProperty(this, "oneRun");

    public RunsPane() {
        for (int i = 0; i < 4; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(25);
            getColumnConstraints().add(c);
        }
        RowConstraints charts = new RowConstraints();
        charts.setPercentHeight(72);
        charts.setVgrow(Priority.ALWAYS);
        RowConstraints bottom = new RowConstraints();
        bottom.setPercentHeight(28);
        bottom.setVgrow(Priority.ALWAYS);
        getRowConstraints().addAll(charts, bottom);
        oneRun.addListener((o, was, now) -> place());
        getChildren().addListener((ListChangeListener<Node>) c -> place());
    }

    private void place() {
        if (getChildren().size() < 5) {
            return;
        }
        boolean one = oneRun.get();
        Node main = getChildren().get(0);
        Node comparison = getChildren().get(1);
        Node mainBottom = getChildren().get(2);
        Node curve = getChildren().get(3);
        Node comparisonBottom = getChildren().get(4);
        setConstraints(main, 0, 0, one ? 4 : 2, 1);
        setConstraints(comparison, 2, 0, 2, 1);
        setConstraints(mainBottom, 0, 1, 1, 1);
        setConstraints(curve, 1, 1, one ? 3 : 2, 1);
        setConstraints(comparisonBottom, 3, 1, 1, 1);
        for (Node n : new Node[] {comparison, comparisonBottom}) {
            n.setVisible(!one);
            n.setManaged(!one);
        }
    }

    /** True while the scenario has one run. */
    public BooleanProperty oneRunProperty() {
        return oneRun;
    }
}
