// SPDX-License-Identifier: EPL-2.0
package org.iotssf.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Set;
import java.util.stream.Collectors;

import org.iotssf.analysis.CoverageStatus;
import org.iotssf.analysis.Finding;
import org.iotssf.analysis.RiskResult;
import org.iotssf.analysis.RiskViewpoint;
import org.iotssf.analysis.SafetyLevel;
import org.iotssf.analysis.Severity;
import org.iotssf.analysis.SystemAnalysis;
import org.iotssf.analysis.output.SourceLocator;
import org.iotssf.model.CatalogItem;
import org.iotssf.model.Evidence;
import org.iotssf.model.Stakeholder;
import org.iotssf.model.Viewpoint;
import org.iotssf.model.support.CatalogItems;
import org.iotssf.model.support.MethodParts;
import org.iotssf.report.svg.Labels;

/** The text sections of a requirement document, as blocks that HTML and Markdown render alike. */
public final class Sections {

	private Sections() {
	}

	public static List<Block> summary(SystemAnalysis a, Messages m) {
		List<Block> blocks = new ArrayList<>();
		Map<String, Integer> cells = new LinkedHashMap<>();
		a.risks().forEach(r -> cells.merge(r.cell() == null ? m.get("notRated") : Labels.cell(r.cell(), m), 1, Integer::sum));
		blocks.add(new Block.Table(List.of(Labels.cellHeader(MethodParts.axes(a.method()), m), m.get("col.risks")),
				cells.entrySet().stream().map(e -> List.of(e.getKey(), e.getValue().toString())).toList()));
		List<List<String>> viewpoints = new ArrayList<>();
		for (Viewpoint v : MethodParts.viewpoints(a.method())) {
			List<RiskViewpoint> required = a.risks().stream().flatMap(r -> r.viewpoints().stream())
					.filter(x -> x.requirement().name().equals(v.getName())).toList();
			if (!required.isEmpty()) {
				String strongest = required.stream().map(x -> Labels.strength(x.requirement(), m)).distinct()
						.reduce((x, y) -> x + ", " + y).orElse("");
				long covered = required.stream().filter(x -> x.coverage() == CoverageStatus.COVERED).count();
				viewpoints.add(List.of(v.getName() + " " + Labels.of(v, m), strongest, Integer.toString(required.size()), Long.toString(covered)));
			}
		}
		blocks.add(new Block.Paragraph(m.get("summary.viewpoints", a.method().getName())));
		blocks.add(new Block.Table(List.of(m.get("col.viewpoint"), m.get("col.strength"), m.get("col.risks"), m.get("col.covered")), viewpoints));
		long gaps = a.coverage().stream().filter(f -> f.severity() != Severity.INFO).count();
		long warnings = a.findings().stream().filter(f -> f.severity() != Severity.INFO).count();
		blocks.add(new Block.Paragraph(m.get("summary.counts", a.risks().size(), a.usages().size(), a.elements().size(), gaps, warnings)));
		List<String> minimis = new ArrayList<>();
		for (RiskResult r : a.risks()) {
			if (r.minimis() != null) {
				minimis.add(Labels.named(r.risk()) + ": " + r.minimis().text(m.language()));
			}
		}
		if (!minimis.isEmpty()) {
			blocks.add(new Block.Heading(m.get("summary.deMinimis", a.method().getName())));
			blocks.add(new Block.Items(minimis));
		}
		List<String> top = a.findings().stream().filter(f -> f.severity() != Severity.INFO).limit(5).map(f -> f.message(m.language())).toList();
		if (!top.isEmpty()) {
			blocks.add(new Block.Heading(m.get("summary.top")));
			blocks.add(new Block.Items(top));
		}
		return blocks;
	}

