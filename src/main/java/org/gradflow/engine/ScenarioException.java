package org.gradflow.engine;

/** A scenario that cannot be used; the message is one line that names the field and what is wrong. */
public final class ScenarioException extends IllegalArgumentException {
    private final String field;

    private final String problem;

    public ScenarioException(String field, String problem) {
        this(null, field, problem);
    }

    private ScenarioException(String source, String field, String problem) {
        super(oneLine((source == null ? "" : source + ": ") + field + ": " + problem));
        this.field = field;
        this.problem = problem;
    }

    /**
     * Control characters shown as escapes: a field name may hold any character a JSON string can (a key
     * "a\nb" is legal JSON), and the message must stay one line.
     */
    private static String oneLine(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
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
