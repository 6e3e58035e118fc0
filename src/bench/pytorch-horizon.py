#!/usr/bin/env python3
"""How long the exported PyTorch scripts of a scenario follow GradFlow's runs.

    python3 src/bench/pytorch-horizon.py SCENARIO.json [--passes N] [--jar target/gradflow.jar]

exports the scenario's scripts (export --format pytorch), runs each for N passes (default 500) beside GradFlow's
`curve`, and prints per run the largest relative difference of meanLoss up to 10, 20, 50, ... passes, the first
pass where it is over 1e-9, and the first pass where a count, `learned` or `deadUnits` differ. The python3 running
this needs torch (Debian: apt-get install python3-torch).
"""
import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

MARKS = (10, 20, 50, 100, 200, 500, 1000, 2000, 5000)


def lines(command):
    return [json.loads(line) for line in subprocess.run(command, check=True, capture_output=True,
                                                         text=True).stdout.splitlines()]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scenario")
    parser.add_argument("--passes", type=int, default=500)
    parser.add_argument("--jar", default="target/gradflow.jar")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        scripts = subprocess.run(["java", "-jar", args.jar, "export", args.scenario, "--format", "pytorch", "--out",
                                  folder], check=True, capture_output=True, text=True).stdout.split()
        gradflow = lines(["java", "-jar", args.jar, "curve", args.scenario, "--passes", str(args.passes)])
        for script, run in zip(scripts, ("main", "comparison")):
            theirs = [line for line in gradflow if line["run"] == run]
            ours = lines([sys.executable, script, "--passes", str(args.passes)])
            worst, over, counts, at = 0.0, None, None, {}
            for number, (a, b) in enumerate(zip(ours, theirs), start=1):
                x, y = a.pop("meanLoss"), b.pop("meanLoss")
                worst = max(worst, abs(x - y) / abs(y) if y else abs(x))
                if over is None and worst > 1e-9:
                    over = number
                if counts is None and a != b:
                    counts = number
                if number in MARKS:
                    at[number] = "%.1g" % worst
            print("%s: meanLoss within %.1g over %d passes (largest so far at %s); over 1e-9 from pass %s; counts, "
                  "learned and deadUnits first differ at pass %s"
                  % (Path(script).name, worst, len(ours), at, over or "-", counts or "-"))


if __name__ == "__main__":
    main()
