// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.iotssf.analysis.Severity;
import org.iotssf.analysis.SystemAnalysis;
import org.iotssf.analysis.output.AnalysisJson;
import org.iotssf.analysis.output.AnalysisText;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code iotssf analyze}: checks the models, then categorizes every system and prints the results. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
		description = { "Categorizes the risks of every system, derives usage and element cells, the required viewpoints, "
				+ "who carries them and their coverage, and the systemic findings; every result with its explanation.",
				"Models with errors are not analyzed: their issues are printed as by 'check'." },
		footer = { "", "Exit codes: 0 analyzed, 1 errors in the models or a --fail-on condition holds, 2 usage or I/O error, 3 internal error." })
public class AnalyzeCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Mixin
	private ModelPaths paths;

	@Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "Output format (default: ${DEFAULT-VALUE}); json follows docs/analysis-json.md.")
	private String format;

	@Mixin
	private AsOfDate asOf;

	@Option(names = "--fail-on", paramLabel = "SEVERITY", description = "Exit with 1 when a finding or coverage gap has this severity or worse: info, warning or error.")
	private String failOn;

	@Option(names = "--explain", description = "In text output, print each result's explanation under it.")
	private boolean explain;

	@Option(names = "--lang", paramLabel = "en|ja", defaultValue = "en",
			description = "Language of the text output (default: ${DEFAULT-VALUE}); JSON keeps identifiers.")
	private String language;

	@Override
	public Integer call() {
		if (!language.equals("en") && !language.equals("ja")) {
			throw new UsageException("unknown --lang '" + language + "'; use en or ja");
		}
		if (!format.equals("text") && !format.equals("json")) {
			throw new UsageException("unknown --format '" + format + "'; use text or json");
		}
		Severity threshold = failOn == null ? null : Severity.parse(failOn);
		if (failOn != null && threshold == null) {
			throw new UsageException("unknown --fail-on severity '" + failOn + "'; use info, warning or error");
		}
		LocalDate date = asOf.date();
		PrintWriter out = spec.commandLine().getOut();
		AnalysisRun run = AnalysisRun.load(paths.sources(), spec.commandLine().getErr());
		if (run == null) {
			return ExitCodes.FAILED;
		}
		List<Severity> worst = new ArrayList<>();
		Iterable<SystemAnalysis> analyses = run.analyzeOneByOne(date, a -> worst.add(a.worstSeverity()));
		if (format.equals("json")) {
			// streamed system by system: the document of a large model is never held whole
			AnalysisJson.write(analyses, date, run.locator(), out);
		} else {
			List<SystemAnalysis> all = new ArrayList<>();
			analyses.forEach(all::add);
			out.print(AnalysisText.write(all, run.locator(), explain, language));
		}
		out.flush();
		return failed(worst, threshold) ? ExitCodes.FAILED : ExitCodes.OK;
	}

	private static boolean failed(List<Severity> worst, Severity threshold) {
		return threshold != null && worst.stream().anyMatch(s -> s != null && s.compareTo(threshold) >= 0);
	}
}
