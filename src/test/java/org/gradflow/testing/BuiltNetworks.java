package org.gradflow.testing;

/**
 * Networks a teacher builds for the states no shipped example is in, as scenario files: the diagnosis tests and
 * the test that holds every sentence against its run both open them.
 */
public final class BuiltNetworks {
    /** tanh layers 64 wide drawn from normal(0, 1): inputs of a spread near 8 saturate most units. */
    public static final String SATURATED_TANH = """
            {"network": {"inputSize": 2, "hiddenUnits": [64, 64, 64], "activation": "tanh", "outputSize": 2,
                         "outputActivation": "linear", "init": {"scheme": "normal", "std": 1.0}},
             "comparison": {"network": {"init": "xavier-uniform"}},
             "training": {"rule": "cross-entropy", "learningRate": 0.01, "batchSize": 20, "seed": 1},
             "data": {"dataset": "circle", "count": 200, "noise": 0.0}}""";

    /** A learning rate of 3 on xor: by iteration 3 the loss rises with steps the size of the weights. */
    public static final String STEPS_TOO_LARGE = """
            {"network": {"inputSize": 2, "hiddenUnits": [8], "activation": "tanh", "outputSize": 2,
                         "outputActivation": "linear", "init": "xavier-uniform"},
             "training": {"rule": "cross-entropy", "learningRate": 3.0, "seed": 1},
             "data": {"dataset": "xor", "count": 100, "noise": 0.0}}""";

    /** Units 1 and 2 of the hidden layer start the same: they stay copies, the run learns with the other two. */
    public static final String TWO_COPIES = """
            {"network": {"inputSize": 2, "hiddenUnits": [3], "activation": "tanh", "outputSize": 2,
                         "outputActivation": "linear"},
             "training": {"rule": "cross-entropy", "learningRate": 0.1, "seed": 1},
             "data": {"dataset": "gauss", "count": 40, "noise": 0.0},
             "weights": {"layers": [
               {"weight": [[0.5, -0.3], [0.5, -0.3], [-0.2, 0.4]], "bias": [0.1, 0.1, 0.0]},
               {"weight": [[0.3, 0.3, -0.5], [-0.3, -0.3, 0.5]], "bias": [0.0, 0.0]}]}}""";

    private BuiltNetworks() {
    }
}
