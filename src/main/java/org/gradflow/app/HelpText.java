package org.gradflow.app;

/** The Help window's text. */
final class HelpText {
    static final String TEXT = """
            Each branch is Linear(6,3) - Tanh - Linear(3,D) - Tanh; the two share their weights, and nn.CosineDistance \
            compares their outputs u and v: C = <u,v> / sqrt((|u|² + ε)(|v|² + ε)), with Torch's ε = 1e-12.

            Left and right are the same network, data and seed, with different output sizes D.

            • With D = 1, u and v are numbers, and their cosine is sign(u)·sign(v): ±1 whatever the weights. Its \
            derivative is zero (ε leaves about 1e-11), so backpropagation moves nothing. At u = 0 it is undefined; \
            ε makes a spike of about 1e6 there.
            • With D > 1 the cosine depends on the angle between u and v, the gradient is of order 0.1, and the \
            loss falls.

            Charts: C per iteration with the pair's target; |dC/du| and |dC/dv| on a log axis (an exact 0 sits at \
            the bottom, labelled 0); the components of dC/du; the gradient norm of each parameter tensor; and the \
            landscape: C and |dC/du| along a line through the current u. View ▸ Geometry shows, in its place, why \
            the gradient dies: dC/du is perpendicular to u, and on a line nothing is.

            Lessons (File ▸ Lessons) play a teacher's script step by step: each step's scenario at its iteration, \
            the chart it talks about framed. Help ▸ This iteration, worked writes the iteration shown as formulas \
            with its numbers.

            Keys: Space steps, P plays or pauses, R resets. Ctrl+O opens a scenario, Ctrl+Shift+S saves it, \
            Ctrl+S exports the figure as PNG, Ctrl+E the trace as CSV. Ctrl+L opens a lesson; Page Down and Page Up \
            go to its next and previous step, wherever the focus is; F5 shows the lesson in the presenter view, \
            a step's chart large with its text, and Escape or F5 leaves it. Ctrl+I: this iteration, worked. F11: \
            full screen, for a projector. Escape closes this window, and the worked iteration's.""";

    private HelpText() {
    }
}
