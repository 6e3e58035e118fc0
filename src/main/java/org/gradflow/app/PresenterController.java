package org.gradflow.app;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** Binds presenter.fxml to the {@link PresenterViewModel}: the step's words, and a chart view per slot. */
public final class PresenterController {
    /** The slide's charts have the room of a whole window: their words are this much larger than the window's. */
    static final double CHART_TEXT = 1.6;

    @FXML
    private Label position;
    @FXML
    private Label title;
    @FXML
    private Label text;
    @FXML
    private Label note;
    @FXML
    private Button back;
    @FXML
    private Button next;
    @FXML
    private HBox charts;
    private PresenterViewModel vm;
    private final List<ChartView> views = new ArrayList<>();
    private double textScale = 1;

    void bind(PresenterViewModel presenter) {
        this.vm = presenter;
        LessonViewModel lesson = presenter.lesson();
        position.textProperty().bind(lesson.positionProperty());
        title.textProperty().bind(lesson.titleProperty());
        text.textProperty().bind(lesson.textProperty());
        note.textProperty().bind(lesson.noteProperty());
        note.visibleProperty().bind(lesson.noteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        back.disableProperty().bind(lesson.canBackProperty().not());
        next.disableProperty().bind(lesson.canNextProperty().not());
        presenter.chartSlots().addListener((ListChangeListener<ChartSlot>) c -> showSlots());
        showSlots();
    }

    private void showSlots() {
        views.clear();
        for (ChartSlot slot : vm.chartSlots()) {
            ChartView view = new ChartView();
            view.show(slot);
            view.setTextScale(textScale * CHART_TEXT);
            view.setMinSize(0, 0);
            view.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            HBox.setHgrow(view, Priority.ALWAYS);
            views.add(view);
        }
        charts.getChildren().setAll(views);
    }

    /** Redraws the slide's charts from the runs' latest frames. */
    void redraw() {
        for (ChartView view : views) {
            view.redraw();
        }
    }

    /** View ▸ text size: the slide's words follow the window's; its charts' are larger still. */
    void setTextScale(double scale) {
        textScale = scale;
        for (ChartView view : views) {
            view.setTextScale(scale * CHART_TEXT);
        }
    }

    /** For tests: the slide's chart views, in order. */
    List<ChartView> charts() {
        return List.copyOf(views);
    }

    @FXML
    private void back() {
        vm.lesson().back();
    }

    @FXML
    private void next() {
        vm.lesson().next();
    }

    @FXML
    private void leave() {
        vm.leave();
    }
}
