package org.gradflow.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gradflow.engine.Scenario;
import org.gradflow.engine.ScenarioException;
import org.gradflow.engine.ScenarioReader;

/**
 * A scenario bundled with the application (assets/scenarios, inside the jar), with what it shows in one line:
 * File ▸ Examples opens it from the application's resources, whatever the working folder.
 */
public record Example(String file, String title, String description) {

    /** The bundled examples, in the order of the story. */
    public static final List<Example> ALL = List.of(
            new Example("original-question.json", "The original script: D = 1 next to D = 6",
                    "The question's network: the 1-D run never moves, the 6-D run learns at pass 14."),
            new Example("asker-six-dimensions.json", "The asker's 6-D run",
                    "D = 6 on the left: near +1 for every pair at iteration 25, every pair right at pass 14, one"
                            + " wrong again at pass 25."),
            new Example("torch-example.json", "The answer's advice: torch-example",
                    "Backprop only while C·target < 1: on a cosine it always is, so nothing changes."),
            new Example("cosine-embedding.json", "CosineEmbeddingCriterion with a margin",
                    "The criterion made for this: -1 pairs stop pushing once C is under the margin."),
            new Example("learning-rate-too-high.json", "A learning rate too high (0.1)",
                    "The 6-D run learns at pass 18, unlearns at 19: steps overshoot."),
            new Example("saturated-tanh.json", "Saturated tanh units",
                    "dC/du is alive but every tanh is at ±1: no gradient reaches a weight."),
            new Example("singular-spike.json", "The eps spike at u = 0",
                    "A zero output: eps invents a gradient of 1e6 and one step saturates the network."),
            new Example("divergence.json", "Divergence: learning rate 1e6",
                    "One step throws the 6-D weights past ±1000; the 1-D run does not notice."),
            new Example("hinge-embedding.json", "What to do instead: a distance (hinge-embedding)",
                    "The same 1-D siamese learns with |u − v|, whose slope is ±1, by pass 13."),
            new Example("deep-sigmoid.json", "Vanishing gradients: eight sigmoid layers",
                    "σ' ≤ 1/4 at every layer: the first layer gets 1e-7 of the last's gradient; relu learns."),
            new Example("dead-relu.json", "Dead ReLUs: a learning rate too high",
                    "At rate 1.5, 15 of the 16 units of layer 2 are dead in pass 2 and all 16 from pass 3, for good."),
            new Example("dead-relu-leaky.json", "Dead ReLUs against leaky-relu",
                    "At rate 1.5, 16 of the 16 units of layer 2 are dead in pass 2, for good; leaky-relu at the same"
                            + " rate learns at pass 4."),
            new Example("zero-init.json", "Zero initialisation",
                    "Every hidden gradient is exactly 0 and the loss stays ln 2; random weights learn."),
            new Example("zero-init-sigmoid.json", "Zero initialisation with sigmoid",
                    "σ(0) = ½: on batches of 10 the units move, but 8 of the 8 units of layer 1 are copies of one"
                            + " another for good; xavier learns at pass 36."),
            new Example("exploding-init.json", "An initialisation too large",
                    "normal(0, 1) in 64-wide relu layers: activations grow layer by layer until it diverged at"
                            + " iteration 5; he-normal learns."),
            new Example("tanh-init-too-large.json", "tanh with normal(0, 1): saturated",
                    "Eight tanh layers of 64: most outputs at ±1 and the gradient growing toward the input;"
                            + " xavier-normal learns at pass 44."));

    /** Reads the example from the application's resources. */
    public Scenario load() {
        String resource = "/assets/scenarios/" + file;
        try (InputStream in = Example.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ScenarioException(file, "is missing from the application");
            }
            return new ScenarioReader().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ScenarioException(file, "cannot be read from the application (" + e.getMessage() + ")");
        } catch (ScenarioException e) {
            throw e.in(file);
        }
    }
}
