#!/usr/bin/python3
"""Write the golden optimizer trajectories the C# tests compare against.

Run with Debian's PyTorch (python3-torch 1.13), from anywhere:

    /usr/bin/python3 tests/Course.Tests/Fixtures/generate_torch_reference.py

It writes one JSON file per optimizer into Fixtures/Optimizers/ (float64) and one
into Fixtures/Optimizers/Float32/ (float32). Every float64 case is a
torch.optim optimizer (float64, torch.manual_seed) stepped over either
  (a) "sequence": a fixed, seeded sequence of gradients fed to a 7-element
      parameter (or to a 5-element weight and a 3-element bias in two param
      groups), or
  (b) "surface": the gradient of a 2-D test function, taken with autograd at
      the current point before every step (of -f when the case maximizes).
After every step the parameters are recorded. The fixtures are data: change
this script and rerun it, never edit them by hand.

The float32 fixtures are the sequence cases again, at torch's default dtype
(float32, so the step counters and NAdam's mu_product are float32 tensors, as
in everyday torch use), over FLOAT32_STEPS steps, with a 19-element parameter
(torch's AVX2 kernels take 16 elements in vector registers and 3 in scalar
code; both paths fuse a*b+c into one rounding, as the C# steps must to agree
to the last bit). Values are written in the shortest decimal that reads back
as the same float32.

Two cases are not plain torch 1.13 single-tensor runs, and say so in the JSON:
  * NAdam runs with foreach=True. Torch 1.13's default single-tensor loop
    multiplies mu_t into the look-ahead product twice (fixed for torch 2.0 by
    pytorch/pytorch#92699);
    its foreach loop computes Dozat's rule, which the library implements.
  * Lion is not in torch 1.13. REFERENCE_LION below is a line-by-line
    transcription of Algorithm 2 of Chen et al. (2023), "Symbolic Discovery
    of Optimization Algorithms", in torch ops; it is the reference here.
"""

import json
import math
import pathlib

import numpy
import torch

OUT = pathlib.Path(__file__).resolve().parent / "Optimizers"
OUT_FLOAT32 = OUT / "Float32"
SEQUENCE_STEPS = 20
FLOAT32_STEPS = 100
SURFACE_STEPS = 30
LR_FACTOR = 0.8
FLOAT32_LR_FACTOR = 0.97


class ReferenceLion(torch.optim.Optimizer):
    """Lion, Algorithm 2 of Chen et al. (2023), written directly in torch ops.

    NOT part of torch 1.13: this class is the independent reference for the
    C# Lion. Per step: c = b1*m + (1-b1)*g; theta <- theta*(1 - lr*wd);
    theta <- theta - lr*sign(c); m <- b2*m + (1-b2)*g.
    """

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


def reference_lion(params, **options):
    return ReferenceLion(params, **options)


def nadam_foreach(params, **options):
    return torch.optim.NAdam(params, foreach=True, **options)


