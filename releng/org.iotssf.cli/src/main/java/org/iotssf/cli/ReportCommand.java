// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.eclipse.xtext.diagnostics.Severity;
import org.iotssf.analysis.SystemAnalysis;
import org.iotssf.report.Messages;
import org.iotssf.report.Reports;
import org.iotssf.report.Sarif;
import org.iotssf.report.Workbook;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code iotssf report}: writes the requirement documents of every system into an output folder. */
@Command(name = "report", mixinStandardHelpOptions = true,
		description = { "Writes a requirement document per system (HTML, Markdown with SVG charts, JSON), a CSV risk register, "
				+ "a SARIF file of issues and findings and, when asked for, an Excel workbook into OUTDIR; nothing outside OUTDIR is written.",
				"Models with errors are not reported; with --format sarif their issues are still written." },
		footer = { "", "Exit codes: 0 written, 1 errors in the models, 2 usage or I/O error, 3 internal error." })
public class ReportCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Mixin
	private ModelPaths paths;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "OUTDIR", description = "The folder to write the files into.")
	private Path output;

	@Option(names = "--format", paramLabel = "FORMATS", split = ",", defaultValue = "html,md,json,csv,sarif",
			description = "Comma-separated formats: html, md, json, csv, sarif, xlsx (default: all but xlsx).")
	private List<String> formats;

	@Option(names = "--lang", paramLabel = "en|ja", defaultValue = "en", description = "Language of the documents (default: en).")
	private String language;

	@Mixin
	private AsOfDate asOf;

	@Override
	public Integer call() {
		Set<String> chosen = new LinkedHashSet<>(formats);
		for (String format : chosen) {
			if (!Reports.FORMATS.contains(format)) {
				throw new UsageException("unknown format '" + format + "'; use " + String.join(", ", Reports.FORMATS));
			}
		}
		if (!Messages.LANGUAGES.contains(language)) {
			throw new UsageException("unknown language '" + language + "'; use en or ja");
		}
		if (output.toString().isBlank()) {
			throw new UsageException("the output folder (-o) is empty; name a folder, for example -o out");
		}
		LocalDate date = asOf.date();
		AnalysisRun run = AnalysisRun.load(paths.sources(), spec.commandLine().getErr());
		if (run == null) {
			return ExitCodes.FAILED;
		}
		List<SystemAnalysis> analyses = run.analyze(date);
		OutputFolder folder = new OutputFolder(output);
		AtomicInteger written = new AtomicInteger();
		Reports.Request request = new Reports.Request(analyses, chosen, Messages.of(language), date, run.locator(), validation(run), version());
		Reports.generate(request, new Reports.Sink() {
			@Override
			public void accept(String name, String content) {
				folder.write(name, content);
				written.incrementAndGet();
			}

			@Override
			public void stream(String name, Consumer<Appendable> content) {
				folder.write(name, out -> content.accept(out));
				written.incrementAndGet();
			}
		});
		Workbook workbook = Reports.workbook(request);
		if (workbook != null) {
			folder.write(Reports.WORKBOOK, XlsxWriter.write(workbook, request.messages().get("xlsx.sheet.lists")));
			written.incrementAndGet();
		}
		spec.commandLine().getErr().println("Wrote " + written.get() + " files to " + output + ".");
		return ExitCodes.OK;
	}

	private static List<Sarif.Result> validation(AnalysisRun run) {
		List<Sarif.Result> results = new ArrayList<>();
		List<Problem> sorted = new ArrayList<>(run.problems());
		sorted.sort(Comparator.comparing(Problem::path).thenComparing(Problem.BY_POSITION).thenComparing(Problem::message));
		for (Problem p : sorted) {
			results.add(new Sarif.Result(p.code(), p.severity() == Severity.ERROR ? "error"
					: p.severity() == Severity.WARNING ? "warning" : "note", p.message(), p.path(), p.line(), p.column()));
		}
		return results;
	}

	private static String version() {
		try {
			return new IotssfCommand.Version().getVersion()[0].replace("iotssf ", "");
		} catch (java.io.IOException e) {
			return "unknown";
		}
	}
}
