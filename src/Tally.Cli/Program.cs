using Tally.Cli;

return TallyCli.Run(args);
