// Every feature's commands answer with a CommandResult.
global using Amparo.Server.Commands;
