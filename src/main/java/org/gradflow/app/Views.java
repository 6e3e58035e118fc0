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

    /**
     * A window owned by {@code owner}: the view {@code fxml} with its controller, GradFlow's style sheet, sized to
     * its content and placed on the screen over its owner ({@link WindowPlacement#showChild}).
     */
    static Stage showChild(Window owner, String fxml, Callback<Class<?>, Object> controllers, String title)
            throws IOException {
        FXMLLoader loader = new FXMLLoader(resource(fxml));
        loader.setControllerFactory(controllers);
        Parent root = loader.load();
        return showChild(owner, root, title);
    }

    /** A window owned by {@code owner} showing {@code root}, placed as the one above. */
    static Stage showChild(Window owner, Parent root, String title) {
        Scene scene = new Scene(root);
        scene.getStylesheets().add(resource("/assets/css/gradflow.css").toExternalForm());
        // The owner's text size, so that a window opened at a projector's size is read from as far.
        if (owner.getScene() != null) {
            root.setStyle(owner.getScene().getRoot().getStyle());
        }
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(title);
        stage.setScene(scene);
        WindowPlacement.showChild(stage, owner);
        return stage;
    }
}
