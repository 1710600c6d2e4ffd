// The seed toolkit's examples in the script style; SampleRunner picks the workspace (a token, or the demo).
return await SampleRunner.RunAsync(lx => Quickstart.Run(lx, args.FirstOrDefault() ?? "ERP - Global"));
