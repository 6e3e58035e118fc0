package org.gradflow.engine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.function.IntToDoubleFunction;

/**
 * Writes the design's trace: one JSON object per line, per iteration, fields in the design's order. Doubles are
 * written as the shortest decimal that reads back to the same double (Jackson's Schubfach writer; JDK 17's
 * {@code Double.toString} is not always shortest). NaN and infinities, which JSON cannot hold as numbers,
 * are written as the strings "NaN", "Infinity" and "-Infinity".
 */
public final class TraceJsonWriter implements Closeable {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
            .build();

    private final Writer out;
    private final JsonGenerator json;

    public TraceJsonWriter(Writer out) throws IOException {
        this.out = out;
        this.json = FACTORY.createGenerator(out);
        // Lines are separated by "\n" on every platform so that golden files compare byte for byte.
        json.setPrettyPrinter(null);
        json.setRootValueSeparator(null);
    }

    public void write(IterationView it) throws IOException {
        json.writeStartObject();
        json.writeNumberField("iteration", it.iteration());
        if (it.head().siamese()) {
            boolean cosine = it.head() == Head.COSINE;
            json.writeNumberField("pair", it.pair());
            json.writeNumberField("target", it.target());
            json.writeNumberField(cosine ? "cosine" : "distance", it.joined());
            json.writeNumberField("loss", it.loss());
            json.writeNumberField("gradOutput", it.gradOutput());
            int d = it.outputSize();
            array("u", d, it::u);
            array("v", d, it::v);
            array(cosine ? "dCdu" : "dDdu", d, it::dCdu);
            array(cosine ? "dCdv" : "dDdv", d, it::dCdv);
            json.writeObjectFieldStart("gradNorms");
            int depth = it.layerCount();
            for (int l = 0; l < depth; l++) {
                String name = LayerNames.of(l, depth);
                json.writeNumberField(name + ".weight", it.weightGrad(l));
                json.writeNumberField(name + ".bias", it.biasGrad(l));
            }
            json.writeEndObject();
            if (cosine) {
                json.writeBooleanField("singular", it.singular());
            }
        } else {
            json.writeNumberField("batch", it.batch());
            json.writeNumberField("loss", it.loss());
            json.writeNumberField("right", it.right());
            json.writeNumberField("size", it.size());
        }
        layers(it);
        json.writeEndObject();
        json.flush();
        out.write('\n');
    }

    /** The design's per-layer records, from the input; the update ratio null where |W| = 0. */
    private void layers(IterationView it) throws IOException {
        json.writeArrayFieldStart("layers");
        for (int l = 0; l < it.layerCount(); l++) {
            json.writeStartObject();
            json.writeNumberField("weightGrad", it.weightGrad(l));
            json.writeNumberField("biasGrad", it.biasGrad(l));
            json.writeNumberField("outputGrad", it.outputGrad(l));
            json.writeNumberField("mean", it.activationMean(l));
            json.writeNumberField("std", it.activationStd(l));
            json.writeNumberField("saturated", it.saturated(l));
            if (it.weightNorm(l) == 0) {
                json.writeNullField("updateRatio");
            } else {
                json.writeNumberField("updateRatio", it.updateRatio(l));
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void array(String name, int size, IntToDoubleFunction value) throws IOException {
        json.writeArrayFieldStart(name);
        for (int i = 0; i < size; i++) {
            json.writeNumber(value.applyAsDouble(i));
        }
        json.writeEndArray();
    }

    public void flush() throws IOException {
        out.flush();
    }

    /** Closes the JSON generator (releasing its buffers); the writer given stays open, it is the caller's. */
    @Override
    public void close() throws IOException {
        json.close();
        out.flush();
    }
}
