using Course.Grading.Worker;

// `Course.Grading.Worker job.json report.jsonl`: started by the grader, one process per submission.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: Course.Grading.Worker job.json report.jsonl");
    return 2;
}

return await GradeWorker.RunAsync(args[0], args[1]);
