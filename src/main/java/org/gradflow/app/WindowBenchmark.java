package org.gradflow.app;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.gradflow.engine.Scenario;
import java.lang.management.MemoryType;

/**
 * The window's own benchmark: opens the real window on a scenario (the reference one, or any network's), plays at
 * full speed to a given iteration count, and reports how long each frame's chart update took on the FX thread
 * (pull from the engine plus redraw of every chart) and how much heap is live afterwards.
 */
public final class WindowBenchmark {
    private WindowBenchmark() {
    }

    /** @param scenario what the window opens on: the reference scenario, or a benchmark's own */
    public static int run(Scenario scenario, String name, long iterations, PrintWriter out, PrintWriter err) {
        // Monocle's headless glass needs no display: the app-image build rehearses the window with it.
        if (WindowLauncher.missingDisplay(System.getProperty("os.name", ""), System.getenv("DISPLAY"),
                System.getenv("WAYLAND_DISPLAY"), System.getProperty("glass.platform")) != null) {
            err.println("gradflow: bench --window needs a display; without one, try: Xvfb :99 & DISPLAY=:99"
                    + " java -jar target/gradflow.jar bench --window");
            return 2;
        }
        WindowLauncher.quietenClassPathWarning();
        CompletableFuture<MainWindow> opened = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                MainWindow window = MainWindow.show(new Stage(), scenario);
                window.model().transport().speedExponentProperty().set(TransportViewModel.SPEED_MAX_EXPONENT);
                opened.complete(window);
            } catch (Exception | LinkageError e) {
                opened.completeExceptionally(e);
            }
        });
        try {
            MainWindow window = opened.get(60, TimeUnit.SECONDS);
            MainViewModel vm = window.model();
            long start = System.nanoTime();
            Platform.runLater(() -> {
                window.frameTimer().clear();
                vm.transport().togglePlay();
            });
            while (vm.simulation().lockstepIteration() < iterations) {
                Thread.sleep(20);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            CompletableFuture<double[][]> frames = new CompletableFuture<>();
            Platform.runLater(() -> {
                vm.transport().pause();
                frames.complete(new double[][] {window.frameTimer().millis(), window.frameTimer().cpuMillis()});
            });
            double[][] timings = frames.get(10, TimeUnit.SECONDS);
            double[] ms = timings[0];
            long played = vm.simulation().lockstepIteration();
            vm.simulation().whenIdle().get(60, TimeUnit.SECONDS);
            long live = Long.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                System.gc();
                Thread.sleep(100);
                live = Math.min(live, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
            }
            long peak = 0;
            for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            long max = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();

            double[] steady = steadyState(ms);
            double[] steadyCpu = steadyState(timings[1]);
            out.printf(Locale.ROOT, "window: %s, played %,d iterations of %s in %.1f s (%,.0f per second),"
                    + " %,d frames drawn (%.0f per second)%n", name, played, scenario.hasComparison() ? "both runs"
                    : "the run", seconds, played / seconds, ms.length, ms.length / seconds);
            out.printf(Locale.ROOT, "frame chart update ms, wall clock (FX thread, after the first 60 frames):"
                    + " median %.2f, p99 %.2f, max %.2f%n", percentile(steady, 0.5), percentile(steady, 0.99),
                    percentile(steady, 1));
            out.printf(Locale.ROOT, "frame chart update ms, FX thread CPU time: median %.2f, p99 %.2f, max %.2f%n",
                    percentile(steadyCpu, 0.5), percentile(steadyCpu, 0.99), percentile(steadyCpu, 1));
            out.printf(Locale.ROOT, "heap: %.1f MB live after GC, %.1f MB at the peak (sum of the pools' peaks),"
                    + " %.0f MB max%n", live / 1048576.0, peak / 1048576.0, max / 1048576.0);
            // No Platform.exit(): stopping the renderer under a live window makes JavaFX print a stack trace;
            // the command line ends the process when this returns.
            Platform.runLater(window::close);
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (Exception e) {
            err.println("gradflow: the window benchmark failed: " + e.getMessage());
            return 1;
        }
    }

    /** Sorted, without the first frames, which run before the JIT has compiled the drawing code. */
    private static double[] steadyState(double[] ms) {
        double[] steady = Arrays.copyOfRange(ms, Math.min(ms.length, 60), ms.length);
        Arrays.sort(steady);
        return steady;
    }

    private static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    }
}
