package org.gradflow.engine;

/** A scenario that cannot be used; the message is one line that names the field and what is wrong. */
public final class ScenarioException extends IllegalArgumentException {
    private final String field;

    private final String problem;

    public ScenarioException(String field, String problem) {
        this(null, field, problem);
    }

    private ScenarioException(String source, String field, String problem) {
        super((source == null ? "" : source + ": ") + field + ": " + problem);
        this.field = field;
        this.problem = problem;
    }

    /** The same problem, said of a named file: {@code scenario.json: training.seed: ...}. */
    public ScenarioException in(String source) {
        return new ScenarioException(source, field, problem);
    }

    /** What is wrong, without the field. */
    public String problem() {
        return problem;
    }

    /** Dotted path of the offending field, for example {@code training.learningRate} or {@code pairs[3].target}. */
    public String field() {
        return field;
    }
}
