package org.gradflow.export;

import com.fasterxml.jackson.core.io.NumberOutput;
import java.io.IOException;
import java.io.Writer;
import org.gradflow.engine.Head;
import org.gradflow.engine.IterationView;
import org.gradflow.engine.LayerNames;

/**
 * The full trace as CSV: one row per iteration per run, every value the trace has, numbers as the shortest
 * text that reads back to the same double. The columns are the siamese record's (empty for a single network),
 * the batch's (empty for a siamese one), each layer's records, then the vectors u, v, dC/du, dC/dv up to the
 * larger D. A run with fewer layers or a smaller D leaves the rest empty.
 */
public final class CsvTraceWriter {
    private static final String[] LAYER_RECORDS = {"outputGrad", "mean", "std", "saturated", "updateRatio"};

    private final Writer out;
    private final int maxOutputSize;
    private final int maxDepth;
    private final boolean sameDepth;

    /**
     * @param maxOutputSize the larger D of the runs written (0 when no run is siamese)
     * @param depths        the layer counts of the runs written
     */
    public CsvTraceWriter(Writer out, int maxOutputSize, int... depths) {
        this.out = out;
        this.maxOutputSize = maxOutputSize;
        int most = 0;
        boolean same = true;
        for (int d : depths) {
            most = Math.max(most, d);
            same &= d == depths[0];
        }
        this.maxDepth = most;
        this.sameDepth = same;
    }

    /** Layers are named as the trace names them when the runs are alike; by their number from the input if not. */
    private String layerName(int l) {
        return sameDepth ? LayerNames.of(l, maxDepth) : "layer" + (l + 1);
    }

    public void writeHeader() throws IOException {
        StringBuilder sb = new StringBuilder("run,D,iteration,pair,target,cosine,loss,gradOutput,dCdu_norm,dCdv_norm,"
                + "singular");
        for (int l = 0; l < maxDepth; l++) {
            sb.append(",grad_").append(layerName(l)).append("_weight");
            sb.append(",grad_").append(layerName(l)).append("_bias");
        }
        sb.append(",distance,batch,right,size");
        for (int l = 0; l < maxDepth; l++) {
            for (String record : LAYER_RECORDS) {
                sb.append(',').append(layerName(l)).append('_').append(record);
            }
        }
        for (String vector : new String[] {"u", "v", "dCdu", "dCdv"}) {
            for (int i = 1; i <= maxOutputSize; i++) {
                sb.append(',').append(vector).append(i);
            }
        }
        out.write(sb.append('\n').toString());
    }

    /** One row; {@code run} is "main" or "comparison". */
    public void writeRow(String run, IterationView it) throws IOException {
        StringBuilder sb = new StringBuilder(256);
        boolean siamese = it.head().siamese();
        sb.append(run).append(',').append(it.outputSize()).append(',').append(it.iteration()).append(',');
        if (siamese) {
            sb.append(it.pair()).append(',').append(it.target());
            if (it.head() == Head.COSINE) {
                number(sb, it.cosine());
            } else {
                sb.append(',');
            }
            number(sb, it.loss());
            number(sb, it.gradOutput());
            number(sb, it.dCduNorm());
            number(sb, it.dCdvNorm());
            sb.append(',').append(it.singular());
        } else {
            sb.append(",,");
            number(sb, it.loss());
            sb.append(",,,,");
        }
        for (int l = 0; l < maxDepth; l++) {
            if (l < it.layerCount()) {
                number(sb, it.weightGrad(l));
                number(sb, it.biasGrad(l));
            } else {
                sb.append(",,");
            }
        }
        if (siamese) {
            if (it.head() == Head.DISTANCE) {
                number(sb, it.distance());
            } else {
                sb.append(',');
            }
            sb.append(",,,");
        } else {
            sb.append(",,").append(it.batch()).append(',').append(it.right()).append(',').append(it.size());
        }
        for (int l = 0; l < maxDepth; l++) {
            if (l < it.layerCount()) {
                number(sb, it.outputGrad(l));
                number(sb, it.activationMean(l));
                number(sb, it.activationStd(l));
                number(sb, it.saturated(l));
                optional(sb, it.weightNorm(l) == 0 ? Double.NaN : it.updateRatio(l));
            } else {
                sb.append(",".repeat(LAYER_RECORDS.length));
            }
        }
        int d = siamese ? it.outputSize() : 0;
        for (int vector = 0; vector < 4; vector++) {
            for (int i = 0; i < maxOutputSize; i++) {
                if (i < d) {
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

    /** An update ratio where |W| = 0: empty. */
    private static void optional(StringBuilder sb, double value) {
        if (Double.isNaN(value)) {
            sb.append(',');
        } else {
            number(sb, value);
        }
    }
}
