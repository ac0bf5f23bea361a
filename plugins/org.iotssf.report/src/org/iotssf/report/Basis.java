// SPDX-License-Identifier: EPL-2.0
package org.iotssf.report;

import java.util.ArrayList;
import java.util.List;

import org.iotssf.analysis.Categorization;
import org.iotssf.analysis.Cell;
import org.iotssf.analysis.Policy;
import org.iotssf.analysis.RatedLevel;
import org.iotssf.analysis.SystemAnalysis;
import org.iotssf.model.Axis;
import org.iotssf.model.Confirmation;
import org.iotssf.model.DeMinimisRule;
import org.iotssf.model.Level;
import org.iotssf.model.Method;
import org.iotssf.model.PolicyRule;
import org.iotssf.model.RoleAllocation;
import org.iotssf.model.Strength;
import org.iotssf.model.Viewpoint;
import org.iotssf.model.support.MethodParts;
import org.iotssf.report.svg.Labels;

/**
 * On what basis the document assesses: which parts are the framework's (IoT-SSF 1.0) and which the
 * chosen method's, said plainly at the start; and, in the appendix, the method's whole content with
 * its policy table, so a reader can check every result against it.
 */
public final class Basis {

	/** Beyond this many cells the policy table is not drawn (a method of many axes and levels). */
	static final int MAX_POLICY_CELLS = 400;

	private Basis() {
	}

