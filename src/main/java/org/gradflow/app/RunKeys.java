package org.gradflow.app;

import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The run keys, Space (step), P (play/pause), R (reset), Backspace (step back) and Page Down / Page Up (a
 * lesson's next and previous step), act whatever has the focus (a slider, a choice box, a button), because a
 * teacher presses them without looking. The one exception is typing into a field: there the run keys are text,
 * Enter commits and Escape leaves the field; the clicker's keys still turn the lesson's pages.
 */
final class RunKeys {
    private RunKeys() {
    }

    /** A scene-wide KEY_PRESSED filter: runs before any control sees the key. */
    static void handle(KeyEvent e, MainViewModel vm, Node focusHome) {
        if (e.isShortcutDown() && !e.isAltDown()) {
            // Ctrl+Plus is Ctrl+Shift+= on most keyboards: the key, not the character, is what arrives.
            Runnable size = switch (e.getCode()) {
                case PLUS, EQUALS, ADD -> vm.text()::larger;
                case MINUS, SUBTRACT -> vm.text()::smaller;
                case DIGIT0, NUMPAD0 -> vm.text()::actual;
                default -> null;
            };
            if (size != null) {
                size.run();
                e.consume();
            }
            return;
        }
        if (e.isAltDown() || e.isMetaDown()) {
            return;
        }
        // F5 starts a slide show in presentation programs, and clickers send it: the presenter view, in or out.
        if (e.getCode() == KeyCode.F5) {
            vm.presenter().toggle();
            e.consume();
            return;
        }
        if (e.getCode() == KeyCode.ESCAPE && vm.presenter().showingProperty().get()
                && !typing(e)) {
            vm.presenter().leave();
            e.consume();
            return;
        }
        // What a presenter's clicker sends: next and previous step while a lesson is open, wherever the focus is
        // (a one-line field has no use for them), so that a click into Go to does not silence the clicker.
        if (vm.lesson().lessonProperty().get() != null
                && (e.getCode() == KeyCode.PAGE_DOWN || e.getCode() == KeyCode.PAGE_UP)) {
            if (e.getCode() == KeyCode.PAGE_DOWN) {
                vm.lesson().next();
            } else {
                vm.lesson().back();
            }
            e.consume();
            return;
        }
        if (typing(e)) {
            if (e.getCode() == KeyCode.ESCAPE) {
                focusHome.requestFocus();
                e.consume();
            } else if (e.getCode() == KeyCode.SPACE || e.getCode() == KeyCode.P || e.getCode() == KeyCode.R) {
                // Typed text arrives as KEY_TYPED; consuming the press only keeps the menu accelerators away.
                e.consume();
            }
            return;
        }
        Runnable action = switch (e.getCode()) {
            case SPACE -> vm.transport()::step;
            case P -> vm.transport()::togglePlay;
            case R -> vm.transport()::reset;
            case BACK_SPACE -> vm.transport()::stepBack;
            default -> null;
        };
        if (action != null) {
            action.run();
            e.consume();
        }
    }

    /**
     * Whether the key goes into a text: a field's, or an editable box's (Compare with), whose key events target
     * the box and reach its editor only after this filter.
     */
    private static boolean typing(KeyEvent e) {
        return e.getTarget() instanceof TextInputControl
                || e.getTarget() instanceof ComboBoxBase<?> box && box.isEditable();
    }
}
