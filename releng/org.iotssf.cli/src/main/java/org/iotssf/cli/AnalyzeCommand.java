// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.iotssf.analysis.Analyzer;
import org.iotssf.analysis.SystemAnalysis;
import org.iotssf.analysis.output.AnalysisJson;
import org.iotssf.analysis.output.AnalysisText;
import org.iotssf.dsl.scoping.SsfMethodResolver;
import org.iotssf.model.Catalog;
import org.iotssf.model.Method;
import org.iotssf.model.SsfModel;
import org.iotssf.model.SystemModel;

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

	@Option(names = "--as-of", paramLabel = "DATE", description = "Date (yyyy-mm-dd) at which evidence must be valid; default: today.")
	private String asOf;

	@Option(names = "--fail-on", paramLabel = "SEVERITY", description = "Exit with 1 when a finding or coverage gap has this severity or worse: info, warning or error.")
	private String failOn;

	@Option(names = "--explain", description = "In text output, print each result's explanation under it.")
	private boolean explain;

	@Override
	public Integer call() {
		if (!format.equals("text") && !format.equals("json")) {
			throw new UsageException("unknown --format '" + format + "'; use text or json");
		}
		org.iotssf.analysis.Severity threshold = failOn == null ? null : org.iotssf.analysis.Severity.parse(failOn);
		if (failOn != null && threshold == null) {
			throw new UsageException("unknown --fail-on severity '" + failOn + "'; use info, warning or error");
		}
		LocalDate date = date();
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		SsfWorkspace workspace = new SsfWorkspace();
		SsfWorkspace.Loaded loaded = workspace.load(paths.sources());
		boolean errors = false;
		for (List<Problem> problems : workspace.validate(loaded)) {
			for (Problem problem : problems) {
				if (problem.severity() != Severity.INFO) {
					err.println(problem.format());
				}
				errors |= problem.severity() == Severity.ERROR;
			}
		}
		if (errors) {
			err.println("The models have errors, so they were not analyzed; fix them first ('iotssf check' lists them).");
			return ExitCodes.FAILED;
		}
		List<SystemAnalysis> analyses = analyze(workspace, loaded, date);
		XtextLocator locator = new XtextLocator(loaded);
		out.print(format.equals("json") ? AnalysisJson.write(analyses, date, locator) : AnalysisText.write(analyses, locator, explain));
		boolean failed = threshold != null && analyses.stream().map(SystemAnalysis::worstSeverity)
				.anyMatch(s -> s != null && s.compareTo(threshold) >= 0);
		return failed ? ExitCodes.FAILED : ExitCodes.OK;
	}

	private List<SystemAnalysis> analyze(SsfWorkspace workspace, SsfWorkspace.Loaded loaded, LocalDate date) {
		SsfMethodResolver methods = workspace.injector().getInstance(SsfMethodResolver.class);
		List<Catalog> catalogs = new ArrayList<>();
		for (Resource resource : loaded.resourceSet().getResources()) {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof SsfModel model) {
				model.getDeclarations().stream().filter(Catalog.class::isInstance).map(Catalog.class::cast).forEach(catalogs::add);
			}
		}
		List<SystemAnalysis> analyses = new ArrayList<>();
		for (SsfWorkspace.LoadedFile file : loaded.files()) {
			SsfModel model = (SsfModel) file.resource().getContents().get(0);
			for (SystemModel system : model.getDeclarations().stream().filter(SystemModel.class::isInstance).map(SystemModel.class::cast).toList()) {
				Method method = methods.methodOf(system);
				analyses.add(Analyzer.analyze(system, method, date, catalogs));
			}
		}
		return analyses;
	}

	private LocalDate date() {
		if (asOf == null) {
			return LocalDate.now();
		}
		try {
			return LocalDate.parse(asOf);
		} catch (DateTimeParseException e) {
			throw new UsageException("--as-of '" + asOf + "' is not a date; write yyyy-mm-dd, for example 2026-03-31");
		}
	}
}