# optimizer name -> (constructor, reference note, sequence lr, {surface: lr}, option combinations)
# Each combination is (case suffix, torch keyword arguments other than lr).
OPTIMIZERS = {
    "SGD": (torch.optim.SGD, "torch.optim.SGD (torch 1.13, single-tensor)", 0.1,
            {"quadratic": 0.05, "rosenbrock": 5e-4, "beale": 0.01, "saddle": 0.05}, [
                ("plain", {}),
                ("weight_decay", {"weight_decay": 0.1}),
                ("maximize", {"maximize": True}),
                ("momentum", {"momentum": 0.9}),
                ("momentum_dampening", {"momentum": 0.9, "dampening": 0.5}),
                ("momentum_weight_decay", {"momentum": 0.9, "weight_decay": 0.1}),
                ("nesterov", {"momentum": 0.9, "nesterov": True}),
                ("nesterov_weight_decay_maximize", {"momentum": 0.9, "nesterov": True, "weight_decay": 0.1, "maximize": True}),
            ]),
    "Adagrad": (torch.optim.Adagrad, "torch.optim.Adagrad (torch 1.13, single-tensor)", 0.1,
                {"quadratic": 0.5, "rosenbrock": 0.5, "beale": 0.5, "saddle": 0.5}, [
                    ("default", {}),
                    ("lr_decay", {"lr_decay": 0.1}),
                    ("initial_accumulator_value", {"initial_accumulator_value": 0.5}),
                    ("weight_decay", {"weight_decay": 0.1}),
                    ("eps", {"eps": 1e-2}),
                    ("maximize", {"maximize": True}),
                ]),
    "RMSprop": (torch.optim.RMSprop, "torch.optim.RMSprop (torch 1.13, single-tensor)", 0.01,
                {"quadratic": 0.01, "rosenbrock": 0.01, "beale": 0.01, "saddle": 0.01}, [
                    ("default", {}),
                    ("alpha", {"alpha": 0.9}),
                    ("centered", {"centered": True}),
                    ("momentum", {"momentum": 0.9}),
                    ("centered_momentum", {"centered": True, "momentum": 0.9}),
                    ("weight_decay", {"weight_decay": 0.1}),
                    ("maximize", {"maximize": True}),
                ]),
    "Adam": (torch.optim.Adam, "torch.optim.Adam (torch 1.13, single-tensor)", 0.05,
             {"quadratic": 0.05, "rosenbrock": 0.05, "beale": 0.05, "saddle": 0.05}, [
                 ("default", {}),
                 ("betas", {"betas": (0.8, 0.99)}),
                 ("eps", {"eps": 1e-3}),
                 ("weight_decay", {"weight_decay": 0.1}),
                 ("amsgrad", {"amsgrad": True}),
                 ("amsgrad_weight_decay", {"amsgrad": True, "weight_decay": 0.1}),
                 ("maximize", {"maximize": True}),
             ]),
    "AdamW": (torch.optim.AdamW, "torch.optim.AdamW (torch 1.13, single-tensor)", 0.05,
              {"quadratic": 0.05, "rosenbrock": 0.05, "beale": 0.05, "saddle": 0.05}, [
                  ("default", {}),
                  ("weight_decay", {"weight_decay": 0.5}),
                  ("no_weight_decay", {"weight_decay": 0.0}),
                  ("betas", {"betas": (0.8, 0.99)}),
                  ("amsgrad", {"amsgrad": True}),
                  ("maximize", {"maximize": True}),
              ]),
    "NAdam": (nadam_foreach, "torch.optim.NAdam (torch 1.13, foreach=True: Dozat's rule; see the script's docstring)", 0.05,
              {"quadratic": 0.05, "rosenbrock": 0.05, "beale": 0.05, "saddle": 0.05}, [
                  ("default", {}),
                  ("betas", {"betas": (0.8, 0.99)}),
                  ("weight_decay", {"weight_decay": 0.1}),
                  ("momentum_decay", {"momentum_decay": 0.05}),
              ]),
    "RAdam": (torch.optim.RAdam, "torch.optim.RAdam (torch 1.13, single-tensor)", 0.05,
              {"quadratic": 0.05, "rosenbrock": 0.02, "beale": 0.05, "saddle": 0.05}, [
                  ("default", {}),
                  ("betas", {"betas": (0.8, 0.9)}),
                  ("eps", {"eps": 1e-3}),
                  ("weight_decay", {"weight_decay": 0.1}),
              ]),
    "Adamax": (torch.optim.Adamax, "torch.optim.Adamax (torch 1.13, single-tensor)", 0.05,
               {"quadratic": 0.05, "rosenbrock": 0.02, "beale": 0.05, "saddle": 0.05}, [
                   ("default", {}),
                   ("betas", {"betas": (0.8, 0.99)}),
                   ("eps", {"eps": 1e-3}),
                   ("weight_decay", {"weight_decay": 0.1}),
                   ("maximize", {"maximize": True}),
               ]),
    "Lion": (reference_lion, "ReferenceLion in this script (Chen et al. 2023, Algorithm 2, in torch ops; not torch 1.13)", 0.01,
             {"quadratic": 0.01, "rosenbrock": 0.01, "beale": 0.01, "saddle": 0.01}, [
                 ("default", {}),
                 ("betas", {"betas": (0.95, 0.98)}),
                 ("weight_decay", {"weight_decay": 0.5}),
             ]),
}


# The 2-D surfaces, written with torch ops so autograd (not a closed form) gives the gradient.
def quadratic(x, y):
    return 0.5 * (x ** 2 + 10.0 * y ** 2)


