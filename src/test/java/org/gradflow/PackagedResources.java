package org.gradflow;

import org.gradflow.app.BundledLesson;
import org.gradflow.app.Example;
import org.gradflow.plot.Lesson;
import org.gradflow.plot.LessonReader;

/**
 * Run by {@link JarIT} with the packaged jar first on the class path (and no target/classes): every bundled
 * example and lesson loads from the jar's resources, and every step of every lesson reaches its iteration.
 */
public final class PackagedResources {
    private PackagedResources() {
    }

    public static void main(String[] args) {
        int steps = 0;
        for (Example example : Example.ALL) {
            example.load();
        }
        for (BundledLesson bundled : BundledLesson.ALL) {
            Lesson lesson = new LessonReader().readResource(bundled.file());
            for (Lesson.Step step : lesson.steps()) {
                step.target();
                steps++;
            }
        }
        String from = LessonReader.class.getResource("/assets/lessons/" + BundledLesson.ALL.get(0).file())
                .getProtocol();
        System.out.println(Example.ALL.size() + " examples, " + BundledLesson.ALL.size() + " lessons, " + steps
                + " steps, from " + from);
    }
}
