

# ---- One iteration ------------------------------------------------------------------------------------------
#
# The iteration GradFlow works through in Help > This iteration, worked, step by step in the same order.

def train_iteration(net, iteration, traced=False):
    """Trains iteration `iteration` (1-based) and returns GradFlow's record of it (its trace line)."""
    pair = (iteration - 1) // ITERATIONS_PER_PAIR % len(PAIRS)
    left, right, target = PAIRS[pair]

    # Forward: a = W x + b, h = f(a), layer by layer. The two branches are one network with one set of weights,
    # so both inputs go through it together, as a batch of two: u is the left branch's output, v the right's.
    out = net(torch.tensor([left, right]))
    u, v = out[0], out[1]

    # The join and the rule: the cosine C of u and v (the distance d for hinge-embedding), the loss, and dL/dC,
    # the gradOutput that Torch's backward(pair, gradOutput) is given.
    joined = Join.apply(u, v, JOIN)
    loss, grad_output = RULES[RULE](joined.item(), target)

    # Backward: dL/du = gradOutput dC/du down the left branch and the same for v down the right, both summed into
    # the shared gradients. A gradOutput of 0 (the rule has nothing to learn from the pair) back-propagates
    # nothing: Torch's documentation example does not call backward then.
    net.zero_grad(set_to_none=True)
    if grad_output != 0.0:
        joined.backward(torch.tensor(grad_output))

    # The record, taken after backward and before the update, as GradFlow takes it.
    value, du, dv, singular = JOIN(u.tolist(), v.tolist())
    cosine = JOIN is cosine_distance
    record = {"iteration": iteration, "pair": pair + 1, "target": target,
              "cosine" if cosine else "distance": value, "loss": loss, "gradOutput": grad_output,
              "u": u.tolist(), "v": v.tolist(), "dCdu" if cosine else "dDdu": du, "dCdv" if cosine else "dDdv": dv}
    if traced:
        layers = layer_records(net, grad_output != 0.0)
        record["gradNorms"] = {}
        for index, layer in enumerate(layers):
            name = layer_name(index, len(layers))
            record["gradNorms"][name + ".weight"] = layer["weightGrad"]
            record["gradNorms"][name + ".bias"] = layer["biasGrad"]
        if cosine:
            record["singular"] = singular
        record["layers"] = layers

    sgd(net)
    return record


def pass_length():
    """Iterations in a pass: every pair trained once in the schedule."""
    return len(PAIRS) * ITERATIONS_PER_PAIR


def pass_counts():
    """The names of the curve's counts, and how many pairs there are."""
    return "pairsRight", "pairCount", len(PAIRS)


def counted_right(record):
    """1 when the record is its pair's last in the pass and the pair is right then, else 0: C on the target's side
    of 0; for hinge-embedding, d under margin/2 for a similar pair (+1) and over it for a dissimilar one (-1)."""
    if record["iteration"] % ITERATIONS_PER_PAIR != 0:
        return 0
    target = record["target"]
    if JOIN is cosine_distance:
        return int(record["cosine"] * target > 0)
    d = record["distance"]
    return int(d < MARGIN / 2 if target > 0 else d > MARGIN / 2)


# ---- The rules: the loss of a pair, and the gradOutput dL/dC (or dL/dd) that backward is given ---------------
#
# max(x, 0.0) rather than max(0.0, x): a diverged run's NaN then stays NaN, as Java's Math.max(0.0, x) keeps it.

def question(c, target):
    """The original script: backward(pair, -target) on every iteration; the loss 1 - target C."""
    return 1.0 - target * c, float(-target)


def torch_example(c, target):
    """torch/nn's documentation example, a hinge at 1: -target while C target < 1, else 0; the loss 1 - target C."""
    return 1.0 - target * c, float(-target) if c * target < 1.0 else 0.0


def cosine_embedding(c, target):
    """nn.CosineEmbeddingCriterion(MARGIN) on a batch of one: the loss 1 - C for target +1 and max(0, C - margin)
    for -1; no gradient where that loss is not positive (Torch masks it)."""
    if target > 0:
        return 1.0 - c, -1.0 if 1.0 - c > 0.0 else 0.0
    return max(c - MARGIN, 0.0), 1.0 if c - MARGIN > 0.0 else 0.0


