// SPDX-License-Identifier: EPL-2.0
package org.iotssf.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.iotssf.analysis.Cell;
import org.iotssf.analysis.Categorization;
import org.iotssf.analysis.ElementResult;
import org.iotssf.analysis.Finding;
import org.iotssf.analysis.Policy;
import org.iotssf.analysis.RatedLevel;
import org.iotssf.analysis.RiskResult;
import org.iotssf.analysis.RiskViewpoint;
import org.iotssf.analysis.SystemAnalysis;
import org.iotssf.analysis.UsageResult;
import org.iotssf.analysis.output.SourceLocator;
import org.iotssf.model.Axis;
import org.iotssf.model.Level;
import org.iotssf.model.Likelihood;
import org.iotssf.model.Stakeholder;
import org.iotssf.model.Usage;
import org.iotssf.model.support.MethodParts;
import org.iotssf.report.svg.Labels;

/**
 * The content of the run's workbook, independent of any spreadsheet library: sheets of text cells with
 * a header row, and the columns whose cells are chosen from a list (the method's levels of an axis).
 * Every cell is text: nothing a model says is ever read as a formula.
 */
public record Workbook(List<Sheet> sheets) {

	public Workbook {
		sheets = List.copyOf(sheets);
	}

	/**
	 * One sheet. {@code choices} maps a column index to the values its cells are chosen from (the
	 * drop-down list of a rating).
	 */
	public record Sheet(String name, List<String> header, List<List<String>> rows, Map<Integer, List<String>> choices) {
		public Sheet {
			header = List.copyOf(header);
			rows = rows.stream().map(List::copyOf).toList();
			choices = Map.copyOf(choices);
		}
	}

	/** The workbook of a run: risk register, categorization result, requirements per stakeholder, open items, findings. */
	public static Workbook of(List<SystemAnalysis> analyses, Messages m, SourceLocator locator) {
		List<Axis> axes = axes(analyses);
		return new Workbook(List.of(risks(analyses, axes, m), categorization(analyses, axes, m), stakeholders(analyses, m),
				findings(m.get("xlsx.sheet.open"), analyses, true, locator, m), findings(m.get("xlsx.sheet.findings"), analyses, false, locator, m)));
	}

	/** The axes of the first system's method; a run whose systems use methods of other axes names them by axis name. */
	private static List<Axis> axes(List<SystemAnalysis> analyses) {
		return analyses.isEmpty() ? List.of() : MethodParts.axes(analyses.get(0).method());
	}

	private static Sheet risks(List<SystemAnalysis> analyses, List<Axis> axes, Messages m) {
		List<String> header = new ArrayList<>(List.of(m.get("csv.system"), m.get("col.risk"), m.get("csv.title"), m.get("csv.usage"),
				m.get("csv.element"), m.get("csv.function"), m.get("csv.impacts")));
		Map<Integer, List<String>> choices = new TreeMap<>();
		for (int i = 0; i < axes.size(); i++) {
			choices.put(header.size(), levels(analyses, axes.get(i).getName(), m));
			header.add(Labels.axis(axes.get(i), i + 1, m));
		}
		header.addAll(List.of(m.get("csv.likelihood"), m.get("csv.deMinimis"), m.get("col.requiredShort"), m.get("col.coverage"),
				m.get("csv.stakeholders"), m.get("csv.rationale")));
		List<List<String>> rows = new ArrayList<>();
		for (SystemAnalysis a : analyses) {
			for (RiskResult r : a.risks()) {
				List<String> row = new ArrayList<>(List.of(a.system().getName(), r.risk().getName(), orEmpty(r.risk().getTitle()),
						name(r.risk().getUsage()), name(r.risk().getElement()), orEmpty(r.risk().getFunction()),
						Labels.terms(r.risk().getImpacts(), m)));
				for (Axis axis : axes) {
					RatedLevel level = r.cell() == null ? null : r.cell().on(axis.getName());
					row.add(level == null ? "" : Labels.levelName(level, m));
				}
				row.add(r.risk().getLikelihood() == null || r.risk().getLikelihood() == Likelihood.UNSPECIFIED ? ""
						: Labels.term(r.risk().getLikelihood(), m));
				row.add(m.get(r.deMinimis() ? "csv.yes" : "csv.no"));
				row.add(Labels.join(r.viewpoints().stream().map(v -> Labels.requirement(v.requirement(), m)).toList(), m));
				row.add(Labels.join(r.viewpoints().stream().map(v -> v.requirement().name() + " " + v.coverage().label(m.language())).toList(), m));
				row.add(Labels.join(r.viewpoints().stream().map(v -> v.requirement().name() + " "
						+ String.join(" ", v.stakeholders().stream().map(Stakeholder::getName).toList())).toList(), m));
				row.add(orEmpty(r.risk().getRationale()));
				rows.add(row);
			}
		}
		return new Sheet(m.get("xlsx.sheet.risks"), header, rows, choices);
	}