def rosenbrock(x, y):
    return (1 - x) ** 2 + 100 * (y - x ** 2) ** 2


def beale(x, y):
    return (1.5 - x + x * y) ** 2 + (2.25 - x + x * y ** 2) ** 2 + (2.625 - x + x * y ** 3) ** 2


def saddle(x, y):
    return x ** 2 - y ** 2


SURFACES = {
    "quadratic": (quadratic, [1.5, -1.0], "0.5*(x^2 + 10*y^2)"),
    "rosenbrock": (rosenbrock, [-1.2, 1.0], "(1-x)^2 + 100*(y-x^2)^2"),
    "beale": (beale, [1.0, 1.0], "(1.5-x+xy)^2 + (2.25-x+xy^2)^2 + (2.625-x+xy^3)^2"),
    "saddle": (saddle, [1.0, 0.01], "x^2 - y^2"),
}


def sequence_inputs(steps, sizes, decay):
    """A seeded gradient sequence whose scale shrinks over time (so AMSGrad's max matters), at the default dtype."""
    torch.manual_seed(20231113)
    initial = {name: torch.randn(size) for name, size in sizes.items()}
    scales = torch.tensor([3.0 * decay ** t + 0.05 for t in range(steps)])
    gradients = {name: torch.randn(steps, len(value)) * scales[:, None] for name, value in initial.items()}
    return initial, gradients


def shortest(value, dtype):
    """The shortest decimal that reads back as the same value of dtype (a JSON number)."""
    return float(repr(numpy.float32(value))) if dtype == torch.float32 else float(value)


def listed(tensor):
    return [shortest(v, tensor.dtype) for v in tensor.reshape(-1).tolist()]


def check_finite(name, values):
    if not all(math.isfinite(v) for v in values):
        raise RuntimeError(f"{name}: trajectory is not finite; pick a smaller learning rate")
    return values


def run_sequence(make, options, initial, gradients, groups, lr_factor=None):
    steps = len(next(iter(gradients.values())))
    params = {name: torch.nn.Parameter(initial[name].clone()) for name in groups_parameters(groups)}
    torch_groups = []
    for group in groups:
        entry = {"params": [params[n] for n in group["params"]]}
        entry.update({k: v for k, v in group.items() if k != "params"})
        torch_groups.append(entry)
    optimizer = make(torch_groups, **options)
    trajectory = {name: [] for name in params}
    for t in range(steps):
        for name, p in params.items():
            p.grad = gradients[name][t].clone()
        optimizer.step()
        for name, p in params.items():
            trajectory[name].append(listed(p.detach()))
        if lr_factor is not None:  # a schedule changing every group's lr between steps
            for group in optimizer.param_groups:
                group["lr"] *= lr_factor
    return trajectory


def groups_parameters(groups):
    return [n for group in groups for n in group["params"]]


def run_surface(make, options, surface, start, sign):
    xy = torch.nn.Parameter(torch.tensor(start))
    optimizer = make([xy], **options)
    trajectory = []
    for _ in range(SURFACE_STEPS):
        optimizer.zero_grad()
        (sign * surface(xy[0], xy[1])).backward()
        optimizer.step()
        trajectory.append(listed(xy.detach()))
    return trajectory


def json_options(options):
    return {k: list(v) if isinstance(v, tuple) else v for k, v in options.items()}


def sequence_cases(optimizer_name, make, sequence_lr, combinations, initial, gradients, lr_factor):
    """The option combinations on one parameter, then two param groups, then a learning rate changed every step."""
    cases = []
    for suffix, extra in combinations:
        options = {"lr": sequence_lr, **extra}
        groups = [{"params": ["w"]}]
        trajectory = run_sequence(make, options, initial, gradients, groups)
        check_finite(suffix, [v for row in trajectory["w"] for v in row])
        cases.append({"name": f"{optimizer_name}/sequence/{suffix}", "kind": "sequence",
                      "options": json_options(options), "groups": groups, "trajectory": trajectory})
    # Two param groups: the weight keeps the optimizer's lr and weight decay; the bias has its own lr and none.
    base = {"lr": sequence_lr, **dict(combinations[0][1]), "weight_decay": 0.2}
    groups = [{"params": ["weight"]}, {"params": ["bias"], "lr": sequence_lr / 2, "weight_decay": 0.0}]
    trajectory = run_sequence(make, base, initial, gradients, groups)
    cases.append({"name": f"{optimizer_name}/sequence/two_param_groups", "kind": "sequence",
                  "options": json_options(base), "groups": groups, "trajectory": trajectory})
    # A learning rate changed between steps (as a schedule does) must be used by the very next step.
    schedule_options = {"lr": sequence_lr, **dict(combinations[-1][1])}
    trajectory = run_sequence(make, schedule_options, initial, gradients, groups, lr_factor=lr_factor)
    cases.append({"name": f"{optimizer_name}/sequence/lr_changed_each_step", "kind": "sequence",
                  "options": json_options(schedule_options), "groups": groups,
                  "lr_factor_per_step": lr_factor, "trajectory": trajectory})
    return cases


