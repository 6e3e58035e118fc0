package org.gradflow.app;

import java.io.IOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Callback;

/** Where the views come from (FXML and CSS in the application's resources), and the windows beside the main one. */
final class Views {
    private Views() {
    }

    static URL resource(String path) {
        URL url = Views.class.getResource(path);
        if (url == null) {
            throw new IllegalStateException("missing from the build: " + path);
        }
        return url;
    }

    /** A window owned by {@code owner}: the view {@code fxml} with its controller, GradFlow's style sheet. */
    static Stage showChild(Window owner, String fxml, Callback<Class<?>, Object> controllers, String title,
                           double width, double height) throws IOException {
        FXMLLoader loader = new FXMLLoader(resource(fxml));
        loader.setControllerFactory(controllers);
        Parent root = loader.load();
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(resource("/assets/css/gradflow.css").toExternalForm());
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(title);
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}
