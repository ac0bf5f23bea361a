// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.xtext.diagnostics.Severity;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code iotssf check}: parses, links and validates models and prints one line per issue. */
@Command(name = "check", mixinStandardHelpOptions = true,
		description = { "Checks .ssf models: syntax, references and structural rules.",
				"Prints one line per issue: path:line:col: error|warning|info: message [code]." },
		footer = { "", "Exit codes: 0 no errors, 1 errors found, 2 usage or I/O error, 3 internal error." })
public class CheckCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Mixin
	private ModelPaths paths;

	@Option(names = "--max-issues", paramLabel = "N", defaultValue = "100",
			description = "Print at most N issues per file (default: ${DEFAULT-VALUE}); 0 prints all.")
	private int maxIssues;

	@Option(names = { "-q", "--quiet" }, description = "Print no summary line.")
	private boolean quiet;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		List<SourceFiles.SourceFile> sources = paths.sources();
		SsfWorkspace workspace = new SsfWorkspace();
		List<List<Problem>> problems = workspace.validate(workspace.load(sources));
		int errors = 0;
		int warnings = 0;
		for (List<Problem> inFile : problems) {
			// errors first, so that --max-issues never hides an error behind warnings
			List<Problem> fileProblems = inFile.stream().sorted(Problem.BY_SEVERITY).toList();
			int shown = 0;
			for (Problem problem : fileProblems) {
				errors += problem.severity() == Severity.ERROR ? 1 : 0;
				warnings += problem.severity() == Severity.WARNING ? 1 : 0;
				if (maxIssues <= 0 || shown++ < maxIssues) {
					out.println(problem.format());
				}
			}
			if (maxIssues > 0 && fileProblems.size() > maxIssues) {
				err.println(Problem.oneLine(fileProblems.get(0).path()) + ": " + (fileProblems.size() - maxIssues)
						+ " more issues not shown; use --max-issues 0 to see all.");
			}
		}
		if (!quiet) {
			err.println("Checked " + sources.size() + (sources.size() == 1 ? " file: " : " files: ") + errors
					+ (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning." : " warnings."));
		}
		return errors > 0 ? ExitCodes.FAILED : ExitCodes.OK;
	}
}
