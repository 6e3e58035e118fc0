package org.gradflow.app;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.stage.Stage;
import org.gradflow.engine.Scenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The real window on the reference scenario, headless on Monocle, fresh for each test and hidden after it. */
@ExtendWith(ApplicationExtension.class)
abstract class WindowTest {
    protected MainWindow window;
    protected Stage stage;

    /**
     * A method of this class, not TestFX's {@code @Start}: ApplicationExtension looks for {@code @Start} on the test
     * class itself only. It has registered the stage by now (extensions run before {@code @BeforeEach}).
     */
    @BeforeEach
    void openWindow() throws Exception {
        stage = FxToolkit.toolkitContext().getRegisteredStage();
        window = FxToolkit.setupFixture(() -> MainWindow.show(stage, Scenario.DEFAULT));
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::hide);
    }

    /** Opens the shipped example {@code file} (File ▸ Examples) and goes to {@code iteration}. */
    protected void openExampleAt(FxRobot robot, String file, long iteration) {
        robot.interact(() -> {
            window.model().openExample(Example.ALL.stream().filter(e -> e.file().equals(file)).findFirst()
                    .orElseThrow());
            window.model().transport().seek(iteration);
        });
    }

    /** Waits for what the user would wait for; 30 s, because a shared 2-core CI host can be slow. */
    protected static void await(Supplier<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> condition.get());
    }
}
