package org.gradflow.app;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.gradflow.plot.Badge;
import java.util.ArrayList;
import java.util.EnumMap;
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
    private ChartView cosineChart;
    @FXML
    private ChartView landscapeChart;
    @FXML
    private ChartView gradientChart;
    @FXML
    private ChartView componentsChart;
    private RunViewModel model;

    void bind(RunViewModel vm) {
        this.model = vm;
        title.textProperty().bind(vm.titleProperty());
        status.textProperty().bind(vm.statusProperty());
        divergence.textProperty().bind(vm.divergenceProperty());
        divergence.visibleProperty().bind(vm.divergenceProperty().isNotNull());
        vm.badges().addListener((ListChangeListener<Badge>) change -> showBadges(vm.badges()));
        showBadges(vm.badges());
    }

    /**
     * One label per badge kind, made once: the gradient check's text changes several times a second during play,
     * and new nodes would each cost a CSS pass.
     */
    private final Map<Badge.Kind, Label> badgeLabels = new EnumMap<>(Badge.Kind.class);

    private void showBadges(List<Badge> now) {
        List<Label> shown = new ArrayList<>();
        for (Badge badge : now) {
            Label label = badgeLabels.computeIfAbsent(badge.kind(), RunController::badgeLabel);
            // The row shows the full text or, where it does not fit, the brief one (BadgeRow).
            label.getProperties().put(BadgeRow.FULL, badge.text());
            label.getProperties().put(BadgeRow.BRIEF, badge.brief());
            label.setText(badge.text());
            label.getTooltip().setText(badge.text() + ": " + badge.why());
            shown.add(label);
        }
        badges.requestLayout();
        if (!shown.equals(badges.getChildren())) {
            badges.getChildren().setAll(shown);
        }
    }

    private static Label badgeLabel(Badge.Kind kind) {
        Label label = new Label();
        label.setMinWidth(0);
        label.getStyleClass().addAll("badge", "badge-" + kind.name().toLowerCase().replace('_', '-'));
        // The colour's one home is the badge kind, which the exported figures draw with too.
        label.setStyle("-fx-background-color: " + kind.color().webHex() + ";");
        label.setTooltip(new Tooltip());
        return label;
    }

    /** Redraws the four charts from the view-model's latest frame. */
    void redraw() {
        for (ChartView chart : charts()) {
            chart.redraw(model.frame());
        }
    }

    /** The charts in reading order (for tests and exports of single charts). */
    public List<ChartView> charts() {
        return List.of(cosineChart, landscapeChart, gradientChart, componentsChart);
    }
}
