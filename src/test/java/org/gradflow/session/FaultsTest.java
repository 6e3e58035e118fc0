package org.gradflow.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.gradflow.engine.Scenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fault in the engine keeps its evidence: logged with its stack trace, reported in one line that says where. */
class FaultsTest {
    @TempDir
    Path state;

    @BeforeEach
    void logHere() {
        System.setProperty(FaultLog.FOLDER_PROPERTY, state.toString());
    }

    @AfterEach
    void logAsUsual() {
        System.clearProperty(FaultLog.FOLDER_PROPERTY);
    }

    @Test
    void aRuntimeFaultIsLoggedAndTheEngineGoesOn() throws Exception {
        try (Simulation simulation = new Simulation(Scenario.DEFAULT)) {
            simulation.runOnEngine(() -> {
                throw new IllegalStateException("boom in a step");
            });
            simulation.whenIdle().get(30, TimeUnit.SECONDS);
            Path log = state.resolve("gradflow-faults.log");
            assertThat(simulation.fault()).startsWith("java.lang.IllegalStateException: boom in a step (details in ")
                    .endsWith(log + ")");
            assertThat(Files.readString(log)).contains("boom in a step", "at org.gradflow.session.FaultsTest");
            assertThat(simulation.stopped()).isFalse();
            simulation.reset();
            simulation.step();
            simulation.whenIdle().get(30, TimeUnit.SECONDS);
            assertThat(simulation.fault()).isNull();
        }
    }

    @Test
    void anErrorIsNotSwallowedTheEngineStopsAndSaysSo() throws Exception {
        try (Simulation simulation = new Simulation(Scenario.DEFAULT)) {
            simulation.runOnEngine(() -> {
                throw new OutOfMemoryError("pretend the heap is gone");
            });
            assertThatThrownBy(() -> simulation.whenIdle().get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(EngineFault.class);
            assertThat(simulation.stopped()).isTrue();
            assertThat(simulation.fault()).startsWith("the engine stopped: java.lang.OutOfMemoryError")
                    .contains("details in " + state.resolve("gradflow-faults.log"), "restart GradFlow");
            // Later waits do not hang on a dead engine either.
            assertThatThrownBy(() -> simulation.whenIdle().get(5, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(EngineFault.class);
        }
    }
}
