package org.gradflow.app;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Help ▸ What am I looking at? (F1): a window beside the main one, not a modal dialog. A modal dialog disables
 * its owner, and under a window manager JavaFX 21 on GTK then un-maximizes the owner (its size hints are pinned to
 * the size it was first mapped at); a teacher can also keep this one open beside the charts. One at a time.
 */
final class HelpWindow {
    private Stage stage;

    /** Shows the help, or brings the one already open to the front. */
    void show(Window owner) {
        if (stage != null && stage.isShowing()) {
            stage.toFront();
            return;
        }
        Label header = new Label("A siamese network: two branches with shared weights joined by a cosine");
        header.getStyleClass().add("lesson-title");
        header.setWrapText(true);
        Label text = new Label(HelpText.TEXT);
        text.setWrapText(true);
        // A column about eighty characters wide at any text size.
        text.setStyle("-fx-pref-width: 48em;");
        Button close = new Button("Close");
        close.setDefaultButton(true);
        HBox buttons = new HBox(close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        // Its whole height: the window is sized to it (and the screen caps that).
        BorderPane root = new BorderPane(text, header, null, buttons, null);
        root.getStyleClass().add("main-pane");
        root.setPadding(new Insets(12));
        BorderPane.setMargin(text, new Insets(8, 0, 8, 0));
        BorderPane.setAlignment(text, Pos.TOP_LEFT);
        stage = Views.showChild(owner, root, "What am I looking at?");
        close.setOnAction(e -> stage.close());
    }
}
