// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.iotssf.analysis.Analyzer;
import org.iotssf.analysis.Population;
import org.iotssf.analysis.SystemAnalysis;
import org.iotssf.dsl.scoping.SsfMethodResolver;
import org.iotssf.model.Catalog;
import org.iotssf.model.Method;
import org.iotssf.model.SsfModel;
import org.iotssf.model.SystemModel;

/** Loads and checks models for the commands that analyze them; models with errors are not analyzed. */
final class AnalysisRun {

	private final SsfWorkspace workspace;
	private final SsfWorkspace.Loaded loaded;
	private final List<Problem> problems;

	private AnalysisRun(SsfWorkspace workspace, SsfWorkspace.Loaded loaded, List<Problem> problems) {
		this.workspace = workspace;
		this.loaded = loaded;
		this.problems = problems;
	}

	/**
	 * Loads and checks the models, printing errors and warnings to {@code err}; null when there are
	 * errors (then it has said so).
	 */
	static AnalysisRun load(List<SourceFiles.SourceFile> sources, PrintWriter err) {
		SsfWorkspace workspace = new SsfWorkspace();
		SsfWorkspace.Loaded loaded = workspace.load(sources);
		boolean errors = false;
		List<Problem> all = new ArrayList<>();
		for (List<Problem> problems : workspace.validate(loaded)) {
			all.addAll(problems);
			for (Problem problem : problems) {
				if (problem.severity() != Severity.INFO) {
					err.println(problem.format());
				}
				errors |= problem.severity() == Severity.ERROR;
			}
		}
		if (errors) {
			err.println("The models have errors, so they were not analyzed; fix them first ('iotssf check' lists them).");
			return null;
		}
		// resolve every reference now, so that later readers (parallel report writers) never resolve lazily
		EcoreUtil.resolveAll(loaded.resourceSet());
		return new AnalysisRun(workspace, loaded, all);
	}

	/** Every issue of the files given (no errors, since the models were loaded), in file order. */
	List<Problem> problems() {
		return problems;
	}

	/** Every system of the files given, analyzed with its method as of the date, in the order of {@link #systems()}. */
	List<SystemAnalysis> analyze(LocalDate asOf) {
		// systems are analyzed in parallel: the models were fully resolved when loaded, so the analysis
		// only reads them (as the report writers, which also run in parallel, do)
		Plan plan = plan();
		return IntStream.range(0, plan.systems().size()).parallel().mapToObj(i -> plan.analyze(i, asOf)).toList();
	}

	/**
	 * The analyses of every system, each made when the iteration reaches it, so that a caller streaming
	 * them out holds one at a time; each is shown to the observer as it is made.
	 */
	Iterable<SystemAnalysis> analyzeOneByOne(LocalDate asOf, Consumer<SystemAnalysis> observer) {
		Plan plan = plan();
		return () -> IntStream.range(0, plan.systems().size()).mapToObj(i -> {
			SystemAnalysis analysis = plan.analyze(i, asOf);
			observer.accept(analysis);
			return analysis;
		}).iterator();
	}

	/** The systems to analyze with their methods, and the catalogs they may cite. */
	private record Plan(List<SystemModel> systems, List<Method> methods, List<Catalog> catalogs, Population population) {
		SystemAnalysis analyze(int i, LocalDate asOf) {
			return Analyzer.analyze(systems.get(i), methods.get(i), asOf, catalogs, population);
		}
	}

	private Plan plan() {
		SsfMethodResolver resolver = workspace.injector().getInstance(SsfMethodResolver.class);
		List<SystemModel> systems = systems();
		// methods are looked up first, on this thread: the look-up caches its answer in the model's resource
		return new Plan(systems, systems.stream().map(resolver::methodOf).toList(), catalogs(), Population.of(systems));
	}

	/**
	 * Every system of the files given, by name (then file), so that the order of the files on the
	 * command line changes no output.
	 */
	List<SystemModel> systems() {
		List<SystemModel> systems = new ArrayList<>();
		for (SsfWorkspace.LoadedFile file : loaded.files()) {
			for (var declaration : ((SsfModel) file.resource().getContents().get(0)).getDeclarations()) {
				if (declaration instanceof SystemModel system) {
					systems.add(system);
				}
			}
		}
		systems.sort(Comparator.comparing((SystemModel s) -> String.valueOf(s.getName()))
				.thenComparing(s -> s.eResource().getURI().toString()));
		return systems;
	}

	/** Every catalog loaded: the built-in ones, then those of the files given. */
	List<Catalog> catalogs() {
		List<Catalog> catalogs = new ArrayList<>();
		for (Resource resource : loaded.resourceSet().getResources()) {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof SsfModel model) {
				model.getDeclarations().stream().filter(Catalog.class::isInstance).map(Catalog.class::cast).forEach(catalogs::add);
			}
		}
		return catalogs;
	}

	XtextLocator locator() {
		return new XtextLocator(loaded);
	}
}
