using Course.Grading.Worker;

// Started by the grader, one process per submission: the job arrives on standard input, reports leave on standard output.
var output = Console.OpenStandardOutput();
return await GradeWorker.RunAsync(Console.OpenStandardInput(), output);
