"""Writes schedules.json: the learning rates torch.optim.lr_scheduler sets, step by step.

Run with Debian's python3-torch (PyTorch 1.13):  /usr/bin/python3 generate_schedule_reference.py
Each case records, for steps t = 0 .. steps-1, every param group's lr after t scheduler.step() calls
(t = 0 is the lr right after the scheduler is created). The C# tests rebuild each case by name.
"""
import json
import math
import pathlib
import warnings

import torch
from torch.optim import SGD
from torch.optim import lr_scheduler as s

warnings.filterwarnings("ignore")  # SequentialLR/ChainedScheduler deprecation chatter in 1.13


def optimizer(lrs):
    groups = [{"params": [torch.zeros(1, requires_grad=True)], "lr": lr} for lr in lrs]
    return SGD(groups, lr=lrs[0])


CASES = {
    "step_3_0.5": (lambda o: s.StepLR(o, step_size=3, gamma=0.5), [0.1, 0.03], 20),
    "step_1_default": (lambda o: s.StepLR(o, step_size=1), [0.1, 0.03], 6),
    "exponential_0.9": (lambda o: s.ExponentialLR(o, gamma=0.9), [0.1, 0.03], 30),
    "cosine_10": (lambda o: s.CosineAnnealingLR(o, T_max=10), [0.1, 0.03], 11),
    "cosine_12_min_0.1": (lambda o: s.CosineAnnealingLR(o, T_max=12, eta_min=0.01), [0.1], 13),
    "cosine_6_min_0.1_past_t_max": (lambda o: s.CosineAnnealingLR(o, T_max=6, eta_min=0.01), [0.1], 27),
    "linear_5_default": (lambda o: s.LinearLR(o, total_iters=5), [0.1, 0.03], 12),
    "linear_8_0.1": (lambda o: s.LinearLR(o, start_factor=0.1, total_iters=8), [0.1, 0.03], 12),
    "warmup_5_0.1_then_cosine_15": (
        lambda o: s.SequentialLR(o, [s.LinearLR(o, start_factor=0.1, total_iters=5), s.CosineAnnealingLR(o, T_max=15)], milestones=[5]),
        [0.1, 0.03], 21),
    "linear_4_0.25_then_exponential_0.8_then_step_3_0.5": (
        lambda o: s.SequentialLR(o, [s.LinearLR(o, start_factor=0.25, total_iters=4), s.ExponentialLR(o, gamma=0.8), s.StepLR(o, step_size=3, gamma=0.5)], milestones=[4, 10]),
        [0.1, 0.03], 20),
    "chained_exponential_0.9_step_4_0.5": (
        lambda o: s.ChainedScheduler([s.ExponentialLR(o, gamma=0.9), s.StepLR(o, step_size=4, gamma=0.5)]),
        [0.1, 0.03], 16),
}


def run(make, lrs, steps):
    o = optimizer(lrs)
    scheduler = make(o)
    history = []
    for _ in range(steps):
        history.append([g["lr"] for g in o.param_groups])
        o.step()
        scheduler.step()
    return history


def main():
    cases = [
        {"name": name, "initial_lrs": lrs, "lrs": run(make, lrs, steps)}
        for name, (make, lrs, steps) in CASES.items()
    ]
    out = pathlib.Path(__file__).with_name("schedules.json")
    out.write_text(json.dumps({"torch": torch.__version__, "cases": cases}, indent=1) + "\n")
    print(f"wrote {len(cases)} cases to {out}")


if __name__ == "__main__":
    main()
