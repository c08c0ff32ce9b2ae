using Amparo.Cli.Commands;

return await AmparoCli.RunAsync(args, Console.Out, Console.Error);
