// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.iotssf.model.Catalog;
import org.iotssf.model.CatalogItem;
import org.iotssf.model.CatalogMapping;
import org.iotssf.model.ElementKind;
import org.iotssf.model.ItemStatus;
import org.iotssf.model.MappingRelation;
import org.iotssf.model.Measure;
import org.iotssf.model.Sector;
import org.iotssf.model.support.Instances;
import org.iotssf.model.support.CatalogItems;
import org.iotssf.model.support.Instances;

/**
 * How a model covers each item of each catalog: addressed by a measure that satisfies it, addressed
 * through an equivalent or partial crosswalk mapping from an item a measure satisfies, required (it
 * serves a viewpoint some risk requires, for that risk's kind of element, in a system whose sectors
 * are in the item's scope) but unaddressed, or not applicable (out of scope, not required, informative).
 */
public final class CatalogCoverage {

	/** The coverage of one item. */
	public enum Status {
		ADDRESSED("addressed"), ADDRESSED_VIA_MAPPING("addressedViaMapping"), NOT_ADDRESSED("notAddressed"),
		NOT_APPLICABLE("notApplicable");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** One item's coverage, with the measures (direct) or items (mapped) it comes from. */
	public record Item(CatalogItem item, Status status, List<Measure> measures, List<CatalogItem> via, Explanation explanation) {
	}

	/** One catalog's items, in catalog order. */
	public record Report(Catalog catalog, List<Item> items) {
		public long count(Status status) {
			return items.stream().filter(i -> i.status() == status).count();
		}
	}

	private CatalogCoverage() {
	}

	/** A viewpoint some risk requires, for a kind of element, in a system serving these sectors. */
	private record Need(String viewpoint, ElementKind kind, Set<Sector> sectors) {
	}

	public static List<Report> compute(List<SystemAnalysis> analyses, List<Catalog> catalogs) {
		Map<CatalogItem, List<Measure>> satisfied = new LinkedHashMap<>();
		Set<Need> needs = new LinkedHashSet<>();
		for (SystemAnalysis analysis : analyses) {
			for (Measure measure : analysis.system().getMeasures()) {
				measure.getSatisfies().forEach(i -> satisfied.computeIfAbsent(i, k -> new ArrayList<>()).add(measure));
			}
			Set<Sector> sectors = Set.copyOf(analysis.system().getSectors());
			for (RiskResult risk : analysis.risks()) {
				for (RiskViewpoint v : risk.viewpoints()) {
					needs.add(new Need(v.requirement().name(), risk.risk().getElement() == null ? null
							: Instances.kind(risk.risk().getElement()), sectors));
				}
			}
		}
		Map<CatalogItem, List<CatalogItem>> mappedFrom = mappings(catalogs, satisfied.keySet());
		List<Report> reports = new ArrayList<>();
		for (Catalog catalog : catalogs) {
			List<Item> items = new ArrayList<>();
			for (CatalogItem item : catalog.getItems()) {
				items.add(item(item, satisfied.get(item), mappedFrom.get(item), needs));
			}
			reports.add(new Report(catalog, items));
		}
		return reports;
	}

	private static Item item(CatalogItem item, List<Measure> measures, List<CatalogItem> via, Set<Need> needs) {
		if (measures != null) {
			return new Item(item, Status.ADDRESSED, measures, List.of(), Explanation.of(Explanation.step("catalog.satisfied",
					String.join(", ", measures.stream().map(Measure::getName).toList()))));
		}
		if (via != null) {
			return new Item(item, Status.ADDRESSED_VIA_MAPPING, List.of(), via, Explanation.of(Explanation.step("catalog.mapped",
					String.join(", ", via.stream().map(CatalogCoverage::key).toList()))));
		}
		Set<String> serves = new LinkedHashSet<>();
		Set<String> outOfScope = new LinkedHashSet<>();
		for (var viewpoint : item.getViewpoints()) {
			for (Need need : needs) {
				if (need.viewpoint().equals(viewpoint.getName())
						&& (item.getElementKinds().isEmpty() || item.getElementKinds().contains(need.kind()))) {
					(CatalogItems.inScope(item, need.sectors()) ? serves : outOfScope).add(viewpoint.getName());
				}
			}
		}
		if (item.getStatus() != ItemStatus.INFORMATIVE && !serves.isEmpty()) {
			return new Item(item, Status.NOT_ADDRESSED, List.of(), List.of(), Explanation.of(Explanation.step("catalog.serves", String.join(", ", serves)),
					item.getCondition() != null ? Explanation.step("catalog.unaddressedIf", item.getCondition())
							: Explanation.step("catalog.unaddressed")));
		}
		if (item.getStatus() != ItemStatus.INFORMATIVE && !outOfScope.isEmpty()) {
			return new Item(item, Status.NOT_APPLICABLE, List.of(), List.of(), Explanation.of(Explanation.step("catalog.outOfScope",
					Phrase.join(CatalogItems.scopes(item).stream().map(Phrase::term).toList()), String.join(", ", outOfScope))));
		}
		return new Item(item, Status.NOT_APPLICABLE, List.of(), List.of(), Explanation.of(Explanation.step(item.getStatus() == ItemStatus.INFORMATIVE
				? "catalog.informative" : "catalog.notRequired")));
	}

	/** For each item, the satisfied items that map to it, or that it maps to, as equivalent or partial. */
	private static Map<CatalogItem, List<CatalogItem>> mappings(List<Catalog> catalogs, Set<CatalogItem> satisfied) {
		Map<CatalogItem, List<CatalogItem>> from = new HashMap<>();
		for (Catalog catalog : catalogs) {
			for (CatalogItem item : catalog.getItems()) {
				for (CatalogMapping mapping : item.getMappings()) {
					if (mapping.getRelation() == MappingRelation.RELATED || mapping.getTarget() == null || mapping.getTarget().eIsProxy()) {
						continue;
					}
					if (satisfied.contains(item)) {
						from.computeIfAbsent(mapping.getTarget(), k -> new ArrayList<>()).add(item);
					}
					if (satisfied.contains(mapping.getTarget())) {
						from.computeIfAbsent(item, k -> new ArrayList<>()).add(mapping.getTarget());
					}
				}
			}
		}
		return from;
	}

	/** "en303645:5.3-2". */
	public static String key(CatalogItem item) {
		return CatalogItems.key(item);
	}
}