def surface_cases(optimizer_name, make, surface_lrs, combinations, sequence_lr):
    """For each option combination, one case per surface."""
    cases = []
    for suffix, extra in combinations:
        cases.append([])
        options = {"lr": sequence_lr, **extra}
        for surface_name, (surface, start, _) in SURFACES.items():
            surface_options = {**options, "lr": surface_lrs[surface_name]}
            # A maximizing optimizer climbs -f, so it still heads for f's minimum.
            sign = -1.0 if options.get("maximize") else 1.0
            path = run_surface(make, surface_options, surface, start, sign)
            check_finite(f"{optimizer_name}/{surface_name}/{suffix}", [v for row in path for v in row])
            cases[-1].append({"name": f"{optimizer_name}/{surface_name}/{suffix}", "kind": "surface",
                          "surface": surface_name, "objective_sign": sign, "options": json_options(surface_options),
                          "start": start, "trajectory": path})
    return cases


def write(path, dtype, optimizer_name, reference, initial, gradients, cases, surfaces):
    document = {
        "generator": "tests/Course.Tests/Fixtures/generate_torch_reference.py",
        "torch_version": torch.__version__,
        "dtype": dtype,
        "optimizer": optimizer_name,
        "reference": reference,
        "sequence": {"steps": len(next(iter(gradients.values()))), "initial": {k: listed(v) for k, v in initial.items()},
                     "gradients": {k: [listed(row) for row in v] for k, v in gradients.items()}},
    }
    if surfaces:
        document["surfaces"] = {name: formula for name, (_, _, formula) in SURFACES.items()}
    document["cases"] = cases
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, separators=(",", ":")) + "\n")
    print(f"{path.relative_to(OUT)}: {len(cases)} cases, {path.stat().st_size // 1024} KB")


def main():
    # float64 (state["step"] and NAdam's mu_product float64 too): every option on a gradient sequence and on surfaces.
    torch.set_default_dtype(torch.float64)
    initial, gradients = sequence_inputs(SEQUENCE_STEPS, {"w": 7, "weight": 5, "bias": 3}, 0.8)
    for optimizer_name, (make, reference, sequence_lr, surface_lrs, combinations) in OPTIMIZERS.items():
        sequence = sequence_cases(optimizer_name, make, sequence_lr, combinations, initial, gradients, LR_FACTOR)
        surfaces = surface_cases(optimizer_name, make, surface_lrs, combinations, sequence_lr)
        # Each combination's sequence case, then its surfaces; the group and schedule cases last.
        cases = [case for k, first in enumerate(sequence[:len(combinations)]) for case in [first, *surfaces[k]]]
        cases += sequence[len(combinations):]
        write(OUT / f"{optimizer_name.lower()}.json", "float64", optimizer_name, reference, initial, gradients, cases, True)

    # float32 at torch's default dtype: the sequence cases over FLOAT32_STEPS steps.
    torch.set_default_dtype(torch.float32)
    initial, gradients = sequence_inputs(FLOAT32_STEPS, {"w": 19, "weight": 19, "bias": 3}, 0.97)
    for optimizer_name, (make, reference, sequence_lr, _, combinations) in OPTIMIZERS.items():
        cases = sequence_cases(optimizer_name, make, sequence_lr, combinations, initial, gradients, FLOAT32_LR_FACTOR)
        write(OUT_FLOAT32 / f"{optimizer_name.lower()}.json", "float32", optimizer_name, reference, initial, gradients,
              cases, False)


if __name__ == "__main__":
    main()
