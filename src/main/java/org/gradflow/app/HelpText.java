package org.gradflow.app;

/** The Help window's text. */
final class HelpText {
    static final String TEXT = """
            Left is the main run, as the network panel under the timeline says it: the rule (what the network \
            ends in), the data, the hidden layers (widths, one per layer: 8, 8, 8), the activation, the init, the \
            learning rate. Right is the same network with what "Compare with" (top right) says changed: relu, \
            he-normal, 3 layers, D = 6, learning rate 0.1, or several, comma-separated. Both train in lockstep on \
            the same data from the same seed.

            The seed scenario: each branch of a siamese pair is Linear(6,3) - Tanh - Linear(3,D) - Tanh; the two \
            share their weights, and nn.CosineDistance compares their outputs u and v: C = <u,v> / sqrt((|u|² + \
            ε)(|v|² + ε)), with Torch's ε = 1e-12. With D = 1, u and v are numbers and their cosine is \
            sign(u)·sign(v): its derivative is zero (ε leaves about 1e-11), so backpropagation moves nothing; at \
            u = 0 ε makes a spike of about 1e6. With D > 1 the gradient is of order 0.1, and the loss falls. Its \
            charts: C per iteration with the pair's target, |dC/du| and |dC/dv| on a log axis (an exact 0 at the \
            bottom), the components of dC/du, the landscape along a line through u (View ▸ Geometry: why the \
            gradient dies), and each parameter's gradient norm.

            Any other network shows where its gradient dies: the weight gradient of each layer over the \
            iterations (a fan of lines decades apart is a vanishing gradient) and its update:data ratio (about \
            1e-3 is healthy); at the iteration shown, the gradient's flow from the input layer to the output (a \
            staircase down to the left is a vanishing gradient) and each layer's activations (red: relu units \
            dead all pass; tinted: saturated sigmoid or tanh); under them the prediction over the plane (two \
            inputs) with the data. The text under the charts says, per run, what the measurements show: vanishing, \
            dead units, copies after a zero init, an init too large, a healthy run, learned.

            Lessons (File ▸ Lessons) play a teacher's script step by step: each step's scenario at its iteration, \
            the chart it talks about framed. Help ▸ This iteration, worked writes the iteration shown as formulas \
            with its numbers.

            File ▸ Export as PyTorch script writes each run as a standalone script that reproduces it.

            Keys: Space steps, P plays or pauses, R resets. Ctrl+O opens a scenario, Ctrl+Shift+S saves it, \
            Ctrl+S exports the figure as PNG, Ctrl+E the trace as CSV. Ctrl+L opens a lesson; Page Down and Page Up \
            go to its next and previous step, wherever the focus is; F5 shows the lesson in the presenter view, \
            a step's chart large with its text, and Escape or F5 leaves it. Ctrl+I: this iteration, worked. F11: \
            full screen, for a projector. Escape closes this window, and the worked iteration's.""";

    private HelpText() {
    }
}
