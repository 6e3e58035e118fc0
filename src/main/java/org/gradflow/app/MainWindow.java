package org.gradflow.app;

import java.io.IOException;
import java.io.InputStream;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.gradflow.engine.Scenario;

/** Builds the window from main.fxml for a stage: used by the application and by the UI tests alike. */
public final class MainWindow implements AutoCloseable {
    public static final double WIDTH = 1280;
    public static final double HEIGHT = 800;

    private final MainViewModel model;
    private final MainController controller;
    private final FrameTimer frameTimer;

    private MainWindow(MainViewModel model, MainController controller, FrameTimer frameTimer) {
        this.model = model;
        this.controller = controller;
        this.frameTimer = frameTimer;
    }

    public static MainWindow show(Stage stage, Scenario scenario) throws IOException {
        return show(stage, new MainViewModel(scenario, Platform::runLater));
    }

    /** The window for a view-model made already (the application makes it while JavaFX starts). */
    public static MainWindow show(Stage stage, MainViewModel vm) throws IOException {
        FxFonts.load();
        FrameTimer timer = new FrameTimer(4096);
        FXMLLoader loader = new FXMLLoader(Views.resource("/fxml/main.fxml"));
        loader.setControllerFactory(type -> {
            if (type == MainController.class) {
                return new MainController(vm, timer);
            }
            if (type == RunController.class) {
                return new RunController();
            }
            throw new IllegalArgumentException("no controller of type " + type);
        });
        Parent root;
        try {
            root = loader.load();
        } catch (IOException | RuntimeException e) {
            // The view-model has started the engine thread and the export executor: they must not outlive this.
            vm.close();
            throw e;
        }
        MainController controller = loader.getController();
        double[] size = vm.userState().windowSize(WIDTH, HEIGHT);
        Scene scene = new Scene(root, size[0], size[1]);
        scene.getStylesheets().add(Views.resource("/assets/css/gradflow.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> RunKeys.handle(e, vm, root));
        stage.setScene(scene);
        controller.attach(stage);
        stage.titleProperty().bind(vm.titleProperty());
        try (InputStream icon = MainWindow.class.getResourceAsStream("/assets/icons/gradflow-256.png")) {
            if (icon != null) {
                stage.getIcons().add(new Image(icon));
            }
        }
        MainWindow window = new MainWindow(vm, controller, timer);
        stage.setOnHidden(e -> {
            vm.userState().rememberWindowSize(scene.getWidth(), scene.getHeight());
            window.close();
        });
        stage.show();
        return window;
    }

    public MainViewModel model() {
        return model;
    }

    public MainController controller() {
        return controller;
    }

    public FrameTimer frameTimer() {
        return frameTimer;
    }

    @Override
    public void close() {
        controller.stop();
        model.close();
    }
}