def hinge_embedding(d, target):
    """nn.HingeEmbeddingCriterion(MARGIN) on the distance d: the loss d for target +1 and max(0, margin - d) for
    -1; gradOutput 1, or -1 while margin - d > 0, else 0."""
    if target > 0:
        return d, 1.0
    return max(MARGIN - d, 0.0), -1.0 if MARGIN - d > 0.0 else 0.0


RULES = {"question": question, "torch-example": torch_example, "cosine-embedding": cosine_embedding,
         "hinge-embedding": hinge_embedding}


# ---- The joins, as Torch7 computes them ---------------------------------------------------------------------

EPS = 1e-12
SINGULAR_SQUARED_NORM = 1e-10
DISTANCE_EPS = 1e-6


def cosine_distance(u, v):
    """Torch7's nn.CosineDistance of two lists of floats (its output is the cosine similarity C), in Torch7's order
    of operations. Returns C, dC/du, dC/dv, and whether the point is singular (|u|^2 or |v|^2 under 1e-10: eps is
    then over 1% of it, and exact math has no gradient there).

        C = <u,v> / sqrt((|u|^2 + eps)(|v|^2 + eps)),      eps = 1e-12 on each squared norm
        dC/du = (v - <u,v> / (|u|^2 + eps) u) / sqrt((|u|^2 + eps)(|v|^2 + eps)),   dC/dv likewise

    Why not F.cosine_similarity: it divides by max(|u|, 1e-8) max(|v|, 1e-8) instead of adding eps. For scalar
    outputs (D = 1) C is sign(u) sign(v), whose exact gradient is 0 wherever it has one; what there is comes from
    eps: about 1e-11 by Torch7's formula (and 1e6 at u = 0), exactly 0 by F.cosine_similarity's. That 1e-11 is a
    difference of two nearly equal numbers, v and <u,v>/(|u|^2 + eps) u: it is the same to more than 5 digits
    only where u and v are the same to the last bit, which is why this script computes them as GradFlow does."""
    dot = uu = vv = 0.0
    for a, b in zip(u, v):
        dot += a * b
        uu += a * a
        vv += b * b
    w22 = 1.0 / (uu + EPS)
    w32 = 1.0 / (vv + EPS)
    w = math.sqrt(w22 * w32)
    du = [(b - dot * w22 * a) * w for a, b in zip(u, v)]
    dv = [(a - dot * w32 * b) * w for a, b in zip(u, v)]
    return dot * w, du, dv, uu < SINGULAR_SQUARED_NORM or vv < SINGULAR_SQUARED_NORM


def pairwise_distance(u, v):
    """Torch7's nn.PairwiseDistance(2): d = |u - v| and, as its backward computes them, dd/du = (u - v) / (d + 1e-6)
    and dd/dv = -dd/du (the 1e-6 keeps u = v from dividing by 0). In 1-D this is +-1 wherever u and v differ:
    a scalar output has a gradient here, where the cosine of two numbers has none. Never singular."""
    total = 0.0
    for a, b in zip(u, v):
        total += (a - b) * (a - b)
    d = math.sqrt(total)
    scale = 1.0 / (d + DISTANCE_EPS)
    du = [(a - b) * scale for a, b in zip(u, v)]
    return d, du, [-g for g in du], False


JOIN = pairwise_distance if RULE == "hinge-embedding" else cosine_distance


class Join(torch.autograd.Function):
    """A join of u and v whose backward is Torch7's formula (autograd would differentiate the forward's operations
    instead, which is another formula with other roundings)."""

    @staticmethod
    def forward(ctx, u, v, join):
        value, du, dv, _ = join(u.tolist(), v.tolist())
        ctx.du, ctx.dv = torch.tensor(du), torch.tensor(dv)
        return torch.tensor(value)

    @staticmethod
    def backward(ctx, grad_output):
        return ctx.du * grad_output, ctx.dv * grad_output, None