	/** Per stakeholder and viewpoint: the risks it carries, the strength, coverage, evidence and catalog items. */
	public static List<Block> stakeholders(SystemAnalysis a, Messages m) {
		Map<Stakeholder, Map<String, List<List<String>>>> rows = new LinkedHashMap<>();
		Map<CatalogItem, Set<String>> itemViewpoints = new HashMap<>();
		a.system().getStakeholders().forEach(s -> rows.put(s, new LinkedHashMap<>()));
		List<String> uncarried = new ArrayList<>();
		for (RiskResult r : a.risks()) {
			for (RiskViewpoint rv : r.viewpoints()) {
				if (rv.stakeholders().isEmpty()) {
					uncarried.add(Labels.named(r.risk()) + ": " + Labels.requirement(rv.requirement(), m));
				}
				for (Stakeholder s : rv.stakeholders()) {
					rows.computeIfAbsent(s, k -> new LinkedHashMap<>()).computeIfAbsent(rv.requirement().name(), k -> new ArrayList<>())
							.add(List.of(Labels.named(r.risk()), Labels.cell(r.cell(), m), Labels.strength(rv.requirement(), m),
									m.get(rv.agreed() ? "agreed.yes" : "agreed.no"), rv.coverage().label(m.language()),
									evidence(rv, m), items(r, rv.requirement().name(), s, itemViewpoints, m)));
				}
			}
		}
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Block.Paragraph(m.get("stakeholders.caption", a.method().getName())));
		for (Map.Entry<Stakeholder, Map<String, List<List<String>>>> e : rows.entrySet()) {
			if (e.getValue().isEmpty()) {
				continue;
			}
			Stakeholder s = e.getKey();
			blocks.add(new Block.Heading(Labels.named(s) + (s.getRoles().isEmpty() ? "" : " — " + Labels.terms(s.getRoles(), m))));
			for (Viewpoint v : MethodParts.viewpoints(a.method())) {
				List<List<String>> table = e.getValue().get(v.getName());
				if (table != null) {
					blocks.add(new Block.Paragraph(m.get("stakeholder.viewpoint", v.getName(), Labels.of(v, m))));
					blocks.add(new Block.Table(List.of(m.get("col.risk"), Labels.cellHeader(MethodParts.axes(a.method()), m), m.get("col.strength"), m.get("col.agreed"),
							m.get("col.coverage"), m.get("col.evidence"), m.get("col.items")), table));
				}
			}
		}
		if (!uncarried.isEmpty()) {
			blocks.add(new Block.Heading(m.get("stakeholder.nobody")));
			blocks.add(new Block.Items(uncarried));
		}
		return blocks;
	}

	/**
	 * The functional-safety levels (comment 3-2) under each standard the system says applies: derived ones in a
	 * table, and how many risks have none, with why; a note when the system names no standard.
	 */
	public static List<Block> safety(SystemAnalysis a, Messages m) {
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Block.Heading(m.get("safety.title")));
		if (a.system().getSafetyStandards().isEmpty()) {
			blocks.add(new Block.Paragraph(m.get("safety.noStandard")));
			return blocks;
		}
		List<List<String>> rows = new ArrayList<>();
		Map<String, Long> notDerivable = new LinkedHashMap<>();
		for (RiskResult r : a.risks()) {
			for (SafetyLevel level : r.safetyLevels()) {
				if (level.derivable()) {
					rows.add(List.of(Labels.named(r.risk()), Labels.term(level.standard(), m), level.value(),
							level.explanation().oneLine(m.language())));
				} else {
					notDerivable.merge(Labels.term(level.standard(), m), 1L, Long::sum);
				}
			}
		}
		if (!rows.isEmpty()) {
			blocks.add(new Block.Table(List.of(m.get("col.risk"), m.get("col.standard"), m.get("col.safetyLevel"), m.get("col.why")), rows));
		}
		notDerivable.forEach((standard, count) -> blocks.add(new Block.Paragraph(m.get("safety.notDerivable", count, standard))));
		return blocks;
	}

	public static List<Block> findings(List<Finding> findings, SourceLocator locator, Messages m) {
		if (findings.isEmpty()) {
			return List.of(new Block.Paragraph(m.get("none")));
		}
		List<List<String>> rows = new ArrayList<>();
		for (Finding f : findings) {
			SourceLocator.Location at = locator.locate(f.location());
			rows.add(List.of(m.get("severity." + f.severity().label()), f.message(m.language()), f.code(), f.explanation().oneLine(m.language()),
					at == null ? "" : at.toString()));
		}
		return List.of(new Block.Table(List.of(m.get("col.severity"), m.get("col.finding"), m.get("col.code"), m.get("col.why"),
				m.get("col.location")), rows));
	}

	/** Every result's explanation, in the document's language. */
	public static List<Block> explanations(SystemAnalysis a, Messages m) {
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Block.Heading(m.get("appendix.explanations")));
		List<String> why = new ArrayList<>();
		for (RiskResult r : a.risks()) {
			why.add(r.risk().getName() + ": " + r.explanation().oneLine(m.language()));
			r.viewpoints().forEach(v -> why.add(r.risk().getName() + " " + v.requirement().name() + ": " + v.explanation().oneLine(m.language())));
		}
		a.usages().forEach(u -> why.add(u.usage().getName() + ": " + u.explanation().oneLine(m.language())));
		a.elements().forEach(e -> why.add(e.element().getName() + ": " + e.explanation().oneLine(m.language())));
		blocks.add(new Block.Items(why));
		return blocks;
	}

	private static String evidence(RiskViewpoint rv, Messages m) {
		List<String> texts = new ArrayList<>();
		rv.measures().forEach(measure -> {
			for (Evidence e : measure.getEvidence()) {
				texts.add(measure.getName() + ": " + Assessment.evidence(e, m));
			}
			if (measure.getEvidence().isEmpty()) {
				texts.add(measure.getName());
			}
		});
		return String.join("; ", texts);
	}

	/** Candidate catalog items of the risk for this viewpoint and the stakeholder's roles, in the analysis's ranking: six, then "+N more". */
	private static String items(RiskResult r, String viewpoint, Stakeholder s, Map<CatalogItem, Set<String>> itemViewpoints, Messages m) {
		List<String> keys = new ArrayList<>();
		int more = 0;
		for (CatalogItem item : r.candidateItems()) {
			Set<String> viewpoints = itemViewpoints.computeIfAbsent(item,
					i -> i.getViewpoints().stream().map(Viewpoint::getName).collect(Collectors.toSet()));
			if (!viewpoints.contains(viewpoint) || !servesRoles(item, s)) {
				continue;
			}
			if (keys.size() < 6) {
				keys.add(CatalogItems.key(item));
			} else {
				more++;
			}
		}
		return String.join(", ", keys) + (more > 0 ? m.get("items.more", more) : "");
	}

	private static boolean servesRoles(CatalogItem item, Stakeholder s) {
		if (item.getRoles().isEmpty()) {
			return true;
		}
		for (var role : item.getRoles()) {
			if (s.getRoles().contains(role)) {
				return true;
			}
		}
		return false;
	}
}
