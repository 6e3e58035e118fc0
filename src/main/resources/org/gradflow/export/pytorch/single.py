

# ---- One iteration ------------------------------------------------------------------------------------------
#
# The iteration GradFlow works through in Help > This iteration, worked, step by step in the same order.

def train_iteration(net, iteration, traced=False):
    """Trains iteration `iteration` (1-based) and returns GradFlow's record of it (its trace line)."""
    batch = (iteration - 1) % pass_length()
    first = batch * BATCH_SIZE
    examples = EXAMPLES[first:first + BATCH_SIZE]
    answers = [answer for _, answer in examples]

    # Forward: a = W x + b, h = f(a), layer by layer, every example of the batch at once.
    outputs = net(torch.tensor([x for x, _ in examples]))

    # The loss, averaged over the batch (Torch's sizeAverage), and the examples this forward gets right.
    loss = CRITERION.apply(outputs, answers)
    right = sum(1 for output, answer in zip(outputs.tolist(), answers) if RIGHT(output, answer))

    # Backward: dL/d(outputs) from the criterion, down every layer, every example's gradients summed.
    net.zero_grad(set_to_none=True)
    loss.backward()

    # The record, taken after backward and before the update, as GradFlow takes it.
    record = {"iteration": iteration, "batch": batch + 1, "loss": loss.item(), "right": right,
              "size": len(examples)}
    if traced:
        record["layers"] = layer_records(net, True)

    sgd(net)
    return record


def pass_length():
    """Iterations in a pass: every batch once, ceil(examples / batch size)."""
    return -(-len(EXAMPLES) // BATCH_SIZE)


def pass_counts():
    """The names of the curve's counts, and how many examples there are."""
    return "examplesRight", "exampleCount", len(EXAMPLES)


def counted_right(record):
    """The examples of the batch that the iteration's own forward got right: each counts once per pass."""
    return record["right"]


# ---- The criteria, as Torch7 computes them ------------------------------------------------------------------

class CrossEntropy(torch.autograd.Function):
    """Torch7's nn.CrossEntropyCriterion, LogSoftMax then ClassNLLCriterion, averaged over the batch of B:

        log p_d = z_d - (max z + log sum_k exp(z_k - max z))     (max z subtracted so that exp cannot overflow)
        loss = the mean of -log p_label,     dloss/dz_d = (p_d - [d = label]) / B

    The backward is Torch7's formula (autograd would differentiate the forward's operations instead, which is
    another formula with other roundings)."""

    @staticmethod
    def forward(ctx, scores, labels):
        top = scores.max(dim=1, keepdim=True).values
        total = torch.zeros_like(top)
        for d in range(scores.shape[1]):
            total = total + exp(scores[:, d:d + 1] - top)
        log_p = scores - (top + log(total))
        ctx.save_for_backward(log_p)
        ctx.labels = labels
        return torch.tensor(compensated_sum([-p[y] for p, y in zip(log_p.tolist(), labels)]) / len(labels))

    @staticmethod
    def backward(ctx, grad_loss):
        log_p, = ctx.saved_tensors
        # ClassNLL's gradient is -1/B at the label and 0 elsewhere; LogSoftMax's backward turns a gradient g into
        # g_d - exp(log p_d) sum_k g_k, and that sum is -1/B.
        at_label = -1.0 / len(ctx.labels)
        nll = torch.zeros_like(log_p)
        nll[range(len(ctx.labels)), ctx.labels] = at_label
        return grad_loss * (nll - exp(log_p) * at_label), None


class MeanSquaredError(torch.autograd.Function):
    """Torch7's nn.MSECriterion with sizeAverage: the loss sum (y - t)^2 / n over the n = B x outputs entries of
    the batch, and its gradient 2 (y - t) / n."""

    @staticmethod
    def forward(ctx, outputs, targets):
        diff = outputs - torch.tensor(targets)
        ctx.save_for_backward(diff)
        return torch.tensor(compensated_sum([d * d for d in diff.reshape(-1).tolist()]) / diff.numel())

    @staticmethod
    def backward(ctx, grad_loss):
        diff, = ctx.saved_tensors
        return grad_loss * (2.0 / diff.numel() * diff), None


def class_right(scores, label):
    """Right when the label's score is strictly the largest: a tie (every score 0 after zero init) is not."""
    return all(scores[label] > score for d, score in enumerate(scores) if d != label)


def regression_right(outputs, target):
    """Right when every output is less than 0.1 from its target."""
    return all(abs(y - t) < 0.1 for y, t in zip(outputs, target))


CRITERION = CrossEntropy if RULE == "cross-entropy" else MeanSquaredError
RIGHT = class_right if RULE == "cross-entropy" else regression_right


def compensated_sum(values):
    """Neumaier's compensated sum, which GradFlow adds a batch's losses with (so that the mean of equal losses is
    that loss to the bit). Not math.fsum, which rounds the exact sum and can differ from it in the last bit, nor
    sum(), which is a plain running sum up to Python 3.11 and Neumaier's from 3.12."""
    total = compensation = 0.0
    for x in values:
        t = total + x
        if abs(total) >= abs(x):
            compensation += (total - t) + x
        else:
            compensation += (x - t) + total
        total = t
    return total + compensation
