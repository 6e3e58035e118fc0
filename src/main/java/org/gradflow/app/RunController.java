package org.gradflow.app;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

/** Binds one run's view (run.fxml) to its view-model and redraws its charts when asked. */
public final class RunController {
    @FXML
    private Label title;
    @FXML
    private BadgeRow badges;
    @FXML
    private Label status;
    @FXML
    private Label divergence;
    @FXML
    private ChartView chart1;
    @FXML
    private ChartView chart2;
    @FXML
    private ChartView chart3;
    @FXML
    private ChartView chart4;
    private RunViewModel model;

    void bind(RunViewModel vm) {
        this.model = vm;
        List<ChartView> views = charts();
        for (int i = 0; i < views.size(); i++) {
            views.get(i).show(vm.slots().get(i));
        }
        title.textProperty().bind(vm.titleProperty());
        status.textProperty().bind(vm.statusProperty());
        divergence.textProperty().bind(vm.divergenceProperty());
        divergence.visibleProperty().bind(vm.divergenceProperty().isNotNull());
        vm.shownBadges().addListener((ListChangeListener<RunViewModel.ShownBadge>) change ->
                showBadges(vm.shownBadges()));
        showBadges(vm.shownBadges());
    }

    /**
     * One label per badge look, made once: the gradient check's text changes several times a second during play,
     * and new nodes would each cost a CSS pass.
     */
    private final Map<String, Label> badgeLabels = new HashMap<>();

    private void showBadges(List<RunViewModel.ShownBadge> now) {
        List<Label> shown = new ArrayList<>();
        for (RunViewModel.ShownBadge badge : now) {
            Label label = badgeLabels.computeIfAbsent(badge.styleClass(), k -> badgeLabel(badge));
            // The row shows the full text or, where it does not fit, the brief one (BadgeRow).
            label.getProperties().put(BadgeRow.FULL, badge.text());
            label.getProperties().put(BadgeRow.BRIEF, badge.brief());
            label.setText(badge.text());
            label.getTooltip().setText(badge.tooltip());
            shown.add(label);
        }
        badges.requestLayout();
        if (!shown.equals(badges.getChildren())) {
            badges.getChildren().setAll(shown);
        }
    }

    private static Label badgeLabel(RunViewModel.ShownBadge badge) {
        Label label = new Label();
        label.setMinWidth(0);
        label.getStyleClass().addAll("badge", badge.styleClass());
        // The colour's one home is the badge kind, which the exported figures draw with too.
        label.setStyle("-fx-background-color: " + badge.color() + ";");
        label.setTooltip(new Tooltip());
        return label;
    }

    /** Redraws the four charts from the view-model's latest frame. */
    void redraw() {
        for (ChartView chart : charts()) {
            chart.redraw();
        }
    }

    /** The charts in reading order, two by two (for tests). */
    public List<ChartView> charts() {
        return List.of(chart1, chart2, chart3, chart4);
    }
}
