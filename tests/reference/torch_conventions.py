#!/usr/bin/python3
"""Where PyTorch (1.13, float64) differs from the reference vectors: a check to run, not a test.

For every vector file, evaluates the torch.nn.functional counterpart and its autograd
derivative at every x of the file and prints, per function and parameter set, the points where
torch is more than 4 ULP from the correctly rounded reference, kinks first. Kink conventions
must agree exactly; elsewhere torch 1.13 is known to be inaccurate in tails, so differences there
are expected and documented in docs/numerics.md.

Run: /usr/bin/python3 tests/reference/torch_conventions.py [function-id ...]
"""

import math
import struct
import sys
from pathlib import Path

import torch
import torch.nn.functional as F

import generate

MAX_ULP = 4
SHOWN = 8


def swish(x, beta):
    return x * torch.sigmoid(beta * x)


def tensor(value):
    return torch.tensor([value], dtype=torch.float64)


TORCH = {
    "relu": F.relu,
    "leaky_relu": F.leaky_relu,
    "prelu": lambda x, weight: F.prelu(x, tensor(weight)),
    "rrelu": lambda x, lower, upper: F.rrelu(x, lower, upper, training=False),
    "elu": F.elu,
    "celu": F.celu,
    "selu": F.selu,
    "gelu": lambda x, approximate: F.gelu(x, approximate=["none", "tanh"][int(approximate)]),
    "silu": F.silu,
    "swish": swish,
    "mish": F.mish,
    "softplus": F.softplus,
    "sigmoid": torch.sigmoid,
    "logsigmoid": F.logsigmoid,
    "tanh": torch.tanh,
    "hardtanh": F.hardtanh,
    "relu6": F.relu6,
    "hardsigmoid": F.hardsigmoid,
    "hardswish": F.hardswish,
    "softsign": F.softsign,
    "tanhshrink": F.tanhshrink,
    "softshrink": F.softshrink,
    "hardshrink": F.hardshrink,
    "threshold": F.threshold,
    "heaviside": lambda x, values: torch.heaviside(x, tensor(values)),
    "linear": lambda x: x,
    "sine": torch.sin,
}


def parse(text):
    return float(text) if text in ("nan", "inf", "-inf") else float.fromhex(text)


def read_vectors(path):
    sets = {}
    for line in path.read_text().splitlines():
        if line.startswith("#"):
            continue
        params, x, value, derivative = line.split("\t")
        sets.setdefault(params, []).append((parse(x), parse(value), parse(derivative)))
    return sets


def ordered(x):
    bits = struct.unpack("<q", struct.pack("<d", x))[0]
    return -(2**63) - bits if bits < 0 else bits


def ulp(a, b):
    if math.isnan(a) or math.isnan(b):
        return 0 if math.isnan(a) and math.isnan(b) else math.inf
    return abs(ordered(a) - ordered(b))


def torch_value_and_derivative(function, xs, params):
    x = torch.tensor(xs, dtype=torch.float64, requires_grad=True)
    y = function(x, *params)
    try:
        (gradient,) = torch.autograd.grad(y.sum(), x)
        derivatives = gradient.tolist()
    except RuntimeError as error:  # e.g. heaviside has no derivative in torch
        derivatives = [f"error: {str(error).splitlines()[0]}"] * len(xs)
    return y.detach().tolist(), derivatives


def kinks(spec, params):
    return {float(k) for k in spec.kinks(*params)}


def describe(x, got, expected, distance):
    far = "NaN mismatch" if distance == math.inf else f"{distance} ulp"
    return f"x = {x!r}: torch {got!r}, reference {expected!r} ({far})"


def evaluations(spec, params, rows):
    """(tag, x, reference value, reference derivative, torch value, torch derivative)."""
    function = TORCH[spec.id]
    values, derivatives = torch_value_and_derivative(function, [x for x, _, _ in rows], params)
    for row, value, derivative in zip(rows, values, derivatives):
        yield ("kink" if row[0] in kinks(spec, params) else "", *row, value, derivative)
    # torch 1.13 has a vectorised kernel (tensors of 8 or more) and a scalar one: kinks go
    # through both.
    for x, value, derivative in rows:
        if x in kinks(spec, params):
            (got_value,), (got_derivative,) = torch_value_and_derivative(function, [x], params)
            yield "kink, 1-element tensor", x, value, derivative, got_value, got_derivative


def differences(spec, params, rows):
    found = {"value": [], "derivative": []}
    for tag, x, value, derivative, got_value, got_derivative in evaluations(spec, params, rows):
        for kind, got, expected in (
            ("value", got_value, value),
            ("derivative", got_derivative, derivative),
        ):
            distance = math.inf if isinstance(got, str) else ulp(got, expected)
            if distance > MAX_ULP:
                found[kind].append((not tag, x, tag, distance, describe(x, got, expected, distance)))
    return found


def report(spec, field, params, rows):
    for kind, found in differences(spec, params, rows).items():
        if not found:
            continue
        print(f"{spec.id} {kind}, params {{{field}}}: {len(found)} points differ")
        finite = [point for point in found if point[3] != math.inf]
        if finite:
            print(f"  {'worst':24}{max(finite, key=lambda point: point[3])[4]}")
        nan_mismatches = [point for point in found if point[3] == math.inf]
        kinks_first = sorted(nan_mismatches, key=lambda point: point[:2])[:SHOWN]
        kinks_first += sorted(finite, key=lambda point: point[:2])[:SHOWN]
        for _, _, tag, _, text in kinks_first:
            print(f"  {tag:24}{text}")


def main(ids):
    directory = Path(__file__).resolve().parent / "vectors"
    print(f"torch {torch.__version__}, float64; differences beyond {MAX_ULP} ulp")
    for id in ids or generate.FUNCTIONS:
        spec = generate.FUNCTIONS[id]
        for field, rows in read_vectors(directory / f"{id}.txt").items():
            params = [parse(p) for p in field.split(",")] if field else []
            report(spec, field, params, rows)


if __name__ == "__main__":
    main(sys.argv[1:])