	/** The level names of an axis, in order, over the methods of the run (a drop-down list). */
	private static List<String> levels(List<SystemAnalysis> analyses, String axis, Messages m) {
		Set<String> names = new LinkedHashSet<>();
		for (SystemAnalysis a : analyses) {
			Axis own = MethodParts.find(MethodParts.axes(a.method()), axis);
			if (own != null) {
				for (Level level : own.getLevels()) {
					names.add(m.japanese() ? Labels.of(level, m) : level.getName());
				}
			}
		}
		return List.copyOf(names);
	}

	private static Sheet categorization(List<SystemAnalysis> analyses, List<Axis> axes, Messages m) {
		List<String> header = new ArrayList<>(List.of(m.get("csv.system"), m.get("col.subject"), m.get("col.usage")));
		for (int i = 0; i < axes.size(); i++) {
			header.add(Labels.axis(axes.get(i), i + 1, m));
		}
		header.addAll(List.of(m.get("col.requiredShort"), m.get("col.environment")));
		List<List<String>> rows = new ArrayList<>();
		for (SystemAnalysis a : analyses) {
			Policy policy = new Policy(a.method());
			for (UsageResult u : a.usages()) {
				rows.add(categorized(a, m.get("subject.usage"), u.usage(), u.cell(), u.categorization(), axes, m));
			}
			for (ElementResult e : a.elements()) {
				for (ElementResult.PerUsage p : e.perUsage()) {
					rows.add(categorized(a, e.element().getName(), p.usage(), p.cell(), p.cell() == null ? null : policy.categorize(p.cell(), e.element()), axes, m));
				}
			}
		}
		return new Sheet(m.get("xlsx.sheet.categorization"), header, rows, Map.of());
	}

	private static List<String> categorized(SystemAnalysis a, String subject, Usage usage, Cell cell, Categorization c, List<Axis> axes,
			Messages m) {
		List<String> row = new ArrayList<>(List.of(a.system().getName(), subject, name(usage)));
		for (Axis axis : axes) {
			RatedLevel level = cell == null ? null : cell.on(axis.getName());
			row.add(level == null ? "" : Labels.levelName(level, m));
		}
		row.add(cell == null ? m.get("categorization.noRisk") : c.deMinimis() ? m.get("deMinimis")
				: Labels.join(c.requirements().stream().map(q -> Labels.requirement(q, m)).toList(), m));
		row.add(usage == null ? "" : orEmpty(usage.getEnvironment()));
		return row;
	}

	private static Sheet stakeholders(List<SystemAnalysis> analyses, Messages m) {
		List<String> header = List.of(m.get("csv.system"), m.get("xlsx.stakeholder"), m.get("xlsx.roles"), m.get("col.viewpoint"), m.get("col.risk"),
				m.get("col.strength"), m.get("col.agreed"), m.get("col.coverage"), m.get("col.measure"));
		List<List<String>> rows = new ArrayList<>();
		for (SystemAnalysis a : analyses) {
			for (Stakeholder s : a.system().getStakeholders()) {
				for (RiskResult r : a.risks()) {
					for (RiskViewpoint v : r.viewpoints()) {
						if (v.stakeholders().contains(s)) {
							rows.add(List.of(a.system().getName(), s.getName(), Labels.terms(s.getRoles(), m), v.requirement().name(), r.risk().getName(),
									Labels.strength(v.requirement(), m), m.get(v.agreed() ? "agreed.yes" : "agreed.no"),
									v.coverage().label(m.language()), Labels.join(v.measures().stream().map(x -> x.getName()).toList(), m)));
						}
					}
				}
			}
		}
		return new Sheet(m.get("xlsx.sheet.stakeholders"), header, rows, Map.of());
	}

	private static Sheet findings(String name, List<SystemAnalysis> analyses, boolean coverage, SourceLocator locator, Messages m) {
		List<String> header = List.of(m.get("csv.system"), m.get("col.severity"), m.get("col.finding"), m.get("col.code"), m.get("col.why"),
				m.get("col.location"));
		List<List<String>> rows = new ArrayList<>();
		for (SystemAnalysis a : analyses) {
			for (Finding f : coverage ? a.coverage() : a.findings()) {
				SourceLocator.Location at = locator.locate(f.location());
				rows.add(List.of(a.system().getName(), m.get("severity." + f.severity().label()), f.message(m.language()), f.code(),
						f.explanation().oneLine(m.language()), at == null ? "" : at.toString()));
			}
		}
		return new Sheet(name, header, rows, Map.of());
	}


	private static String name(org.iotssf.model.NamedElement object) {
		return object == null ? "" : object.getName();
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}
}