	/** The framework's parts and the method's parts, and what "required" means in this document. */
	public static List<Block> about(SystemAnalysis a, Messages m) {
		String method = Labels.method(a.method(), m);
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Block.Paragraph(m.get("about.intro", method, a.asOf())));
		List<List<String>> rows = new ArrayList<>();
		for (String part : List.of("axes", "viewpoints", "usage", "layers")) {
			rows.add(List.of(m.get("about.part." + part), m.get("about.framework")));
		}
		for (String part : List.of("levels", "policy", "strengths", "confirmation", "deMinimis", "allocation", "aggregation")) {
			rows.add(List.of(m.get("about.part." + part), m.get("about.method", method)));
		}
		blocks.add(new Block.Table(List.of(m.get("col.part"), m.get("col.whose")), rows));
		blocks.add(new Block.Paragraph(m.get("about.notPrescriptive", a.method().getName())));
		return blocks;
	}

	/** The method: axes and levels, viewpoints, forms of confirmation, the whole policy table, rules, de minimis, allocation. */
	public static List<Block> method(SystemAnalysis a, Messages m) {
		Method method = a.method();
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Block.Heading(m.get("appendix.method", Labels.method(method, m))));
		if (method.getDescription() != null && !m.japanese()) {
			blocks.add(new Block.Paragraph(method.getDescription()));
		}
		List<Axis> axes = MethodParts.axes(method);
		List<List<String>> levels = new ArrayList<>();
		for (int i = 0; i < axes.size(); i++) {
			for (Level level : axes.get(i).getLevels()) {
				String description = Labels.description(level, m);
				levels.add(List.of(Labels.axis(axes.get(i), i + 1, m), Labels.level(level, m), description == null ? "" : description));
			}
		}
		blocks.add(new Block.Paragraph(m.get("appendix.levels")));
		blocks.add(new Block.Table(List.of(m.get("col.axis"), m.get("col.level"), m.get("col.description")), levels));
		List<List<String>> viewpoints = new ArrayList<>();
		for (Viewpoint v : MethodParts.viewpoints(method)) {
			viewpoints.add(List.of(v.getName(), Labels.of(v, m), roles(method, v, m)));
		}
		blocks.add(new Block.Paragraph(m.get("appendix.viewpoints")));
		blocks.add(new Block.Table(List.of(m.get("col.viewpoint"), m.get("col.label"), m.get("col.allocation")), viewpoints));
		List<List<String>> strengths = new ArrayList<>();
		for (Strength s : MethodParts.strengths(method)) {
			String description = Labels.description(s, m);
			strengths.add(List.of(Labels.of(s, m), Labels.terms(s.getEvidenceKinds(), m), description == null ? "" : description));
		}
		if (!strengths.isEmpty()) {
			blocks.add(new Block.Paragraph(m.get("appendix.strengths")));
			blocks.add(new Block.Table(List.of(m.get("col.strength"), m.get("col.accepts"), m.get("col.description")), strengths));
		}
		List<List<String>> confirmations = new ArrayList<>();
		for (Confirmation c : MethodParts.confirmations(method)) {
			if (c.getViewpoint() != null && !c.getViewpoint().eIsProxy()) {
				confirmations.add(List.of(c.getViewpoint().getName(), Labels.terms(c.getEvidenceKinds(), m),
						c.getStages().isEmpty() ? m.get("appendix.anyStage")
								: Labels.join(c.getStages().stream().map(st -> Labels.of(st, m)).toList(), m)));
			}
		}
		if (!confirmations.isEmpty()) {
			blocks.add(new Block.Paragraph(m.get("appendix.confirmations")));
			blocks.add(new Block.Table(List.of(m.get("col.viewpoint"), m.get("col.confirmedBy"), m.get("col.stages")), confirmations));
		}
		List<String> required = MethodParts.requiredStages(method).stream().map(st -> Labels.of(st, m)).toList();
		if (!required.isEmpty()) {
			blocks.add(new Block.Paragraph(m.get("appendix.requiredStages", Labels.join(required, m))));
		}
		blocks.addAll(policyTable(method, axes, m));
		List<String> rules = new ArrayList<>();
		for (PolicyRule rule : MethodParts.rules(method)) {
			rules.add(m.get("appendix.rule", rule.getName() == null ? "—" : rule.getName(), conditions(rule.getConditions(), m),
					Labels.join(rule.getRequirements().stream()
							.filter(r -> r.getViewpoint() != null)
							.map(r -> org.iotssf.analysis.Requirement.phrase(r.getViewpoint(), r.getStrength()).in(m.language())).toList(), m)));
		}
		DeMinimisRule deMinimis = MethodParts.deMinimis(method);
		if (deMinimis != null) {
			rules.add(m.get("appendix.deMinimis", conditions(deMinimis.getConditions(), m)));
		}
		rules.add(m.get("appendix.aggregation", Labels.term(MethodParts.aggregation(method), m)));
		blocks.add(new Block.Paragraph(m.get("appendix.rules")));
		blocks.add(new Block.Items(rules));
		return blocks;
	}

	/** Every cell of the grid with what the method requires there (the method's policy, applied). */
	private static List<Block> policyTable(Method method, List<Axis> axes, Messages m) {
		long size = 1;
		for (Axis axis : axes) {
			size *= Math.max(1, axis.getLevels().size());
		}
		if (axes.isEmpty() || size > MAX_POLICY_CELLS) {
			return List.of();
		}
		Policy policy = new Policy(method);
		List<List<RatedLevel>> cells = new ArrayList<>();
		cells.add(List.of());
		for (Axis axis : axes) {
			List<List<RatedLevel>> next = new ArrayList<>();
			for (List<RatedLevel> prefix : cells) {
				for (Level level : axis.getLevels()) {
					List<RatedLevel> cell = new ArrayList<>(prefix);
					cell.add(policy.rated(axis, level.getName()));
					next.add(cell);
				}
			}
			cells = next;
		}
		List<String> header = new ArrayList<>();
		for (int i = 0; i < axes.size(); i++) {
			header.add(Labels.axis(axes.get(i), i + 1, m));
		}
		header.add(m.get("col.required", method.getName()));
		List<List<String>> rows = new ArrayList<>();
		for (List<RatedLevel> levels : cells) {
			Categorization c = policy.categorize(new Cell(levels));
			List<String> row = new ArrayList<>(levels.stream().map(l -> Labels.level(l, m)).toList());
			row.add(c.deMinimis() ? m.get("deMinimis") : c.requirements().isEmpty() ? m.get("categorization.nothing")
					: Labels.join(c.requirements().stream().map(q -> Labels.requirement(q, m)).toList(), m));
			rows.add(row);
		}
		return List.of(new Block.Paragraph(m.get("appendix.policy", method.getName())), new Block.Table(header, rows));
	}

	private static String conditions(List<org.iotssf.model.CellCondition> conditions, Messages m) {
		return Policy.conditions(conditions.stream().filter(c -> c.getAxis() != null && c.getLevel() != null).toList()).in(m.language());
	}

	private static String roles(Method method, Viewpoint v, Messages m) {
		List<String> roles = new ArrayList<>();
		for (RoleAllocation allocation : MethodParts.roleAllocations(method)) {
			if (allocation.getViewpoint() != null && v.getName().equals(allocation.getViewpoint().getName())) {
				allocation.getRoles().forEach(r -> roles.add(Labels.term(r, m)));
			}
		}
		return Labels.join(roles, m);
	}
}
