package org.gradflow.app;

import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.gradflow.engine.Scenario;

/** The JavaFX application: the window on the original script's scenario, D = 1 next to D = 6. */
public final class GradFlowApp extends Application {
    /**
     * The view-model (and with it the engine, its first frame and the remembered settings), made on another core
     * while JavaFX starts its toolkit: a sixth of a second less before the window shows its charts.
     */
    private static volatile CompletableFuture<MainViewModel> prepared;
    private MainWindow window;

    /** Starts making the view-model; call before {@link Application#launch}. */
    static void prepare() {
        prepared = CompletableFuture.supplyAsync(() -> new MainViewModel(Scenario.DEFAULT, Platform::runLater),
                runnable -> {
                    Thread t = new Thread(runnable, "gradflow-prepare");
                    t.setDaemon(true);
                    t.start();
                });
    }

    @Override
    public void start(Stage stage) throws Exception {
        CompletableFuture<MainViewModel> vm = prepared;
        prepared = null;
        window = vm == null ? MainWindow.show(stage, Scenario.DEFAULT) : MainWindow.show(stage, vm.join());
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}
