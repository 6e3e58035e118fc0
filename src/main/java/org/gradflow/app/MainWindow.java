package org.gradflow.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.geometry.Rectangle2D;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.gradflow.engine.Scenario;

/** Builds the window from main.fxml for a stage: used by the application and by the UI tests alike. */
public final class MainWindow implements AutoCloseable {
    /** The largest size the window opens at on a first start: a big monitor need not be filled to the edges. */
    public static final double WIDTH = 1920;
    public static final double HEIGHT = 1200;

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
            if (type == PresenterController.class) {
                return new PresenterController();
            }
            if (type == TransportController.class) {
                return new TransportController(vm.transport(), vm.view());
            }
            if (type == NetworkController.class) {
                return new NetworkController(vm.network());
            }
            if (type == CompareController.class) {
                return new CompareController(vm.compare(), vm.network());
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
        // The saved size, else the screen's usable area (up to WIDTH x HEIGHT): fitted to the screen either way.
        Rectangle2D area = Screen.getPrimary().getVisualBounds();
        double[] size = vm.userState().windowSize(Math.min(WIDTH, area.getWidth()), Math.min(HEIGHT, area.getHeight()));
        WindowPlacement.Bounds bounds = WindowPlacement.fit(size[0], size[1], area.getMinX() + area.getWidth() / 2,
                area.getMinY() + area.getHeight() / 2, area);
        Scene scene = new Scene(root, bounds.width(), bounds.height());
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
        NormalBounds normal = new NormalBounds(stage, bounds);
        stage.setOnHidden(e -> {
            vm.userState().rememberWindow(normal.bounds.width(), normal.bounds.height(), stage.isMaximized());
            window.close();
        });
        WindowPlacement.show(stage, bounds);
        if (vm.userState().windowMaximized()) {
            // Once the window manager has taken the window's own size, which it gives back when un-maximized;
            // maximized at once, it would give back the size the window was mapped at.
            WindowPlacement.later(() -> stage.setMaximized(true), 2 * WindowPlacement.MAPPED_MILLIS);
        }
        return window;
    }

    /**
     * The window's bounds while neither maximized nor full screen: what it is remembered at, and what it goes back
     * to on leaving full screen (the window manager would restore the size it was first mapped at, 200 x 200).
     */
    private static final class NormalBounds {
        private WindowPlacement.Bounds bounds;

        /**
         * A size is taken once it has held a moment: maximizing, the window manager reports the new size before
         * the new state, and that size would be taken for the window's own.
         */
        private final PauseTransition settled = new PauseTransition(Duration.millis(400));

        NormalBounds(Stage stage, WindowPlacement.Bounds initial) {
            bounds = initial;
            settled.setOnFinished(e -> {
                if (stage.isShowing() && !stage.isMaximized() && !stage.isFullScreen() && stage.getWidth() >= 400
                        && stage.getHeight() >= 300) {
                    bounds = new WindowPlacement.Bounds(stage.getX(), stage.getY(), stage.getWidth(),
                            stage.getHeight());
                }
            });
            InvalidationListener follow = o -> settled.playFromStart();
            for (ReadOnlyDoubleProperty p : List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(),
                    stage.heightProperty())) {
                p.addListener(follow);
            }
            // Leaving full screen or maximized, JavaFX 21 on GTK asks for the size the window had in that state,
            // or the one it was mapped at: the window's own is given back instead.
            stage.fullScreenProperty().addListener((o, was, full) -> giveBack(stage, full));
            stage.maximizedProperty().addListener((o, was, maximized) -> giveBack(stage, maximized));
        }

        private void giveBack(Stage stage, boolean stillLarge) {
            if (stillLarge) {
                settled.stop();
                return;
            }
            WindowPlacement.Bounds back = bounds;
            Platform.runLater(() -> {
                if (!stage.isMaximized() && !stage.isFullScreen()) {
                    WindowPlacement.apply(stage, back);
                }
            });
            // Again later: JavaFX's request comes after the window manager's answer, which can be slow, and makes
            // the window as large as the screen; a size the user chose meanwhile is theirs.
            WindowPlacement.later(() -> {
                if (!stage.isMaximized() && !stage.isFullScreen() && screenSized(stage)) {
                    WindowPlacement.apply(stage, back);
                }
            }, WindowPlacement.AGAIN_MILLIS);
        }
    }

    /** As large as its screen or the screen's usable area: the size of a maximized or full-screen window. */
    private static boolean screenSized(Stage stage) {
        for (Screen screen : Screen.getScreensForRectangle(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight())) {
            for (Rectangle2D area : List.of(screen.getBounds(), screen.getVisualBounds())) {
                if (stage.getWidth() >= area.getWidth() - 1 && stage.getHeight() >= area.getHeight() - 1) {
                    return true;
                }
            }
        }
        return false;
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
