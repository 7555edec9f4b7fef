#!/usr/bin/python3
"""The PyTorch side of the MLP comparison (bench/README.md, "MLP epoch").

Same task as bench/Course.Benchmarks/MlpEpochBenchmark.cs: digits, every fifth row (0, 5, 10, ...) held out
for validation, features standardised with the training mean and population std (std 0 -> 1); a 64-64-10 MLP,
ReLU, He-normal weights (kaiming_normal_, fan_in, relu), zero biases; softmax cross-entropy; mini-batches of 32
reshuffled every epoch, the last partial batch kept; Adam, lr 1e-3; float32 on the CPU.

One epoch = every mini-batch step (forward, loss, backward, Adam step) with the running loss and accuracy the
C# Trainer records, then one validation pass, as Trainer.Fit does.

Usage: /usr/bin/python3 bench/torch_mlp_epoch.py [--repeats 30] [--seeds 5] [--epochs 20]
"""
import argparse
import os
import statistics
import time

import torch
import torch.nn.functional as F


def load_split(path):
    rows = [list(map(float, line.split(","))) for line in open(path) if line.strip()]
    data = torch.tensor(rows, dtype=torch.float64)
    features, labels = data[:, :64], data[:, 64].long()
    held = torch.arange(len(rows)) % 5 == 0
    x_train, y_train = features[~held], labels[~held]
    x_val, y_val = features[held], labels[held]
    mean = x_train.mean(dim=0)
    std = x_train.std(dim=0, unbiased=False)
    std[std == 0] = 1.0
    scale = lambda x: ((x - mean) / std).float()
    return scale(x_train), y_train, scale(x_val), y_val


def make_model(seed):
    torch.manual_seed(seed)
    model = torch.nn.Sequential(torch.nn.Linear(64, 64), torch.nn.ReLU(), torch.nn.Linear(64, 10))
    for layer in (model[0], model[2]):
        torch.nn.init.kaiming_normal_(layer.weight, mode="fan_in", nonlinearity="relu")
        torch.nn.init.zeros_(layer.bias)
    return model


def epoch(model, optimizer, x_train, y_train, x_val, y_val, generator, batch_size=32):
    n = len(y_train)
    order = torch.randperm(n, generator=generator)
    loss_sum, correct = 0.0, 0
    model.train()
    for start in range(0, n, batch_size):
        index = order[start:start + batch_size]
        xb, yb = x_train[index], y_train[index]
        optimizer.zero_grad()
        logits = model(xb)
        loss = F.cross_entropy(logits, yb)
        loss.backward()
        optimizer.step()
        loss_sum += loss.item() * len(index)
        correct += (logits.argmax(dim=1) == yb).sum().item()
    model.eval()
    with torch.no_grad():
        logits = model(x_val)
        val_loss = F.cross_entropy(logits, y_val).item()
        val_accuracy = (logits.argmax(dim=1) == y_val).float().mean().item()
    return loss_sum / n, correct / n, val_loss, val_accuracy


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeats", type=int, default=30, help="timed epochs (after 5 warm-up epochs)")
    parser.add_argument("--seeds", type=int, default=5, help="seeds for the 20-epoch accuracy runs")
    parser.add_argument("--epochs", type=int, default=20)
    args = parser.parse_args()

    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    x_train, y_train, x_val, y_val = load_split(os.path.join(root, "data", "digits.csv"))
    print(f"torch {torch.__version__}, {torch.get_num_threads()} thread(s); train {len(y_train)}, validation {len(y_val)}")

    model = make_model(0)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    generator = torch.Generator().manual_seed(0)
    for _ in range(5):
        epoch(model, optimizer, x_train, y_train, x_val, y_val, generator)
    times = []
    for _ in range(args.repeats):
        start = time.perf_counter()
        epoch(model, optimizer, x_train, y_train, x_val, y_val, generator)
        times.append((time.perf_counter() - start) * 1000)
    print(f"epoch time over {args.repeats} repeats: median {statistics.median(times):.2f} ms, "
          f"min {min(times):.2f} ms, mean {statistics.mean(times):.2f} ms")

    accuracies = []
    for seed in range(args.seeds):
        model = make_model(seed)
        optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
        generator = torch.Generator().manual_seed(seed)
        for _ in range(args.epochs):
            result = epoch(model, optimizer, x_train, y_train, x_val, y_val, generator)
        accuracies.append(result[3])
        print(f"seed {seed}: train loss {result[0]:.4f} acc {result[1] * 100:.1f}% · "
              f"val loss {result[2]:.4f} acc {result[3] * 100:.1f}%")
    print(f"PyTorch validation accuracy after {args.epochs} epochs over {args.seeds} seeds: "
          f"{statistics.mean(accuracies) * 100:.2f}% ± {statistics.pstdev(accuracies) * 100:.2f}%")


if __name__ == "__main__":
    main()
