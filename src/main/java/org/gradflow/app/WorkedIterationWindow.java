package org.gradflow.app;

import java.io.IOException;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Help ▸ This iteration, worked: a window beside the main one. */
public final class WorkedIterationWindow {
    private WorkedIterationWindow() {
    }

    public static Stage show(Window owner, MainViewModel main) throws IOException {
        WorkedIterationViewModel vm = new WorkedIterationViewModel(main, Platform::runLater);
        Stage stage;
        try {
            stage = Views.showChild(owner, "/fxml/worked.fxml", type -> new WorkedIterationController(vm),
                    "GradFlow · this iteration, worked: forward, backward and the update, with its numbers");
        } catch (IOException | RuntimeException e) {
            vm.close();
            throw e;
        }
        stage.setOnHidden(e -> vm.close());
        return stage;
    }
}
