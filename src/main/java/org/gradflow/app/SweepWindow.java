package org.gradflow.app;

import java.io.IOException;
import java.net.URL;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Run ▸ Sweep…: a window of its own beside the main one, for the main window's current scenario. */
public final class SweepWindow {
    private SweepWindow() {
    }

    public static Stage show(Window owner, MainViewModel main) throws IOException {
        SweepViewModel vm = new SweepViewModel(main.scenario(), Platform::runLater, main::openSweepRun);
        FXMLLoader loader = new FXMLLoader(resource("/fxml/sweep.fxml"));
        loader.setControllerFactory(type -> new SweepController(vm, main));
        Parent root = loader.load();
        Scene scene = new Scene(root, 1180, 720);
        scene.getStylesheets().add(resource("/assets/css/gradflow.css").toExternalForm());
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("GradFlow · sweep: which output sizes and learning rates learn, over many seeds");
        stage.setScene(scene);
        stage.setOnHidden(e -> vm.close());
        stage.show();
        return stage;
    }

    private static URL resource(String path) {
        URL url = SweepWindow.class.getResource(path);
        if (url == null) {
            throw new IllegalStateException("missing from the build: " + path);
        }
        return url;
    }
}
