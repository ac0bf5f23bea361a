// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.emf.common.util.Enumerator;
import org.iotssf.analysis.CatalogCoverage;
import org.iotssf.analysis.SystemAnalysis;
import org.iotssf.model.Catalog;
import org.iotssf.model.CatalogItem;
import org.iotssf.model.ItemOrigin;
import org.iotssf.model.NamedElement;
import org.iotssf.model.StakeholderRole;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code iotssf catalog}: the standards catalogs, and how a model covers them. */
@Command(name = "catalog", mixinStandardHelpOptions = true, description = "Lists the standards catalogs and shows how models cover them.",
		subcommands = { CatalogCommand.ListCatalogs.class, CatalogCommand.Coverage.class })
public class CatalogCommand implements Runnable {

	@Spec
	private CommandSpec spec;

	@Override
	public void run() {
		throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Name a subcommand: list or coverage.");
	}

	/** {@code iotssf catalog list [NAME]}. */
	@Command(name = "list", mixinStandardHelpOptions = true,
			description = "Without NAME, lists every catalog; with NAME, lists that catalog's items.")
	static class ListCatalogs implements Callable<Integer> {

		@Spec
		private CommandSpec spec;

		@Parameters(arity = "0..1", paramLabel = "NAME", description = "A catalog name, for example en303645.")
		private String name;

		@Option(names = "--include", paramLabel = "FILE|DIR", description = "Also list the catalogs declared in these model files.")
		private List<String> include = new ArrayList<>();

		@Override
		public Integer call() {
			PrintWriter out = spec.commandLine().getOut();
			AnalysisRun run = AnalysisRun.load(include.isEmpty() ? List.of() : SourceFiles.expand(include), spec.commandLine().getErr());
			if (run == null) {
				return ExitCodes.FAILED;
			}
			List<Catalog> catalogs = run.catalogs();
			if (name == null) {
				for (Catalog c : catalogs) {
					out.println(c.getName() + "  " + c.getItems().size() + " items  " + c.getTitle()
							+ (c.getVersion() != null ? " (" + c.getVersion() + ")" : "")
							+ (c.getScopes().isEmpty() ? "" : "  scope " + literals(c.getScopes())));
				}
				return ExitCodes.OK;
			}
			Catalog catalog = catalogs.stream().filter(c -> name.equals(c.getName())).findFirst().orElseThrow(() -> new UsageException(
					"there is no catalog named '" + name + "'; 'iotssf catalog list' lists them"));
			out.println(catalog.getName() + "  " + catalog.getTitle() + (catalog.getVersion() != null ? " (" + catalog.getVersion() + ")" : "")
					+ (catalog.getScopes().isEmpty() ? "" : "  scope " + literals(catalog.getScopes())));
			for (CatalogItem item : catalog.getItems()) {
				out.println("  " + CatalogCoverage.key(item) + "  " + item.getStatus().getLiteral()
						+ (item.getCondition() != null ? " if " + item.getCondition() : "") + "  " + item.getTitle()
						+ tags(item));
			}
			return ExitCodes.OK;
		}
	}

	/** {@code iotssf catalog coverage FILE|DIR...}. */
	@Command(name = "coverage", mixinStandardHelpOptions = true, description = { "Per catalog: the items the models' measures address "
			+ "(directly or through a crosswalk mapping), those in scope of their risks that no measure addresses, and those that do not apply; "
			+ "the first line states the scope assumed.",
			"Models with errors are not analyzed." })
	static class Coverage implements Callable<Integer> {

		@Spec
		private CommandSpec spec;

		@Mixin
		private ModelPaths paths;

		@Mixin
		private AsOfDate asOf;

		@Option(names = "--all", description = "Also list the items that do not apply.")
		private boolean all;

