using System.CommandLine;
var root = new RootCommand("Tally");
var json = new Option<bool>("--json") { Description = "JSON Lines" };
var file = new Argument<string>("file") { Description = "path" };
var extract = new Command("extract", "Extract") { file, json };
extract.SetAction((ParseResult pr) => { Console.WriteLine(pr.GetValue(file)); return 0; });
root.Subcommands.Add(extract);
return root.Parse(args).Invoke();
