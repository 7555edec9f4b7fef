"""Writes clipping.json: gradients before and after torch.nn.utils.clip_grad_norm_ / clip_grad_value_.

Run with Debian's python3-torch (PyTorch 1.13):  /usr/bin/python3 generate_clipping_reference.py
Each case holds two parameters' gradients (float64) before clipping, the gradients after, and, for norm
clipping, the total norm torch returns. The C# tests rebuild each case by name.
"""
import json
import math
import pathlib

import torch
from torch.nn.utils import clip_grad_norm_, clip_grad_value_

torch.manual_seed(20)


def parameters(scale):
    shapes = [(3, 4), (5,)]
    params = []
    for shape in shapes:
        p = torch.zeros(shape, dtype=torch.float64, requires_grad=True)
        p.grad = torch.randn(shape, dtype=torch.float64) * scale
        params.append(p)
    return params


def case(name, scale, clip):
    params = parameters(scale)
    before = [p.grad.flatten().tolist() for p in params]
    result = clip(params)
    after = [p.grad.flatten().tolist() for p in params]
    entry = {"name": name, "before": before, "after": after}
    if result is not None:
        entry["total_norm"] = float(result)
    return entry


CASES = [
    case("norm_2_max_1_large", 5.0, lambda ps: clip_grad_norm_(ps, max_norm=1.0)),
    case("norm_2_max_100_untouched", 1.0, lambda ps: clip_grad_norm_(ps, max_norm=100.0)),
    case("norm_inf_max_0.5", 2.0, lambda ps: clip_grad_norm_(ps, max_norm=0.5, norm_type=math.inf)),
    case("norm_1_max_2", 1.0, lambda ps: clip_grad_norm_(ps, max_norm=2.0, norm_type=1.0)),
    case("value_0.3", 1.0, lambda ps: clip_grad_value_(ps, clip_value=0.3)),
]


def main():
    out = pathlib.Path(__file__).with_name("clipping.json")
    out.write_text(json.dumps({"torch": torch.__version__, "cases": CASES}, indent=1) + "\n")
    print(f"wrote {len(CASES)} cases to {out}")


if __name__ == "__main__":
    main()
