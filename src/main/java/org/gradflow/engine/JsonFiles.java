package org.gradflow.engine;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;

/**
 * What the scenario and lesson readers share: reading a user's JSON file with a size cap, UTF-8 only, strict
 * parsing, and values quoted short, every problem a one-line {@link ScenarioException}.
 */
public final class JsonFiles {
    private JsonFiles() {
    }

    /** Duplicate keys and trailing text refused; NaN and Infinity parsed so that a message can name their field. */
    public static JsonMapper strictMapper() {
        return JsonMapper.builder()
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    /**
     * The file's bytes; problems are said of the file ({@code lesson.json: no such file}).
     *
     * @param kind what the file should be, for the messages: "scenario", "lesson"
     */
    public static byte[] read(Path file, int maxBytes, String kind) {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw new ScenarioException(name, "is a folder, not a " + kind + " file");
            }
            // Read at most one byte past the limit: a device such as /dev/zero reports size 0 and never ends.
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(maxBytes + 1);
            }
            if (bytes.length > maxBytes) {
                throw new ScenarioException(name, "is larger than " + maxBytes / (1024 * 1024) + " MB; a " + kind
                        + " file is a few kilobytes");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new ScenarioException(name, "no such file");
        } catch (AccessDeniedException e) {
            throw new ScenarioException(name, "permission denied");
        } catch (IOException e) {
            throw new ScenarioException(name, "cannot be read (" + e.getMessage() + ")");
        }
    }

    public static String decodeUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ScenarioException("(file)", "is not UTF-8 text; save it as UTF-8");
        }
    }

    /**
     * The JSON tree of {@code json}.
     *
     * @param whenEmpty what to say of an empty text: what it should hold
     */
    public static JsonNode tree(JsonMapper mapper, String json, String whenEmpty) {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonParseException e) {
            throw new ScenarioException("(json)", "malformed JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + firstLine(e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage();
            throw new ScenarioException("(json)", message != null && message.startsWith("Trailing token")
                    ? "more text after the end of the JSON object" : "malformed JSON: " + firstLine(message));
        }
        if (root == null || root.isMissingNode()) {
            throw new ScenarioException("(json)", "the file is empty; " + whenEmpty);
        }
        return root;
    }

    /**
     * Refuses a value that is not an object, or an object with a field not in {@code known}: a misspelt
     * {@code learningrate} must not silently train with the default.
     *
     * @param path where the object is ("(root)" for the file's top level), for the messages
     */
    public static void requireKnownFields(JsonNode node, String path, Set<String> known) {
        if (node == null || !node.isObject()) {
            throw new ScenarioException(path, "must be a JSON object {...}, got "
                    + (node == null ? "nothing" : describe(node)));
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                String field = path.equals("(root)") ? name : path + "." + name;
                throw new ScenarioException(field, "unknown field (known here: "
                        + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    /** At most a few dozen characters of a value: a 5 MB rule name must not make a 5 MB error line. */
    public static String shortened(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "… (" + text.length() + " characters)" : text;
    }

    /** A JSON value as a message quotes it: text in quotes and shortened, arrays and objects by kind. */
    public static String describe(JsonNode node) {
        if (node.isTextual()) {
            String text = node.asText();
            return text.length() > 40 ? "\"" + text.substring(0, 40) + "…\" (" + text.length() + " characters)"
                    : "\"" + text + "\"";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isObject()) {
            return "an object";
        }
        return shortened(node.toString());
    }

    private static String firstLine(String message) {
        String line = message == null ? "unreadable" : message.strip();
        int newline = line.indexOf('\n');
        return newline < 0 ? line : line.substring(0, newline);
    }
}
