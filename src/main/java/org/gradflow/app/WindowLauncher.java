package org.gradflow.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** Opens the window. */
public final class WindowLauncher {
    private WindowLauncher() {
    }

    /** Blocks until the window is closed; returns the process exit status. */
    public static int launch() {
        Application.launch(Placeholder.class);
        return 0;
    }

    /** Stand-in until the window lands. */
    public static final class Placeholder extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new Label("GradFlow"), 400, 200));
            stage.show();
        }
    }
}
