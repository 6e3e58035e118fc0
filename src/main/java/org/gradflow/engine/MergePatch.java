package org.gradflow.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * JSON Merge Patch (RFC 7386), which is how a scenario says what its comparison run changes: objects merge key by
 * key, {@code null} removes a key, anything else (numbers, strings, arrays) replaces. Jackson reads and writes the
 * trees but has no merge patch of its own, and the RFC's algorithm is these few lines.
 */
public final class MergePatch {
    private MergePatch() {
    }

    /** The RFC's MergePatch(target, patch); neither argument is changed. */
    public static JsonNode apply(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch.deepCopy();
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> field : patch.properties()) {
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), apply(result.get(field.getKey()), field.getValue()));
            }
        }
        return result;
    }

    /**
     * A patch that turns {@code source} into {@code target}: the keys whose values differ (objects compared key by
     * key), and null for the keys {@code target} lacks. {@code apply(source, diff(source, target))} equals target
     * wherever target holds no nulls, which scenario trees never do.
     */
    public static ObjectNode diff(ObjectNode source, ObjectNode target) {
        ObjectNode patch = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> field : target.properties()) {
            JsonNode was = source.get(field.getKey());
            JsonNode now = field.getValue();
            if (was != null && was.isObject() && now.isObject()) {
                ObjectNode inner = diff((ObjectNode) was, (ObjectNode) now);
                if (!inner.isEmpty()) {
                    patch.set(field.getKey(), inner);
                }
            } else if (!now.equals(was)) {
                patch.set(field.getKey(), now.deepCopy());
            }
        }
        for (Iterator<String> names = source.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!target.has(name)) {
                patch.putNull(name);
            }
        }
        return patch;
    }
}
