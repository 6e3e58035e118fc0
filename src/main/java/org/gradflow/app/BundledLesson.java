package org.gradflow.app;

import java.util.List;

/** A lesson bundled with the application (assets/lessons, inside the jar), listed in File ▸ Lessons. */
public record BundledLesson(String file, String title) {

    /**
     * The bundled lessons. Titles are repeated here so that the menu costs nothing at start-up; a test keeps
     * them equal to the files' own.
     */
    public static final List<BundledLesson> ALL = List.of(
            new BundledLesson("why-doesnt-my-siamese-network-learn.json", "Why doesn't my siamese network learn?"),
            new BundledLesson("vanishing-gradients.json", "Vanishing gradients: why the first layers learn last"),
            new BundledLesson("dead-relus.json", "Dead ReLUs: a learning rate that kills units"),
            new BundledLesson("zero-initialisation.json", "Symmetry: why zero initialisation does not learn"),
            new BundledLesson("initialisation-scale.json", "Initialisation scale: normal(0, 1) in a wide layer"));
}