		@Override
		public Integer call() {
			PrintWriter out = spec.commandLine().getOut();
			AnalysisRun run = AnalysisRun.load(paths.sources(), spec.commandLine().getErr());
			if (run == null) {
				return ExitCodes.FAILED;
			}
			List<SystemAnalysis> analyses = run.analyze(asOf.date());
			out.println(scope(analyses, run.catalogs().size()));
			for (CatalogCoverage.Report report : CatalogCoverage.compute(analyses, run.catalogs())) {
				out.println(report.catalog().getName() + " (" + report.items().size() + " items): "
						+ report.count(CatalogCoverage.Status.ADDRESSED) + " addressed, "
						+ report.count(CatalogCoverage.Status.ADDRESSED_VIA_MAPPING) + " addressed through a mapping, "
						+ report.count(CatalogCoverage.Status.NOT_ADDRESSED) + " not addressed, "
						+ report.count(CatalogCoverage.Status.NOT_APPLICABLE) + " not applicable");
				for (CatalogCoverage.Item item : report.items()) {
					if (all || item.status() != CatalogCoverage.Status.NOT_APPLICABLE) {
						out.println("  " + item.status().label() + "  " + CatalogCoverage.key(item.item()) + "  " + item.item().getTitle()
								+ "  (" + item.explanation().oneLine() + ")");
					}
				}
			}
			return ExitCodes.OK;
		}

		/** The scope the coverage assumes, said before the figures so that "not addressed" is read against it. */
		private static String scope(List<SystemAnalysis> analyses, int catalogs) {
			String methods = String.join(", ", analyses.stream().map(a -> a.method().getName()
					+ (a.method().getVersion() != null ? " " + a.method().getVersion() : "")).distinct().sorted().toList());
			List<String> unscoped = analyses.stream().filter(a -> a.system().getSectors().isEmpty()).map(a -> a.system().getName()).toList();
			String sectors = String.join("; ", analyses.stream().filter(a -> !a.system().getSectors().isEmpty())
					.map(a -> a.system().getName() + " " + literals(a.system().getSectors())).toList());
			return "Scope assumed: of the " + catalogs + " loaded catalogs, an item applies to a system when the sectors of the item "
					+ "(or of its catalog) include one the system serves; " + (sectors.isEmpty() ? "" : "sectors stated: " + sectors + "; ")
					+ (unscoped.isEmpty() ? "" : "systems that state no sector take every catalog (" + String.join(", ", unscoped) + "); ")
					+ "an item is in scope when it also serves a viewpoint that the method (" + (methods.isEmpty() ? "none" : methods)
					+ ") requires for a risk on a kind of element the item names (any kind when it names none) and it is not informative. "
					+ "\"Not addressed\" means no measure satisfies the item or an item mapped to it: an open item for the chosen method, "
					+ "not a defect.";
		}
	}

	private static String literals(List<? extends Enumerator> literals) {
		return String.join(",", literals.stream().map(Enumerator::getLiteral).toList());
	}

	private static String tags(CatalogItem item) {
		List<String> tags = new ArrayList<>();
		if (!item.getViewpoints().isEmpty()) {
			tags.add(String.join(",", item.getViewpoints().stream().map(NamedElement::getName).toList()));
		}
		if (!item.getRoles().isEmpty()) {
			tags.add(String.join(",", item.getRoles().stream().map(StakeholderRole::getLiteral).toList()));
		}
		if (!item.getScopes().isEmpty()) {
			tags.add("scope " + literals(item.getScopes()));
		}
		if (item.getOrigin() != ItemOrigin.UNSPECIFIED) {
			// the framework's own text, or a public comment's proposal (domain: comments 18-1, 17-11, 20-6, 25-3)
			tags.add(item.getOrigin() == ItemOrigin.PROPOSAL && !item.getComments().isEmpty()
					? "proposal in comment " + String.join(", ", item.getComments()) : item.getOrigin().getLiteral());
		}
		return tags.isEmpty() ? "" : "  [" + String.join("; ", tags) + "]";
	}
}
