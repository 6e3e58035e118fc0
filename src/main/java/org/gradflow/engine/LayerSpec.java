package org.gradflow.engine;

/**
 * One layer as a scenario describes it: how many units, what follows its Linear, how its parameters are drawn.
 *
 * @param units 1 to {@link NetworkSpec#MAX_UNITS}
 */
public record LayerSpec(int units, Activation activation, Init init) {

    public LayerSpec {
        if (units < 1 || units > NetworkSpec.MAX_UNITS) {
            throw new ScenarioException("units", "must be an integer from 1 to " + NetworkSpec.MAX_UNITS + ", got "
                    + units);
        }
        if (activation == null || init == null) {
            throw new ScenarioException("activation", "a layer needs an activation and an init");
        }
    }

    public LayerSpec withUnits(int value) {
        return new LayerSpec(value, activation, init);
    }

    public LayerSpec withActivation(Activation value) {
        return new LayerSpec(units, value, init);
    }

    public LayerSpec withInit(Init value) {
        return new LayerSpec(units, activation, value);
    }
}
