using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/SinoRussia.Nlp.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
