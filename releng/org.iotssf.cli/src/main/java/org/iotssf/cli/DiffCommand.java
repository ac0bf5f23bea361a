// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.iotssf.analysis.AnalysisDiff;
import org.iotssf.analysis.Severity;
import org.iotssf.analysis.SystemAnalysis;
import org.iotssf.report.DiffReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code iotssf diff OLD NEW}: what changed in categories, viewpoints, coverage and findings between two versions. */
@Command(name = "diff", mixinStandardHelpOptions = true,
		description = { "Semantic diff of two versions of models (files or folders): risks added or removed, cells raised or lowered, "
				+ "viewpoints newly required or dropped, findings appearing or resolved, coverage gained or lost." },
		footer = { "", "Exit codes: 0 done, 1 a --fail-on condition holds or a version has errors, 2 usage or I/O error, 3 internal error." })
public class DiffCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "OLD", description = "The old version: a model file or folder.")
	private String old;

	@Parameters(index = "1", paramLabel = "NEW", description = "The new version: a model file or folder.")
	private String now;

	@Option(names = "--format", paramLabel = "md|json", defaultValue = "md", description = "Output format (default: ${DEFAULT-VALUE}).")
	private String format;

	@Option(names = "--fail-on", paramLabel = "CONDITION", split = ",",
			description = "Exit with 1 when: new-required-viewpoint, cell-raised, or finding:SEVERITY (a new finding of that severity or worse).")
	private List<String> failOn = new ArrayList<>();

	@Mixin
	private AsOfDate asOf;

	@Override
	public Integer call() {
		if (!format.equals("md") && !format.equals("json")) {
			throw new UsageException("unknown --format '" + format + "'; use md or json");
		}
		failOn.forEach(DiffCommand::checkCondition);
		LocalDate date = asOf.date();
		AnalysisRun before = AnalysisRun.load(SourceFiles.expand(List.of(old)), spec.commandLine().getErr());
		AnalysisRun after = AnalysisRun.load(SourceFiles.expand(List.of(now)), spec.commandLine().getErr());
		if (before == null || after == null) {
			return ExitCodes.FAILED;
		}
		List<SystemAnalysis> a = before.analyze(date);
		List<SystemAnalysis> b = after.analyze(date);
		List<AnalysisDiff.Change> changes = AnalysisDiff.compare(a, b);
		spec.commandLine().getOut().print(format.equals("json") ? DiffReport.json(changes) : DiffReport.markdown(changes));
		return failOn.stream().anyMatch(c -> holds(c, changes)) ? ExitCodes.FAILED : ExitCodes.OK;
	}

	private static void checkCondition(String condition) {
		boolean known = condition.equals("new-required-viewpoint") || condition.equals("cell-raised")
				|| condition.startsWith("finding:") && Severity.parse(condition.substring(8)) != null;
		if (!known) {
			throw new UsageException("unknown --fail-on condition '" + condition
					+ "'; use new-required-viewpoint, cell-raised or finding:info|warning|error");
		}
	}

	static boolean holds(String condition, List<AnalysisDiff.Change> changes) {
		if (condition.equals("new-required-viewpoint")) {
			return changes.stream().anyMatch(c -> c.kind() == AnalysisDiff.Kind.VIEWPOINT_REQUIRED);
		}
		if (condition.equals("cell-raised")) {
			return changes.stream().anyMatch(c -> c.kind() == AnalysisDiff.Kind.CELL_RAISED || c.kind() == AnalysisDiff.Kind.CELL_CHANGED);
		}
		Severity threshold = Severity.parse(condition.substring(8));
		return changes.stream().anyMatch(c -> c.kind() == AnalysisDiff.Kind.FINDING_APPEARED && c.severity().compareTo(threshold) >= 0);
	}
}
