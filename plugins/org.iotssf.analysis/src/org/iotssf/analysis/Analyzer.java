// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.iotssf.analysis.findings.SystemicFindings;
import org.iotssf.model.AggregationKind;
import org.iotssf.model.Catalog;
import org.iotssf.model.CatalogItem;
import org.iotssf.model.Element;
import org.iotssf.model.ElementKind;
import org.iotssf.model.ItemStatus;
import org.iotssf.model.Method;
import org.iotssf.model.Risk;
import org.iotssf.model.Sector;
import org.iotssf.model.SystemModel;
import org.iotssf.model.Usage;
import org.iotssf.model.support.CatalogItems;
import org.iotssf.model.support.MethodParts;
import org.iotssf.model.support.Instances;

/**
 * The framework's engine: categorizes every risk of a system with its method, derives usage and
 * element cells, the viewpoints required, who carries them and how far measures cover them, and the
 * systemic findings. Works on the EMF model alone; every result carries its explanation.
 */
public final class Analyzer {

	private Analyzer() {
	}

	/**
	 * Analyzes one system.
	 *
	 * @param method the system's method (its own, or the default one when it names none)
	 * @param asOf the date at which evidence must be valid
	 * @param catalogs the catalogs whose items may be proposed for required viewpoints
	 */
	public static SystemAnalysis analyze(SystemModel system, Method method, LocalDate asOf, List<Catalog> catalogs) {
		return analyze(system, method, asOf, catalogs, Population.around(system));
	}

	/**
	 * Analyzes one system among others loaded with it.
	 *
	 * @param population every system loaded together, for products and monocultures across systems
	 */
	public static SystemAnalysis analyze(SystemModel system, Method method, LocalDate asOf, List<Catalog> catalogs,
			Population population) {
		Policy policy = new Policy(method);
		AggregationKind aggregation = MethodParts.aggregation(method);
		Responsibilities responsibilities = new Responsibilities(system, method);
		MeasureCoverage coverage = new MeasureCoverage(system, method, asOf);
		Candidates candidates = new Candidates(catalogs, system.getSectors());
		List<RiskResult> risks = new ArrayList<>();
		for (Risk risk : system.getRisks()) {
			risks.add(RiskAnalysis.analyze(risk, policy, responsibilities, coverage, candidates));
		}
		List<UsageResult> usages = usages(system, policy, aggregation, risks);
		List<ElementResult> elements = elements(system, aggregation, risks);
		List<Finding> gaps = CoverageFindings.find(system, method, risks, responsibilities, coverage);
		List<ProductResult> products = ProductResult.of(system, elements, aggregation, population);
		List<Finding> findings = SystemicFindings.find(system, method, risks, elements, products, population);
		return new SystemAnalysis(system, method, asOf, risks, usages, elements, products, gaps, findings);
	}

	private static List<UsageResult> usages(SystemModel system, Policy policy, AggregationKind aggregation, List<RiskResult> risks) {
		Map<Usage, List<RiskResult>> byUsage = new LinkedHashMap<>();
		risks.forEach(r -> byUsage.computeIfAbsent(r.risk().getUsage(), k -> new ArrayList<>()).add(r));
		List<UsageResult> result = new ArrayList<>();
		for (Usage usage : system.getUsages()) {
			List<RiskResult> own = byUsage.getOrDefault(usage, List.of());
			List<Cell> cells = own.stream().filter(r -> r.cell() != null).map(RiskResult::cell).toList();
			Cell cell = Aggregation.of(aggregation, cells);
			if (cell == null) {
				result.add(new UsageResult(usage, null, null, own.size(), Explanation.of(Explanation.step("usage.noCell", usage.getName()))));
				continue;
			}
			Categorization categorization = policy.categorize(cell);
			Explanation why = Explanation.of(Explanation.step("usage.cell", cell, Aggregation.describe(aggregation), cells.size(),
					namedKeys(own.stream().filter(r -> r.cell() != null).map(r -> Map.entry(r.risk().getName(), r.cell())).toList())));
			result.add(new UsageResult(usage, cell, categorization, own.size(), why.then(categorization.explanation())));
		}
		return result;
	}

