#!/usr/bin/python3
"""Time one torch.optim step over 10 million float32 parameters on the CPU.

The peer of bench/Course.Benchmarks/OptimizerStepBenchmarks.cs: same optimizers,
same size, same dtype, one thread (the C# steps run on one thread), plus the same
in-place streaming kernels as a bandwidth reference measured with torch ops.

    /usr/bin/python3 bench/torch_optimizer_steps.py [--threads 1] [--repeats 15]

Lion is not in torch 1.13; its row times a straightforward torch-ops transcription
of Chen et al. (2023), Algorithm 2 (the same one the golden-data generator uses).
"""

import argparse
import statistics
import time

import torch

LENGTH = 10_000_000


class ReferenceLion(torch.optim.Optimizer):
    """Lion (Chen et al. 2023, Algorithm 2) in torch ops; not part of torch 1.13."""

    def __init__(self, params, lr=1e-4, betas=(0.9, 0.99), weight_decay=0.0):
        super().__init__(params, dict(lr=lr, betas=betas, weight_decay=weight_decay))

    @torch.no_grad()
    def step(self):
        for group in self.param_groups:
            lr, wd = group["lr"], group["weight_decay"]
            beta1, beta2 = group["betas"]
            for p in group["params"]:
                state = self.state[p]
                if not state:
                    state["exp_avg"] = torch.zeros_like(p)
                m, g = state["exp_avg"], p.grad
                c = m.mul(beta1).add(g, alpha=1 - beta1)
                p.mul_(1 - lr * wd)
                p.add_(torch.sign(c), alpha=-lr)
                m.mul_(beta2).add_(g, alpha=1 - beta2)


OPTIMIZERS = {
    "SGD": lambda p: torch.optim.SGD(p, lr=1e-3),
    "SGD momentum": lambda p: torch.optim.SGD(p, lr=1e-3, momentum=0.9),
    "Adagrad": lambda p: torch.optim.Adagrad(p),
    "RMSprop": lambda p: torch.optim.RMSprop(p),
    "Lion (reference in torch ops)": lambda p: ReferenceLion(p, weight_decay=0.1),
    "Adam": lambda p: torch.optim.Adam(p),
    "AdamW": lambda p: torch.optim.AdamW(p),
    "NAdam": lambda p: torch.optim.NAdam(p),
}


def median_ms(action, repeats):
    for _ in range(3):
        action()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1e3)
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--repeats", type=int, default=15)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(42)
    value = torch.rand(LENGTH, dtype=torch.float32) * 2 - 1
    gradient = torch.rand(LENGTH, dtype=torch.float32) * 2 - 1
    x1 = torch.full((LENGTH,), 0.5, dtype=torch.float32)
    x2 = torch.full((LENGTH,), 0.25, dtype=torch.float32)

    def stream_2r1w():
        value.add_(gradient, alpha=-1e-3)

    def stream_3r2w():
        x1.mul_(0.9).add_(gradient)
        value.add_(x1, alpha=-1e-3)

    def stream_4r3w():
        x1.mul_(0.9).add_(gradient)
        x2.mul_(0.9).addcmul_(gradient, gradient)
        value.addcmul_(x1, x2, value=-1e-3)

    print(f"torch {torch.__version__}, {torch.get_num_threads()} thread(s), {LENGTH:,} float32 parameters, "
          f"median of {args.repeats} steps")
    print(f"{'kernel':32} {'ms':>8}")
    for name, kernel in [("copy (copy_ into x2)", lambda: x2.copy_(gradient)),
                         ("in-place 2R+1W, one op", stream_2r1w),
                         ("in-place 3R+2W, as torch ops", stream_3r2w),
                         ("in-place 4R+3W, as torch ops", stream_4r3w)]:
        print(f"{name:32} {median_ms(kernel, args.repeats):8.2f}")
    for name, make in OPTIMIZERS.items():
        parameter = torch.nn.Parameter(value.clone())
        parameter.grad = gradient.clone()
        optimizer = make([parameter])
        print(f"{name:32} {median_ms(optimizer.step, args.repeats):8.2f}")


if __name__ == "__main__":
    main()
