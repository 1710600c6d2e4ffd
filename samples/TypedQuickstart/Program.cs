// The Quickstart with generated classes. Against a real workspace, its model should match the checked-in snapshot.
return await SampleRunner.RunAsync(lx => TypedQuickstart.Run(lx, args.FirstOrDefault() ?? "ERP - Global"));
