// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.iotssf.analysis.Analyzer;
import org.iotssf.analysis.Population;
import org.iotssf.analysis.SystemAnalysis;
import org.iotssf.cli.SourceFiles;
import org.iotssf.cli.SsfWorkspace;
import org.iotssf.dsl.scoping.SsfMethodResolver;
import org.iotssf.model.SsfModel;
import org.iotssf.model.SystemModel;

/**
 * Times the analysis apart from parsing and checking: loads and checks a folder of models, then
 * analyzes every system, and prints both times. Usage: AnalyzeBenchmark DIR
 */
public final class AnalyzeBenchmark {

	private AnalyzeBenchmark() {
	}

	public static void main(String[] args) {
		long start = System.nanoTime();
		SsfWorkspace workspace = new SsfWorkspace();
		SsfWorkspace.Loaded loaded = workspace.load(SourceFiles.expand(List.of(args[0])));
		long errors = workspace.validate(loaded).stream().flatMap(List::stream)
				.filter(p -> p.severity() == org.eclipse.xtext.diagnostics.Severity.ERROR).count();
		long checked = System.nanoTime();
		SsfMethodResolver methods = workspace.injector().getInstance(SsfMethodResolver.class);
		List<SystemModel> systems = new ArrayList<>();
		for (SsfWorkspace.LoadedFile file : loaded.files()) {
			for (var declaration : ((SsfModel) file.resource().getContents().get(0)).getDeclarations()) {
				if (declaration instanceof SystemModel system) {
					systems.add(system);
				}
			}
		}
		Population population = Population.of(systems);
		List<SystemAnalysis> analyses = new ArrayList<>();
		int elements = 0;
		for (SystemModel system : systems) {
			analyses.add(Analyzer.analyze(system, methods.methodOf(system), LocalDate.of(2026, 1, 1), List.of(), population));
			elements += system.getElements().size();
		}
		long analyzed = System.nanoTime();
		long findings = analyses.stream().mapToLong(a -> a.findings().size() + a.coverage().size()).sum();
		System.out.printf("%d elements in %d systems, %d errors: load+check %.2f s, analyze %.2f s (%d findings and gaps)%n",
				elements, analyses.size(), errors, (checked - start) / 1e9, (analyzed - checked) / 1e9, findings);
	}
}
