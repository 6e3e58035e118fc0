package org.gradflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.gradflow.engine.Scenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What survives a restart: a new UserState on the same preferences node is a new start of the program. */
class UserStateTest {
    private final Preferences node = Preferences.userRoot().node("org/gradflow-tests/" + UUID.randomUUID());

    @AfterEach
    void forget() throws Exception {
        node.removeNode();
    }

    @Test
    void theLastFolderAndTheWindowSizeSurviveARestart(@TempDir Path dir) throws Exception {
        UserState before = new UserState(node);
        assertThat(before.dialogFolder()).isEqualTo(Path.of(System.getProperty("user.home")));
        before.rememberFolderOf(dir.resolve("scenario.json"));
        assertThat(before.windowMaximized()).isFalse();
        before.rememberWindow(1440, 900, true);
        UserState after = new UserState(node);
        assertThat(after.dialogFolder()).isEqualTo(dir.toAbsolutePath());
        assertThat(after.windowSize(1280, 800)).containsExactly(1440, 900);
        assertThat(after.windowMaximized()).isTrue();
        after.rememberWindow(200, 200, false);
        assertThat(new UserState(node).windowSize(1280, 800)).as("too small to use").containsExactly(1440, 900);
    }

    @Test
    void aFolderThatIsGoneGivesHomeAndTheApplicationsOwnAssetsAreNeverTheStart(@TempDir Path dir)
            throws Exception {
        UserState state = new UserState(node);
        Path gone = Files.createDirectory(dir.resolve("gone"));
        state.rememberFolderOf(gone.resolve("a.json"));
        Files.delete(gone);
        assertThat(state.dialogFolder()).isEqualTo(Path.of(System.getProperty("user.home")));
        state.rememberFolderOf(Path.of("assets/scenarios/original-question.json"));
        assertThat(new UserState(node).dialogFolder()).isEqualTo(Path.of(System.getProperty("user.home")));
    }

    @Test
    void theTextSizeStepsUpAndDownWithinItsRangeAndSurvivesARestart() throws Exception {
        try (MainViewModel vm = new MainViewModel(Scenario.DEFAULT, Runnable::run,
                System::nanoTime, new UserState(node))) {
            assertThat(vm.text().textScaleProperty().get()).isEqualTo(1);
            vm.text().larger();
            vm.text().larger();
            assertThat(vm.text().textScaleProperty().get()).isEqualTo(1.3);
            for (int i = 0; i < 10; i++) {
                vm.text().larger();
            }
            assertThat(vm.text().textScaleProperty().get()).isEqualTo(2);
        }
        try (MainViewModel again = new MainViewModel(Scenario.DEFAULT, Runnable::run,
                System::nanoTime, new UserState(node))) {
            assertThat(again.text().textScaleProperty().get()).isEqualTo(2);
            again.text().actual();
            again.text().smaller();
            assertThat(again.text().textScaleProperty().get()).isEqualTo(0.9);
        }
    }
}
