package org.gradflow.app;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.gradflow.session.Simulation;
import org.gradflow.session.TimeAxis;

/**
 * How the charts show the runs, as opposed to what the runs are: the x axis of the per-iteration charts, Zoom C,
 * and the geometry of the cosine in the landscape's place. A lesson step sets these for its words and gives the
 * user's back when it closes.
 */
public final class ViewOptionsViewModel {
    private final ObjectProperty<TimeAxis> timeAxis = new SimpleObjectProperty<>(this, "timeAxis", TimeAxis.AUTO);
    private final ObservableList<String> timeAxisNames = FXCollections.observableArrayList();
    private final ObjectProperty<String> timeAxisName = new SimpleObjectProperty<>(this, "timeAxisName");
    private final BooleanProperty fitCosine = new SimpleBooleanProperty(this, "fitCosine");
    private final BooleanProperty geometryShown = new SimpleBooleanProperty(this, "geometryShown");
    private final ReadOnlyBooleanWrapper cosineShown = new ReadOnlyBooleanWrapper(this, "cosineShown", true);

    ViewOptionsViewModel(Simulation simulation) {
        for (TimeAxis axis : TimeAxis.values()) {
            timeAxisNames.add(axis.toString());
        }
        timeAxisName.set(TimeAxis.AUTO.toString());
        timeAxis.addListener((o, was, now) -> {
            simulation.setTimeAxis(now == null ? TimeAxis.AUTO : now);
            timeAxisName.set(String.valueOf(now == null ? TimeAxis.AUTO : now));
        });
        timeAxisName.addListener((o, was, now) -> {
            for (TimeAxis axis : TimeAxis.values()) {
                if (axis.toString().equals(now)) {
                    timeAxis.set(axis);
                }
            }
        });
        fitCosine.addListener((o, was, now) -> simulation.setFitCosine(now));
    }

    public ObjectProperty<TimeAxis> timeAxisProperty() {
        return timeAxis;
    }

    /** The x axis by the name the choice box shows ("auto", "last 1,000", ...). */
    public ObjectProperty<String> timeAxisNameProperty() {
        return timeAxisName;
    }

    public ObservableList<String> timeAxisNames() {
        return timeAxisNames;
    }

    /** Zoom C: the cosine chart's y axis fitted to the values shown. */
    public BooleanProperty fitCosineProperty() {
        return fitCosine;
    }

    /** Whether a run shown ends in the cosine: Zoom C and the geometry apply only then. */
    public ReadOnlyBooleanProperty cosineShownProperty() {
        return cosineShown.getReadOnlyProperty();
    }

    void setCosineShown(boolean now) {
        cosineShown.set(now);
    }

    /** View ▸ Geometry of the cosine: the geometry chart in the landscape's place. */
    public BooleanProperty geometryShownProperty() {
        return geometryShown;
    }
}
