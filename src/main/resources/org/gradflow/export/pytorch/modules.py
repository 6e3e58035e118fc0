

# ---- Torch7's modules, with GradFlow's arithmetic -----------------------------------------------------------
#
# torch.nn has all of these. They are written out because PyTorch's own compute the same functions with other
# roundings: BLAS adds a dot product's terms in another order and fuses multiply-adds, torch.sum adds pairwise,
# and torch.exp, torch.tanh and torch.sigmoid are other approximations than Java's. Last bits matter here: a
# float64 run whose trajectory is chaotic, as a siamese run often is, turns a difference in the 16th digit into a
# different run within some hundred iterations (GradFlow's README, "How often does each setting learn?"). With
# these modules the script follows GradFlow's run to the bit, except where Java's Math.exp and the C library's
# exp round one of their arguments differently (about 1 in 400 of them).
#
# nn.Linear, nn.Tanh and nn.Sigmoid drop in where Linear, Tanh and Sigmoid are: the same network, which agrees
# with GradFlow's for a while and then parts. nn.ReLU, nn.LeakyReLU(0.01) and nn.Identity are used as they are:
# they compute exactly what Torch7's modules do.

class LinearFunction(torch.autograd.Function):
    """Torch7's nn.Linear, a = W x + b for every row x of the batch, with every sum added in GradFlow's order
    (one term after another, from the first), forward and backward."""

    @staticmethod
    def forward(ctx, x, weight, bias):
        ctx.save_for_backward(x, weight)
        dot = torch.zeros(x.shape[0], weight.shape[0])
        for j in range(weight.shape[1]):
            dot = dot + x[:, j:j + 1] * weight[:, j]
        return bias + dot

    @staticmethod
    def backward(ctx, grad_a):
        x, weight = ctx.saved_tensors
        # dL/dx = W^T dL/da, unit after unit; not needed for the network's input.
        grad_x = None
        if ctx.needs_input_grad[0]:
            grad_x = grad_a[:, 0:1] * weight[0]
            for i in range(1, weight.shape[0]):
                grad_x = grad_x + grad_a[:, i:i + 1] * weight[i]
        # dL/dW = sum of dL/da x^T and dL/db = sum of dL/da, row after row: the left branch, then the right (or
        # the batch's examples in order).
        grad_w = torch.outer(grad_a[0], x[0])
        grad_b = grad_a[0]
        for s in range(1, x.shape[0]):
            grad_w = grad_w + torch.outer(grad_a[s], x[s])
            grad_b = grad_b + grad_a[s]
        return grad_x, grad_w, grad_b


class Linear(nn.Linear):
    """nn.Linear(in, out), W is out x in, with LinearFunction's sums."""

    def forward(self, x):
        return LinearFunction.apply(x, self.weight, self.bias)


class TanhFunction(torch.autograd.Function):
    """GradFlow's tanh, Cephes' (S. L. Moshier): a rational function below |x| = 0.625 and 1 - 2/(e^2|x| + 1) above;
    Torch7's backward from the output, gradient (1 - y^2)."""

    P = (-9.64399179425052238628E-1, -9.92877231001918586564E1, -1.61468768441708447952E3)
    Q = (1.12811678491632931402E2, 2.23548839060100448583E3, 4.84406305325125486048E3)

    @staticmethod
    def forward(ctx, x):
        p, q = TanhFunction.P, TanhFunction.Q
        a = x.abs()
        t = 1.0 - 2.0 / (exp(2.0 * a) + 1.0)
        z = x * x
        small = x + x * z * (((p[0] * z + p[1]) * z + p[2]) / (((z + q[0]) * z + q[1]) * z + q[2]))
        y = torch.where(a > 0.625, torch.where(x < 0, -t, t), small)
        ctx.save_for_backward(y)
        return y

    @staticmethod
    def backward(ctx, grad_h):
        y, = ctx.saved_tensors
        return grad_h * (1.0 - y * y)


class Tanh(nn.Module):
    def forward(self, x):
        return TanhFunction.apply(x)


class SigmoidFunction(torch.autograd.Function):
    """1 / (1 + e^-x); Torch7's backward from the output, gradient (1 - y) y, at most 1/4 (at x = 0): why a deep
    stack of sigmoids shrinks the gradient at every layer."""

    @staticmethod
    def forward(ctx, x):
        y = 1.0 / (1.0 + exp(-x))
        ctx.save_for_backward(y)
        return y

    @staticmethod
    def backward(ctx, grad_h):
        y, = ctx.saved_tensors
        return grad_h * (1.0 - y) * y


class Sigmoid(nn.Module):
    def forward(self, x):
        return SigmoidFunction.apply(x)


# 1.0 / t and 2.0 / t above are PyTorch's t.reciprocal() * 1.0 (or * 2.0): the same as a division, because scaling
# by a power of two rounds nothing. Any other numerator would round twice; torch.div(c, t) would not.

def exp(x):
    """e^x of every element by the C library's exp (Python's math.exp), which agrees with Java's Math.exp, the one
    GradFlow uses, on all but about 1 in 400 arguments; torch.exp differs from it on about 1 in 17."""
    return torch.tensor([_exp(t) for t in x.reshape(-1).tolist()]).reshape(x.shape)


def _exp(t):
    try:
        return math.exp(t)
    except OverflowError:
        return math.inf


def log(x):
    """ln x of every element by the C library's log, for the same reason (it differs from Java's Math.log on about
    1 in 2,000 arguments, torch.log on 1 in 70)."""
    return torch.tensor([math.log(t) for t in x.reshape(-1).tolist()]).reshape(x.shape)


class Layer(nn.Module):
    """Linear, then its activation: a = W x + b, h = f(a). It keeps a and h of its last forward (and, after
    backward, dL/dh in h.grad) for GradFlow's per-layer records."""

    def __init__(self, linear, activation):
        super().__init__()
        self.linear = linear
        self.activation = activation

    def forward(self, x):
        self.a = self.linear(x)
        self.h = self.activation(self.a)
        if self.h.requires_grad:
            self.h.retain_grad()
        return self.h


def sgd(net):
    """Torch's updateParameters(lr), plain SGD: p = p - lr dL/dp, a parameter without a gradient (nothing was
    back-propagated) left as it is. p -= lr * grad rather than p.add_(grad, alpha=-lr), which fuses the multiply
    and the subtraction into one rounding."""
    with torch.no_grad():
        for p in net.parameters():
            if p.grad is not None:
                p -= LEARNING_RATE * p.grad


def load(net, weights):
    """Sets every layer's W (a row per unit) and b to the run's initial values."""
    with torch.no_grad():
        for layer, (weight, bias) in zip(net, weights):
            layer.linear.weight.copy_(torch.tensor(weight))
            layer.linear.bias.copy_(torch.tensor(bias))
