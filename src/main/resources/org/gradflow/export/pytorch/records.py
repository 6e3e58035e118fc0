

# ---- What GradFlow prints -----------------------------------------------------------------------------------

def passes(net, count):
    """GradFlow's curve, one line per pass: the mean of the loss over the pass's iterations, the pairs or examples
    right, whether all are, and per layer the relu units that were dead for the whole pass (their input <= 0 in
    every forward, for every input: such a unit passes no gradient back and its weights never change again)."""
    right_name, count_name, items = pass_counts()
    length = pass_length()
    iteration = 0
    for number in range(1, count + 1):
        loss = 0.0
        right = 0
        fired = [torch.zeros(layer.linear.out_features, dtype=torch.bool) for layer in net]
        for _ in range(length):
            iteration += 1
            record = train_iteration(net, iteration)
            loss += record["loss"]
            right += counted_right(record)
            for layer_fired, layer in zip(fired, net):
                layer_fired |= (layer.a > 0).any(dim=0) if dies(layer.activation) else True
        yield {"run": RUN, "outputSize": net[-1].linear.out_features, "pass": number, "iteration": iteration,
               "meanLoss": loss / length, right_name: right, count_name: items, "learned": right == items,
               "deadUnits": [int((~layer_fired).sum()) for layer_fired in fired]}


def layer_records(net, backpropagated):
    """GradFlow's per-layer records of the iteration, from the input layer: the norms of the layer's weight and
    bias gradients and of dL/dh (the gradient arriving from above, over every input: both branches, or the batch),
    the mean, population standard deviation and saturated fraction of its outputs h over every (input, unit)
    entry, and the update:data ratio lr |dL/dW| / |W| (about 1e-3 is healthy; None, null, when |W| = 0).
    The sums go in GradFlow's order, one term after another."""
    records = []
    for layer in net:
        h = layer.h.detach().reshape(-1).tolist()
        a = layer.a.detach().reshape(-1).tolist()
        # Shifted by the first entry, which keeps the variance's digits when the entries sit close together (a
        # saturated layer near 1).
        shift = h[0]
        total = squares = 0.0
        for y in h:
            total += y - shift
            squares += (y - shift) * (y - shift)
        mean_shift = total / len(h)
        variance = squares / len(h) - mean_shift * mean_shift
        weight, bias = layer.linear.weight, layer.linear.bias
        weight_grad = norm(weight.grad) if weight.grad is not None else 0.0
        weight_norm = norm(weight.detach())
        records.append({
            "weightGrad": weight_grad,
            "biasGrad": norm(bias.grad) if bias.grad is not None else 0.0,
            "outputGrad": norm(layer.h.grad) if backpropagated and layer.h.grad is not None else 0.0,
            "mean": shift + mean_shift,
            "std": math.sqrt(0.0 if variance < 0 else variance),
            "saturated": sum(1 for x, y in zip(a, h) if saturated(layer.activation, x, y)) / len(h),
            "updateRatio": LEARNING_RATE * weight_grad / weight_norm if weight_norm != 0 else None})
    return records


def norm(t):
    """The Frobenius norm, its squares added in order."""
    squares = 0.0
    for x in t.reshape(-1).tolist():
        squares += x * x
    return math.sqrt(squares)


def saturated(activation, a, h):
    """Whether a unit's derivative is near zero: tanh |h| > 0.97; sigmoid h < 0.03 or h > 0.97; relu and leaky
    relu an input a <= 0; never for a linear one."""
    if isinstance(activation, (Tanh, nn.Tanh)):
        return abs(h) > 0.97
    if isinstance(activation, (Sigmoid, nn.Sigmoid)):
        return h < 0.03 or h > 0.97
    if isinstance(activation, (nn.ReLU, nn.LeakyReLU)):
        return not a > 0
    return False


def dies(activation):
    """Whether a unit can die, pass no gradient for any input (relu; leaky relu always passes 0.01 of it)."""
    return isinstance(activation, nn.ReLU)


def layer_name(index, depth):
    """GradFlow's name of a layer: hidden and output for two layers, else hidden1, hidden2, ..., output."""
    if index == depth - 1:
        return "output"
    return "hidden" if depth == 2 else "hidden%d" % (index + 1)


def json_line(record):
    """One JSON object on one line, written as GradFlow writes it, so that a line diffs equal to GradFlow's."""
    if isinstance(record, dict):
        return "{" + ",".join(json.dumps(k) + ":" + json_line(v) for k, v in record.items()) + "}"
    if isinstance(record, list):
        return "[" + ",".join(json_line(v) for v in record) + "]"
    if isinstance(record, float):
        return java_double(record)
    return json.dumps(record)


def java_double(x):
    """A double as Java writes it: the shortest decimal that reads back to it (Python's repr has the same digits)
    in Java's layout, 0.001, 1234567.0, 1.0E-4, 1.0E7 (json.dumps would write 0.0001 as 0.0001 and 1e-05);
    NaN and the infinities as the strings GradFlow writes."""
    if math.isnan(x):
        return '"NaN"'
    if math.isinf(x):
        return '"Infinity"' if x > 0 else '"-Infinity"'
    if x == 0:
        return "-0.0" if math.copysign(1.0, x) < 0 else "0.0"
    sign, digits, exponent = decimal.Decimal(repr(x)).normalize().as_tuple()
    digits = "".join(map(str, digits))
    power = len(digits) - 1 + exponent
    if 0 <= power < 7:
        text = digits[:power + 1].ljust(power + 1, "0") + "." + (digits[power + 1:] or "0")
    elif -3 <= power < 0:
        text = "0." + "0" * (-power - 1) + digits
    else:
        text = digits[0] + "." + (digits[1:] or "0") + "E" + str(power)
    return "-" + text if sign else text


def count(text):
    n = int(text)
    if n < 0:
        raise argparse.ArgumentTypeError("must be 0 or more, got %d" % n)
    return n


def main():
    parser = argparse.ArgumentParser(description="Trains " + TITLE + " as GradFlow does, printing GradFlow's"
                                     " curve or trace lines.")
    printed = parser.add_mutually_exclusive_group()
    printed.add_argument("--passes", type=count, default=100, metavar="N",
                         help="train N passes, print one curve line per pass (the default, N = 100)")
    printed.add_argument("--trace", type=count, metavar="N",
                         help="train N iterations, print one trace line per iteration")
    args = parser.parse_args()
    net = network()
    load(net, INITIAL_WEIGHTS)
    if args.trace is not None:
        for iteration in range(1, args.trace + 1):
            print(json_line(train_iteration(net, iteration, traced=True)))
    else:
        for line in passes(net, args.passes):
            print(json_line(line))
