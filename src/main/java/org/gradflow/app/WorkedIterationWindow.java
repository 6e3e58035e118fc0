package org.gradflow.app;

import java.io.IOException;
import java.net.URL;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Help ▸ This iteration, worked: a window beside the main one. */
public final class WorkedIterationWindow {
    private WorkedIterationWindow() {
    }

    public static Stage show(Window owner, MainViewModel main) throws IOException {
        WorkedIterationViewModel vm = new WorkedIterationViewModel(main, Platform::runLater);
        FXMLLoader loader = new FXMLLoader(resource("/fxml/worked.fxml"));
        loader.setControllerFactory(type -> new WorkedIterationController(vm));
        Parent root = loader.load();
        Scene scene = new Scene(root, 1100, 760);
        scene.getStylesheets().add(resource("/assets/css/gradflow.css").toExternalForm());
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("GradFlow · this iteration, worked: forward, backward and the update, with its numbers");
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    private static URL resource(String path) {
        URL url = WorkedIterationWindow.class.getResource(path);
        if (url == null) {
            throw new IllegalStateException("missing from the build: " + path);
        }
        return url;
    }
}
