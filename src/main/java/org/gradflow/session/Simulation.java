package org.gradflow.session;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.gradflow.engine.RunEvent;
import org.gradflow.engine.Scenario;
import org.gradflow.engine.WorkedIteration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * The two runs, trained in lockstep on a thread of their own. Callers (the window's view-model, the
 * benchmark, tests) send commands and copy frames; they never touch an engine object. The runs are always
 * what the current scenario makes of them after {@link #lockstepIteration()} iterations: a changed setting
 * rebuilds the runs it concerns from the seed and replays them up to that iteration ("catching up").
 *
 * <p>Threading: every engine object is confined to the engine thread. It publishes both runs into a pair of
 * frames between chunks of work, whenever the drawing side has taken the previous ones (or when it goes
 * idle); {@link #copyFrames} copies those out under a lock held only for the copy. The drawing thread thus
 * never waits for the engine to finish a chunk, and a frame is always one consistent moment of both runs.
 */
public final class Simulation implements AutoCloseable {
    /** "Run until the next event" gives up after this many iterations without one. */
    public static final long EVENT_SEARCH_LIMIT = 10_000_000;
    /** Speed meaning "as fast as the engine goes". */
    public static final double MAX_SPEED = Double.POSITIVE_INFINITY;
    /** Work between looks at the command queue and the drawing side: short enough to feel instant. */
    private static final long CHUNK_NANOS = 2_000_000;
    /** The longest the engine waits for one frame to be drawn. */
    private static final long YIELD_NANOS = 20_000_000;
    /** During play the gradient check (milliseconds of 40-digit arithmetic) runs at most this often. */
    private static final long CHECK_INTERVAL_NANOS = 250_000_000;

    private final Object handoff = new Object();
    private final RunFrame publishedLeft = new RunFrame();
    private final RunFrame publishedRight = new RunFrame();
    /** Engine thread only: where a frame is rendered before it is published. */
    private final RunFrame stagedLeft = new RunFrame();
    private final RunFrame stagedRight = new RunFrame();
    /** Set while the drawing side draws: playing at full speed, the engine then steps aside for it. */
    private volatile boolean drawing;
    /** Set when the drawing side has taken the published frames and would draw newer ones. */
    private volatile boolean frameWanted = true;
    /** Something changed since the last publication (engine thread only). */
    private boolean dirty = true;
    private final BlockingQueue<Runnable> commands = new LinkedBlockingQueue<>();
    private final AtomicLong version = new AtomicLong();
    private final Thread thread;
    private final List<CompletableFuture<Void>> idleWaiters = new ArrayList<>();
    /** Every whenIdle() not yet completed, from any thread: failed if the engine thread dies. */
    private final Queue<CompletableFuture<Void>> waiters = new ConcurrentLinkedQueue<>();

    private volatile boolean closed;
    /** Set when the engine thread died of an Error. */
    private volatile boolean dead;
    /** Whether play is on, as the engine thread runs it. */
    private volatile boolean playing;
    /** Whether play is on, as last asked: callers see their own Play and Pause at once, before the engine does. */
    private volatile boolean playRequested;
    private volatile Scenario scenario;
    private volatile long lockstep;
    private volatile String fault;
    private volatile TimeAxis timeAxis = TimeAxis.AUTO;
    private volatile boolean fitCosine;
    /** Play stops at every event (the window's "pause on events"). */
    private volatile boolean pauseOnEvents;
    /** Set by {@link #runUntilEvent()} until an event or the search limit is reached. */
    private volatile boolean seekingEvent;
    private volatile RunEvent lastEventStop;
    private volatile RunSide lastEventSide;

    // Engine-thread state.
    private RunState left;
    private RunState right;
    private long playStartNanos;
    private long playedSinceStart;
    private long chunkSize = 1024;
    private double speed = 10;
    private boolean checksStale = true;
    private long lastCheckNanos;

    public Simulation(Scenario scenario) {
        this.scenario = scenario;
        this.left = new RunState(scenario, RunSide.MAIN);
        this.right = scenario.hasComparison() ? new RunState(scenario, RunSide.COMPARISON) : null;
        publish();
        this.thread = new Thread(this::loop, "gradflow-engine");
        thread.setDaemon(true);
        thread.setUncaughtExceptionHandler((t, e) -> {
            fault = "the engine stopped: " + oneLine(e) + " (" + FaultLog.where(FaultLog.write("engine thread", e))
                    + "); save your scenario and restart GradFlow";
            playing = false;
            playRequested = false;
            dead = true;
            failWaiters();
            version.incrementAndGet();
        });
        thread.start();
    }

    /** One iteration of both runs; pauses play first, as a Step button does. */
    public void step() {
        playRequested = false;
        submit(() -> {
            playing = false;
            seekingEvent = false;
            if (!bothFrozen()) {
                lockstep++;
            }
        });
    }

    public void play() {
        playRequested = true;
        submit(() -> {
            if (!bothFrozen()) {
                playing = true;
                playStartNanos = System.nanoTime();
                playedSinceStart = 0;
            } else {
                playRequested = false;
            }
        });
    }

    public void pause() {
        playRequested = false;
        submit(() -> {
            playing = false;
            seekingEvent = false;
        });
    }

    /** Iterations per second of play, from 1 to {@link #MAX_SPEED}. */
    public void setSpeed(double iterationsPerSecond) {
        if (!(iterationsPerSecond >= 1)) {
            throw new IllegalArgumentException("speed must be at least 1 iteration/s, got " + iterationsPerSecond);
        }
        submit(() -> {
            speed = iterationsPerSecond;
            playStartNanos = System.nanoTime();
            playedSinceStart = 0;
        });
    }

    /** One iteration back (time travel); pauses play. */
    public void stepBack() {
        playRequested = false;
        submit(() -> {
            playing = false;
            seekingEvent = false;
            lockstep = Math.max(0, lockstep - 1);
        });
    }

    /**
     * Both runs to {@code iteration}, backwards or forwards: back to an iteration already played restores a
     * checkpoint and replays (milliseconds); forward trains. Pauses play.
     */
    public void seek(long iteration) {
        playRequested = false;
        submit(() -> {
            playing = false;
            seekingEvent = false;
            lockstep = Math.max(0, iteration);
        });
    }

    /** Forward to the end of the current pass (or of the next one, at a pass boundary). */
    public void runPass() {
        playRequested = false;
        submit(() -> {
            playing = false;
            seekingEvent = false;
            long length = left.passLength();
            lockstep = (lockstep / length + 1) * length;
        });
    }

    /**
     * Forward until either run reaches its next event (learned, singular, diverged), at most
     * {@link #EVENT_SEARCH_LIMIT} iterations; {@link #lastEventStop()} then says which, or null.
     */
    public void runUntilEvent() {
        playRequested = false;
        lastEventStop = null;
        submit(() -> {
            playing = false;
            seekingEvent = true;
            lastEventStop = null;
            lockstep += EVENT_SEARCH_LIMIT;
        });
    }

    /** Whether play stops at every event of either run. */
    public void setPauseOnEvents(boolean pause) {
        pauseOnEvents = pause;
    }

    /** Which iterations the per-iteration series are drawn for. */
    public void setTimeAxis(TimeAxis axis) {
        submit(() -> {
            timeAxis = axis;
            left.ensureTail(axis.window());
            if (right != null) {
                right.ensureTail(axis.window());
            }
        });
    }

    /** Whether the cosine chart fits its y axis to the data shown. */
    public void setFitCosine(boolean fit) {
        submit(() -> fitCosine = fit);
    }

    /** The event the last stop was made at (run until event, or pause on events), or null. */
    public RunEvent lastEventStop() {
        return lastEventStop;
    }

    /** Whose event {@link #lastEventStop()} is. */
    public RunSide lastEventSide() {
        return lastEventSide;
    }

    /** Both runs to {@code iteration} (never backwards), at full speed: exports and benchmarks. */
    public void runTo(long iteration) {
        playRequested = false;
        submit(() -> {
            playing = false;
            lockstep = Math.max(lockstep, iteration);
        });
    }

    /**
     * Iteration {@code iteration} of one run worked by hand, computed on the engine thread from its
     * checkpoints (the runs do not move).
     */
    public CompletableFuture<WorkedIteration> worked(RunSide side, long iteration) {
        CompletableFuture<WorkedIteration> result = new CompletableFuture<>();
        if (dead) {
            result.completeExceptionally(new EngineFault("the engine has stopped"));
            return result;
        }
        submit(() -> {
            try {
                RunState run = side == RunSide.MAIN ? left : right;
                if (run == null) {
                    throw new IllegalStateException("this scenario has no comparison run");
                }
                result.complete(run.worked(iteration));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    /** Back to iteration 0 with the current scenario. */
    public void reset() {
        playRequested = false;
        submit(() -> rebuild(scenario, true, true, 0));
    }

    /** A new lesson: this scenario, from iteration 0. */
    public void load(Scenario newScenario) {
        playRequested = false;
        submit(() -> rebuild(newScenario, true, true, 0));
    }

    /**
     * Changed settings: the runs they concern are rebuilt from the seed and replay to the current iteration,
     * so that both stay in lockstep; a run they do not concern keeps going untouched.
     */
    public void apply(Scenario newScenario) {
        submit(() -> rebuild(newScenario, left.differsFrom(newScenario),
                right == null ? newScenario.hasComparison() : right.differsFrom(newScenario), lockstep));
    }

    private void rebuild(Scenario newScenario, boolean rebuildLeft, boolean rebuildRight, long iteration) {
        RunState newLeft = rebuildLeft ? new RunState(newScenario, RunSide.MAIN) : left;
        RunState newRight = !rebuildRight ? right
                : newScenario.hasComparison() ? new RunState(newScenario, RunSide.COMPARISON) : null;
        left = newLeft;
        right = newRight;
        scenario = newScenario;
        // A run kept through the change shows the new scenario too: its own spec is the same, the other's not.
        left.adopt(newScenario);
        if (right != null) {
            right.adopt(newScenario);
        }
        lockstep = iteration;
        seekingEvent = false;
        fault = null;
        if (iteration == 0) {
            playing = false;
        }
        checksStale = true;
        dirty = true;
    }

    /** Completes once every command sent before it has been carried out and both runs are caught up. */
    public CompletableFuture<Void> whenIdle() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        waiters.add(done);
        submit(() -> idleWaiters.add(done));
        if (dead) {
            failWaiters();
        }
        return done;
    }

    /** Changes whenever there is something new to draw. */
    public long version() {
        return version.get();
    }

    /** Whether play is on, as last asked (or until the engine stopped it because both runs diverged). */
    public boolean playing() {
        return playRequested;
    }

    public Scenario scenario() {
        return scenario;
    }

    /** Iterations both runs are (or are catching up) at. */
    public long lockstepIteration() {
        return lockstep;
    }

    /** A fault in the engine thread, as one line, or null; the thread carries on. */
    public String fault() {
        return fault;
    }

    /** Copies both runs, as last published, as one consistent moment. */
    public void copyFrames(RunFrame leftFrame, RunFrame rightFrame) {
        synchronized (handoff) {
            leftFrame.copyFrom(publishedLeft);
            rightFrame.copyFrom(publishedRight);
        }
        frameWanted = true;
    }

    /**
     * Says that the caller is drawing a frame (true) or done (false). With fewer cores than busy threads, the
     * engine running flat out would otherwise take the core the drawing needs; it waits instead, at most
     * {@link #YIELD_NANOS} per frame, which costs it a few percent of its speed.
     */
    public void setDrawing(boolean now) {
        drawing = now;
    }

    /** Engine thread: fills the published frames; cheap next to a chunk, and only once per frame drawn. */
    private void publish() {
        // Rendering the series takes a while; it is done into the engine's own frames, outside the lock, so that
        // the drawing side only ever waits for a copy of finished arrays.
        left.fill(stagedLeft, lockstep, timeAxis, fitCosine);
        if (right != null) {
            right.fill(stagedRight, lockstep, timeAxis, fitCosine);
        } else {
            stagedRight.setAbsent();
        }
        synchronized (handoff) {
            publishedLeft.copyFrom(stagedLeft);
            publishedRight.copyFrom(stagedRight);
        }
        dirty = false;
        frameWanted = false;
        version.incrementAndGet();
    }

    /** The engine has died: nobody may wait for it forever. */
    private void failWaiters() {
        for (CompletableFuture<Void> w = waiters.poll(); w != null; w = waiters.poll()) {
            w.completeExceptionally(new EngineFault(fault));
        }
    }

    private static String oneLine(Throwable e) {
        String text = String.valueOf(e);
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    /** Tests: runs {@code command} on the engine thread, as a command would be (a fault there is the engine's). */
    void runOnEngine(Runnable command) {
        submit(command);
    }

    /** True when the engine thread has died of an Error: nothing but a restart brings it back. */
    public boolean stopped() {
        return dead;
    }

    private void submit(Runnable command) {
        if (closed) {
            throw new IllegalStateException("the simulation is closed");
        }
        commands.add(command);
    }

    private void loop() {
        while (!closed) {
            try {
                Runnable command = busy() ? commands.poll() : commands.poll(waitNanos(), TimeUnit.NANOSECONDS);
                while (command != null) {
                    command.run();
                    dirty = true;
                    command = commands.poll();
                }
                advancePlay();
                if (behind()) {
                    waitWhileDrawing(System.nanoTime() + YIELD_NANOS);
                    stepChunk();
                }
                refreshChecks();
                boolean idle = !busy() && !playing;
                if (dirty && (frameWanted || idle)) {
                    publish();
                }
                if (idle) {
                    idleWaiters.forEach(w -> {
                        w.complete(null);
                        waiters.remove(w);
                    });
                    idleWaiters.clear();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // A bug in one command or step must not take the window down: it is logged with its stack trace,
                // reported in one line, and the runs stop until a reset. Errors (out of memory, a broken JVM) are
                // not caught here: the thread's handler logs them and the engine stops for good.
                fault = oneLine(e) + " (" + FaultLog.where(FaultLog.write("engine thread", e)) + ")";
                playing = false;
                playRequested = false;
                checksStale = false;
                dirty = true;
            }
        }
    }

    /** Whether no run can step any more: each has diverged (or is not there). */
    private boolean bothFrozen() {
        return left.frozen() && (right == null || right.frozen());
    }

    private boolean behind() {
        if (fault != null) {
            return false;
        }
        return behind(left) || (right != null && behind(right));
    }

    private boolean behind(RunState run) {
        return run.iteration() > lockstep || (!run.frozen() && run.iteration() < lockstep);
    }

    private boolean busy() {
        return behind() || !commands.isEmpty() || checksStale;
    }

    private long waitNanos() {
        if (!playing) {
            return TimeUnit.MILLISECONDS.toNanos(100);
        }
        if (speed == MAX_SPEED) {
            return 0;
        }
        long due = playStartNanos + (long) ((playedSinceStart + 1) / speed * 1e9);
        return Math.max(0, Math.min(due - System.nanoTime(), TimeUnit.MILLISECONDS.toNanos(16)));
    }

    /** Moves the lockstep target on by what the speed allows; only once both runs have caught up. */
    private void advancePlay() {
        if (!playing || behind()) {
            return;
        }
        if (bothFrozen()) {
            playing = false;
            playRequested = false;
            dirty = true;
            return;
        }
        long add;
        if (speed == MAX_SPEED) {
            add = chunkSize;
        } else {
            long elapsed = System.nanoTime() - playStartNanos;
            long due = (long) (elapsed / 1e9 * speed) - playedSinceStart;
            // Never build up more than a tenth of a second of backlog: after a stall, play resumes smoothly.
            add = Math.max(0, Math.min(due, (long) Math.max(1, speed / 10)));
        }
        playedSinceStart += add;
        lockstep += add;
    }

    /** Parks while the drawing side draws, until {@code until} at the latest; returns the nanoseconds waited. */
    private long waitWhileDrawing(long until) {
        long start = System.nanoTime();
        while (drawing && System.nanoTime() < until) {
            LockSupport.parkNanos(100_000);
        }
        return System.nanoTime() - start;
    }

    private void stepChunk() {
        long start = System.nanoTime();
        long target = lockstep;
        // Back, or far forward within what was played: restore a checkpoint and replay (milliseconds).
        left.seek(Math.min(target, left.frontier()), timeAxis.window());
        if (right != null) {
            right.seek(Math.min(target, right.frontier()), timeAxis.window());
        }
        boolean stopAtEvents = seekingEvent || (playing && pauseOnEvents);
        long done = 0;
        long yieldUntil = 0;
        while (done < chunkSize) {
            // A frame begun mid-chunk: the engine steps aside at once, not at the chunk's end (2 ms later, half a
            // frame's work on two cores), still for at most YIELD_NANOS a chunk.
            if (drawing) {
                yieldUntil = yieldUntil == 0 ? System.nanoTime() + YIELD_NANOS : yieldUntil;
                // The chunk's size is aimed at its work, not at its waits.
                start += waitWhileDrawing(yieldUntil);
            }
            boolean l = !left.frozen() && left.iteration() < target;
            boolean r = right != null && !right.frozen() && right.iteration() < target;
            if (!l && !r) {
                break;
            }
            if (l) {
                left.stepOne();
            }
            if (r) {
                right.stepOne();
            }
            done++;
            if (stopAtEvents && (stopAt(l ? left : null, RunSide.MAIN)
                    || stopAt(r ? right : null, RunSide.COMPARISON))) {
                break;
            }
        }
        if (seekingEvent && !behind()) {
            seekingEvent = false;
        }
        long took = System.nanoTime() - start;
        if (done == chunkSize) {
            // Aim each chunk at CHUNK_NANOS of work, whatever the network's size.
            chunkSize = Math.max(16, Math.min(1 << 20, chunkSize * CHUNK_NANOS / Math.max(1, took)));
        }
        checksStale = true;
        dirty = true;
    }

    /** Stops everything at the iteration just reached if {@code run} has an event there. */
    private boolean stopAt(RunState run, RunSide side) {
        if (run == null) {
            return false;
        }
        RunEvent event = run.eventAt(run.iteration());
        if (event == null) {
            return false;
        }
        lockstep = run.iteration();
        lastEventSide = side;
        lastEventStop = event;
        seekingEvent = false;
        playing = false;
        playRequested = false;
        return true;
    }

    private void refreshChecks() {
        if (!checksStale || behind()) {
            return;
        }
        long now = System.nanoTime();
        if (playing && now - lastCheckNanos < CHECK_INTERVAL_NANOS) {
            return;
        }
        left.setCheck(left.computeCheck());
        if (right != null) {
            right.setCheck(right.computeCheck());
        }
        lastCheckNanos = now;
        checksStale = false;
        dirty = true;
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
