// SPDX-License-Identifier: EPL-2.0
package org.iotssf.design.services;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.iotssf.analysis.Cell;
import org.iotssf.analysis.SystemAnalysis;
import org.iotssf.model.Axis;
import org.iotssf.model.Level;
import org.iotssf.model.SystemModel;

/**
 * The categorization map (the framework's Figure 5): the levels of the method's first axis as lines, of its
 * second as columns; each cell lists the risks, usages and elements whose category it is.
 */
public class CategorizationServices {

	public List<Level> firstAxisLevels(SystemModel system) {
		List<Axis> axes = Models.axes(system);
		return axes.isEmpty() ? List.of() : List.copyOf(axes.get(0).getLevels());
	}

	public List<Level> secondAxisLevels(SystemModel system) {
		List<Axis> axes = Models.axes(system);
		return axes.size() < 2 ? List.of() : List.copyOf(axes.get(1).getLevels());
	}

	/** The levels of the second axis of the method a level belongs to: the cells of one line. */
	public List<Level> otherAxisLevels(Level level) {
		if (!(level.eContainer() instanceof Axis axis) || !(axis.eContainer() instanceof org.iotssf.model.Method method)) {
			return List.of();
		}
		List<Axis> axes = org.iotssf.model.support.MethodParts.axes(method);
		return axes.size() < 2 || axes.indexOf(axis) != 0 ? List.of() : List.copyOf(axes.get(1).getLevels());
	}

	/** "low (Easily recoverable)". */
	public String levelLabel(Level level) {
		return level.getName() + (level.getTitle() != null ? " (" + level.getTitle() + ")" : "");
	}

	/** What the system places in the cell of two levels: "Risks: A, B · Usages: U · Elements: E", or "". */
	public String placedIn(Level first, Level second, SystemModel system) {
		SystemAnalysis analysis = Models.analysis(system).orElse(null);
		if (analysis == null) {
			return "";
		}
		List<String> parts = new ArrayList<>();
		add(parts, "Risks", analysis.risks().stream().filter(r -> at(r.cell(), first, second)).map(r -> r.risk().getName()).toList());
		add(parts, "Usages", analysis.usages().stream().filter(u -> at(u.cell(), first, second)).map(u -> u.usage().getName()).toList());
		add(parts, "Elements", analysis.elements().stream()
				.flatMap(e -> e.perUsage().stream().filter(u -> at(u.cell(), first, second))
						.map(u -> e.element().getName() + (e.perUsage().size() > 1 ? " in " + u.usage().getName() : "")))
				.toList());
		return String.join(" · ", parts);
	}

	private static boolean at(Cell cell, Level first, Level second) {
		return cell != null && cell.levels().size() >= 2 && cell.levels().get(0).level().equals(first.getName())
				&& cell.levels().get(1).level().equals(second.getName());
	}

	private static void add(List<String> parts, String what, List<String> names) {
		if (!names.isEmpty()) {
			parts.add(what + ": " + names.stream().collect(Collectors.joining(", ")));
		}
	}
}
