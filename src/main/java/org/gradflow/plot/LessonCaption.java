package org.gradflow.plot;

import java.util.List;
import org.gradflow.session.RunFrame;

/**
 * A lesson step on paper: the whole figure with the chart the text talks about framed, and under it the
 * lesson's title, "Step 3 of 9", the step's title and its text (values filled in from the frames drawn).
 */
public final class LessonCaption {
    public static final TextStyle STEP_TEXT = new TextStyle(17, false);
    private static final TextStyle STEP_TITLE = new TextStyle(22, true);
    private static final double MARGIN = 20;
    private static final double GAP = 8;
    private static final double FRAME_WIDTH = 5;

    private LessonCaption() {
    }

    /** "Step 3 of 9 · Why doesn't my siamese network learn?" */
    public static String position(Lesson lesson, Lesson.Step step) {
        return "Step " + step.number() + " of " + lesson.steps().size() + " · " + lesson.title();
    }

    /** Height of the caption for {@code width}, measured with the painter that will draw it. */
    public static double height(Painter p, Lesson lesson, Lesson.Step step, RunFrame left, RunFrame right,
                                double width) {
        int lines = TextWrap.lines(p, LessonText.fill(step.text(), left, right), STEP_TEXT, width - 2 * MARGIN)
                .size();
        return MARGIN + p.lineHeight(TextStyle.BODY) + GAP + p.lineHeight(STEP_TITLE) + GAP
                + lines * p.lineHeight(STEP_TEXT) * 1.25 + MARGIN;
    }

    /** The caption from {@code top} down, across {@code width}. */
    public static void draw(Painter p, Lesson lesson, Lesson.Step step, RunFrame left, RunFrame right, double top,
                            double width) {
        double y = top + MARGIN;
        p.line(MARGIN, top, width - MARGIN, top, Palette.FRAME, 1);
        p.text(position(lesson, step), MARGIN, y, TextStyle.BODY, Palette.MUTED, Painter.Align.LEFT,
                Painter.Baseline.TOP);
        y += p.lineHeight(TextStyle.BODY) + GAP;
        p.text(step.title(), MARGIN, y, STEP_TITLE, Palette.TEXT, Painter.Align.LEFT, Painter.Baseline.TOP);
        y += p.lineHeight(STEP_TITLE) + GAP;
        List<String> lines = TextWrap.lines(p, LessonText.fill(step.text(), left, right), STEP_TEXT,
                width - 2 * MARGIN);
        for (String line : lines) {
            p.text(line, MARGIN, y, STEP_TEXT, Palette.TEXT, Painter.Align.LEFT, Painter.Baseline.TOP);
            y += p.lineHeight(STEP_TEXT) * 1.25;
        }
    }

    /** Frames the cells of the figure (of these runs) that the step points at. */
    public static void frame(Painter p, Lesson.Step step, RunFrame left, RunFrame right) {
        for (FigureLayout.Cell cell : FigureLayout.cells(left, right)) {
            if (pointsAt(step, cell)) {
                double inset = -FRAME_WIDTH;
                p.strokeRect(cell.x() + inset, cell.y() + inset, cell.w() - 2 * inset, cell.h() - 2 * inset,
                        Palette.POINTER, FRAME_WIDTH);
            }
        }
    }

    /** Whether {@code cell} shows what the step talks about. */
    public static boolean pointsAt(Lesson.Step step, FigureLayout.Cell cell) {
        return step.pointsAt(cell.kind(), cell.left());
    }
}
