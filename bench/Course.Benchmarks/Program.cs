using BenchmarkDotNet.Running;
using Course.Benchmarks;

if (args.Contains(MlpAccuracyMode.Flag))
{
    MlpAccuracyMode.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