	private static List<ElementResult> elements(SystemModel system, AggregationKind aggregation, List<RiskResult> risks) {
		Map<Element, Map<Usage, List<RiskResult>>> byElement = new LinkedHashMap<>();
		for (Usage usage : system.getUsages()) {
			for (Element element : usage.getElements()) {
				byElement.computeIfAbsent(element, k -> new LinkedHashMap<>()).put(usage, new ArrayList<>());
			}
		}
		for (RiskResult risk : risks) {
			// the element the risk is on, and every further element whose function it affects
			Set<Element> on = new LinkedHashSet<>();
			on.add(risk.risk().getElement());
			on.addAll(risk.risk().getAffects());
			for (Element element : on) {
				Map<Usage, List<RiskResult>> usages = byElement.get(element);
				if (usages != null && usages.containsKey(risk.risk().getUsage())) {
					usages.get(risk.risk().getUsage()).add(risk);
				}
			}
		}
		List<ElementResult> result = new ArrayList<>();
		for (Element element : system.getElements()) {
			result.add(element(element, byElement.getOrDefault(element, Map.of()), aggregation));
		}
		return result;
	}

	private static ElementResult element(Element element, Map<Usage, List<RiskResult>> usages, AggregationKind aggregation) {
		List<ElementResult.PerUsage> perUsage = new ArrayList<>();
		List<Cell> cells = new ArrayList<>();
		Set<String> keys = new LinkedHashSet<>();
		for (Map.Entry<Usage, List<RiskResult>> e : usages.entrySet()) {
			List<Cell> own = e.getValue().stream().filter(r -> r.cell() != null).map(RiskResult::cell).toList();
			Cell cell = Aggregation.of(aggregation, own);
			Explanation.Step why = cell == null ? Explanation.step("element.noRisk", element.getName(), e.getKey().getName())
					: Explanation.step("element.cell", cell, Aggregation.describe(aggregation), namedKeys(
							e.getValue().stream().filter(r -> r.cell() != null).map(r -> Map.entry(r.risk().getName(), r.cell())).toList()));
			perUsage.add(new ElementResult.PerUsage(e.getKey(), cell, e.getValue().size(), Explanation.of(why)));
			if (cell != null) {
				cells.add(cell);
				keys.add(cell.key());
			}
		}
		Cell worst = Aggregation.of(aggregation, cells);
		boolean spread = keys.size() > 1;
		Explanation.Step summary = worst == null ? Explanation.step("element.none", element.getName())
				: !spread ? Explanation.step("element.summary", element.getName(), perUsage.size(), worst)
						: Explanation.step("element.spread", element.getName(), perUsage.size(), worst, namedKeys(perUsage.stream()
								.filter(p -> p.cell() != null).map(p -> Map.entry(p.usage().getName(), p.cell())).toList()));
		return new ElementResult(element, perUsage, worst, spread, Explanation.of(summary));
	}

	/** "DosStop low/medium, UnauthorizedLogin low/medium" in English; the cells' Japanese keys ("小/中") in Japanese. */
	static Phrase namedKeys(List<Map.Entry<String, Cell>> named) {
		return Phrase.join(named.stream().map(e -> (Phrase) language -> e.getKey() + " " + e.getValue().key(language)).toList());
	}

	/**
	 * Proposes catalog items for required viewpoints: items in scope for the system's sectors that serve a
	 * required viewpoint, for the element's kind, ranked: items for the element's own kind first, then
	 * by status (mandatory, recommended, conditional, informative), then in catalog order.
	 */
	static final class Candidates {
		private final List<CatalogItem> items;

		Candidates(List<Catalog> catalogs, List<Sector> sectors) {
			items = catalogs.stream().flatMap(c -> c.getItems().stream()).filter(i -> CatalogItems.inScope(i, sectors)).toList();
		}

		/** The candidates of each set of required viewpoints and element kind, made once per analysis. */
		private final Map<List<Object>, List<CatalogItem>> known = new HashMap<>();

		List<CatalogItem> forRisk(Risk risk, List<Requirement> requirements) {
			Set<String> viewpoints = new LinkedHashSet<>(requirements.stream().map(Requirement::name).toList());
			ElementKind kind = risk.getElement() == null ? null : Instances.kind(risk.getElement());
			return known.computeIfAbsent(java.util.Arrays.asList(viewpoints, kind), k -> candidates(viewpoints, kind));
		}

		private List<CatalogItem> candidates(Set<String> viewpoints, ElementKind kind) {
			return items.stream()
					.filter(i -> i.getViewpoints().stream().anyMatch(v -> viewpoints.contains(v.getName())))
					.filter(i -> i.getElementKinds().isEmpty() || kind != null && i.getElementKinds().contains(kind))
					.sorted(Comparator.comparing((CatalogItem i) -> i.getElementKinds().isEmpty())
							.thenComparing(i -> statusRank(i.getStatus())))
					.toList();
		}

		private static int statusRank(ItemStatus status) {
			return switch (status) {
				case MANDATORY -> 0;
				case RECOMMENDED -> 1;
				case CONDITIONAL -> 2;
				default -> 3;
			};
		}
	}
}
