package org.gradflow.app;

import javafx.application.Application;
import javafx.stage.Stage;
import org.gradflow.engine.Scenario;

/** The JavaFX application: the window on the original script's scenario, D = 1 next to D = 6. */
public final class GradFlowApp extends Application {
    private MainWindow window;

    @Override
    public void start(Stage stage) throws Exception {
        window = MainWindow.show(stage, Scenario.DEFAULT);
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}
