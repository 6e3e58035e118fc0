package org.gradflow.app;

import java.io.IOException;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Run ▸ Sweep…: a window of its own beside the main one, for the main window's current scenario. */
public final class SweepWindow {
    private SweepWindow() {
    }

    public static Stage show(Window owner, MainViewModel main) throws IOException {
        SweepViewModel vm = new SweepViewModel(main.scenario(), Platform::runLater, main::openSweepRun);
        Stage stage;
        try {
            stage = Views.showChild(owner, "/fxml/sweep.fxml", type -> new SweepController(vm, main),
                    "GradFlow · sweep: which output sizes and learning rates learn, over many seeds");
        } catch (IOException | RuntimeException e) {
            vm.close();
            throw e;
        }
        stage.setOnHidden(e -> vm.close());
        return stage;
    }
}
