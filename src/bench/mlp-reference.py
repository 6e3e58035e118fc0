#!/usr/bin/env python3
"""The reference for `bench src/bench/sigmoid-8x8-circle*.json`: the same network in eager PyTorch, float64, CPU.

2 inputs, 8 hidden layers of 8 sigmoid units, 2 class scores, cross-entropy averaged over the batch, plain SGD
(p -= lr * grad) on 200 points, full batch or one example per iteration, timed as GradFlow's bench times its
engine: rounds of 0.2 s after a 1 s warm-up on one thread, median printed. The values are random (timing does
not depend on them); the shapes and the operations per iteration are GradFlow's.

    python3 src/bench/mlp-reference.py --batch 200 --seconds 5
"""
import argparse
import statistics
import time

import torch


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--batch", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=5.0)
    args = parser.parse_args()
    torch.set_num_threads(1)
    torch.manual_seed(1)
    widths = [2] + [8] * 8 + [2]
    layers = [torch.nn.Linear(a, b).double() for a, b in zip(widths, widths[1:])]
    params = [p for layer in layers for p in layer.parameters()]
    x = torch.rand(200, 2, dtype=torch.float64) * 10 - 5
    y = (x.norm(dim=1) < 2.5).long()
    lr = 0.1
    batches = [(x[i:i + args.batch], y[i:i + args.batch]) for i in range(0, 200, args.batch)]
    state = {"k": 0}

    def step():
        xb, yb = batches[state["k"] % len(batches)]
        state["k"] += 1
        h = xb
        for layer in layers[:-1]:
            h = torch.sigmoid(layer(h))
        loss = torch.nn.functional.cross_entropy(layers[-1](h), yb)
        for p in params:
            p.grad = None
        loss.backward()
        with torch.no_grad():
            for p in params:
                p -= lr * p.grad

    def rate(seconds):
        start = time.perf_counter()
        n = 0
        while True:
            for _ in range(16):
                step()
            n += 16
            now = time.perf_counter()
            if now - start >= seconds:
                return n / (now - start)

    warm = min(1.0, args.seconds * 0.2)
    rate(warm)
    rounds = max(3, int((args.seconds - warm) / 0.2))
    rates = [rate(0.2) for _ in range(rounds)]
    print(f"pytorch {torch.__version__}: 2-8x8-2 sigmoid, cross-entropy, batch {args.batch}, float64, 1 thread,"
          f" {rounds} rounds of 0.2 s: median {statistics.median(rates):,.0f} it/s"
          f" (range {min(rates):,.0f} .. {max(rates):,.0f})")
    print(f"iterations/s: {round(statistics.median(rates))}")


if __name__ == "__main__":
    main()
