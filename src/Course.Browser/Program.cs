// The .NET side of the in-browser course: the worker script (wwwroot/worker.js) starts the runtime,
// hands over the assembly images with CellExports.AddReference and runs cells with CellExports.RunAsync.
return 0;
