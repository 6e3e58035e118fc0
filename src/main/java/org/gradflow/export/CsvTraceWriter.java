package org.gradflow.export;

import com.fasterxml.jackson.core.io.NumberOutput;
import java.io.IOException;
import java.io.Writer;
import org.gradflow.engine.GradNorms;
import org.gradflow.engine.IterationView;

/**
 * The full trace as CSV: one row per iteration per run, every value the trace has, numbers as the shortest
 * text that reads back to the same double. Vector columns go up to the larger D; a run with a smaller D leaves
 * the rest empty.
 */
public final class CsvTraceWriter {
    private final Writer out;
    private final int maxOutputSize;

    public CsvTraceWriter(Writer out, int maxOutputSize) {
        this.out = out;
        this.maxOutputSize = maxOutputSize;
    }

    public void writeHeader() throws IOException {
        StringBuilder sb = new StringBuilder("run,D,iteration,pair,target,cosine,loss,gradOutput,dCdu_norm,dCdv_norm,"
                + "singular");
        for (String name : GradNorms.NAMES) {
            sb.append(",grad_").append(name.replace('.', '_'));
        }
        for (String vector : new String[] {"u", "v", "dCdu", "dCdv"}) {
            for (int i = 1; i <= maxOutputSize; i++) {
                sb.append(',').append(vector).append(i);
            }
        }
        out.write(sb.append('\n').toString());
    }

    /** One row; {@code run} is "left" or "right". */
    public void writeRow(String run, IterationView it) throws IOException {
        StringBuilder sb = new StringBuilder(256);
        sb.append(run).append(',').append(it.outputSize()).append(',').append(it.iteration()).append(',')
                .append(it.pair()).append(',').append(it.target());
        number(sb, it.cosine());
        number(sb, it.loss());
        number(sb, it.gradOutput());
        number(sb, it.dCduNorm());
        number(sb, it.dCdvNorm());
        sb.append(',').append(it.singular());
        for (int k = 0; k < GradNorms.NAMES.length; k++) {
            number(sb, it.gradNorm(k));
        }
        for (int vector = 0; vector < 4; vector++) {
            for (int i = 0; i < maxOutputSize; i++) {
                if (i < it.outputSize()) {
                    number(sb, switch (vector) {
                        case 0 -> it.u(i);
                        case 1 -> it.v(i);
                        case 2 -> it.dCdu(i);
                        default -> it.dCdv(i);
                    });
                } else {
                    sb.append(',');
                }
            }
        }
        out.write(sb.append('\n').toString());
    }

    private static void number(StringBuilder sb, double value) {
        sb.append(',').append(NumberOutput.toString(value, true));
    }
}
