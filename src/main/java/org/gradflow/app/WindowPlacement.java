package org.gradflow.app;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Rectangle2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Where GradFlow's windows open, on any screen and under any window manager: at the size asked for, no larger
 * than the screen's usable area, wholly on it.
 *
 * <p>Under a window manager, JavaFX 21 on GTK maps a new stage at 200 x 200 whatever its scene's size, while it
 * reports the size it was given (JDK-8316423, fixed in JavaFX 22; without a window manager, and so in the headless
 * tests, it does not happen). The size and place are therefore given again once the stage is on the screen, when
 * the window manager takes them.
 */
final class WindowPlacement {
    /** A window's outer bounds (decorations included), in screen coordinates. */
    record Bounds(double x, double y, double width, double height) {
    }

    private WindowPlacement() {
    }

    /**
     * A window of {@code width x height} centred on a point (a screen's middle, an owner's), moved and if need be
     * shrunk so that it lies wholly inside {@code area}.
     */
    static Bounds fit(double width, double height, double centreX, double centreY, Rectangle2D area) {
        double w = Math.min(width, area.getWidth());
        double h = Math.min(height, area.getHeight());
        double x = Math.max(area.getMinX(), Math.min(centreX - w / 2, area.getMaxX() - w));
        double y = Math.max(area.getMinY(), Math.min(centreY - h / 2, area.getMaxY() - h));
        return new Bounds(x, y, w, h);
    }

    /** The usable area (the screen less panels) of the screen holding a point, the primary one if none does. */
    static Rectangle2D areaAround(double x, double y) {
        for (Screen screen : Screen.getScreens()) {
            if (screen.getBounds().contains(x, y)) {
                return screen.getVisualBounds();
            }
        }
        return Screen.getPrimary().getVisualBounds();
    }

    /**
     * Shows {@code stage} at {@code bounds}, and gives them again once it is mapped (see the class comment). JavaFX
     * tells nothing of the mapping, and a window manager on a loaded machine takes a second or more: so they are
     * given again when the window first has the focus (which a window manager gives a window it has mapped), at
     * the next pulse and at {@link #AGAIN_MILLIS} (the window manager's own placement is reported as if it were a
     * user's, so the two cannot be told apart in that time).
     */
    static void show(Stage stage, Bounds bounds) {
        apply(stage, bounds);
        stage.show();
        Runnable again = () -> {
            if (!stage.isMaximized() && !stage.isFullScreen()) {
                apply(stage, bounds);
            }
        };
        Platform.runLater(again);
        later(again, AGAIN_MILLIS);
        stage.focusedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (now) {
                    stage.focusedProperty().removeListener(this);
                    again.run();
                }
            }
        });
    }

    /** When bounds are given again after a window manager's answer, which can be slow (milliseconds from now). */
    static final double[] AGAIN_MILLIS = {200, 600, 1200, 2500};

    /** Time enough for a window manager to map a new window and answer its first configure request. */
    static final double MAPPED_MILLIS = 200;

    static void later(Runnable action, double... millis) {
        for (double m : millis) {
            PauseTransition pause = new PauseTransition(Duration.millis(m));
            pause.setOnFinished(e -> action.run());
            pause.play();
        }
    }

    static void apply(Stage stage, Bounds bounds) {
        stage.setX(bounds.x());
        stage.setY(bounds.y());
        stage.setWidth(bounds.width());
        stage.setHeight(bounds.height());
    }

    /**
     * A window beside {@code owner}: the size its content asks for, no larger than the screen, centred over the
     * owner, closed by Escape like a dialog.
     */
    static void showChild(Stage child, Window owner) {
        child.getScene().getRoot().applyCss();
        double width = child.getScene().getRoot().prefWidth(-1);
        double height = child.getScene().getRoot().prefHeight(width);
        // The content's size is the scene's; the window manager's frame comes on top, which the area must hold.
        double frame = 40;
        Rectangle2D area = areaAround(owner.getX() + owner.getWidth() / 2, owner.getY() + owner.getHeight() / 2);
        Bounds bounds = fit(width + 8, height + frame, owner.getX() + owner.getWidth() / 2,
                owner.getY() + owner.getHeight() / 2, area);
        child.getScene().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                child.close();
                e.consume();
            }
        });
        show(child, bounds);
    }
}
