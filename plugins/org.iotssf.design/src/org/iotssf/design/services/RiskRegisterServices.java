// SPDX-License-Identifier: EPL-2.0
package org.iotssf.design.services;

import java.util.List;
import java.util.stream.Collectors;

import org.iotssf.model.Axis;
import org.iotssf.model.AxisRating;
import org.iotssf.model.IotssfFactory;
import org.iotssf.model.Level;
import org.iotssf.model.Risk;

/**
 * The risk register: one line per risk, the rating on each axis (edited with the method's level names), the
 * resulting category and the viewpoints its method requires.
 */
public class RiskRegisterServices {

	/** The level the risk is rated at on the method's axis of that index, or "" when unrated. */
	public String levelOn(Risk risk, int axisIndex) {
		Axis axis = axis(risk, axisIndex);
		return risk.getRatings().stream().filter(r -> r.getAxis() == axis && r.getLevel() != null).findFirst()
				.map(r -> r.getLevel().getName()).orElse("");
	}

	/** Rates the risk on the axis of that index at the named level; an unknown level name changes nothing. */
	public Risk rate(Risk risk, int axisIndex, String levelName) {
		Axis axis = axis(risk, axisIndex);
		if (axis == null) {
			return risk;
		}
		Level level = axis.getLevels().stream().filter(l -> l.getName().equals(levelName == null ? "" : levelName.trim()))
				.findFirst().orElse(null);
		if (level == null) {
			return risk;
		}
		AxisRating rating = risk.getRatings().stream().filter(r -> r.getAxis() == axis).findFirst().orElseGet(() -> {
			AxisRating created = IotssfFactory.eINSTANCE.createAxisRating();
			created.setAxis(axis);
			risk.getRatings().add(created);
			return created;
		});
		rating.setLevel(level);
		return risk;
	}

	/** The header of an axis column: "recovery (low, medium, high)". */
	public String axisHeader(Risk risk, int axisIndex) {
		Axis axis = axis(risk, axisIndex);
		return axis == null ? "" : axis.getName() + " (" + axis.getLevels().stream().map(Level::getName).collect(Collectors.joining(", ")) + ")";
	}

	/** Sets the risk's function (the text of its cell). */
	public Risk setFunction(Risk risk, String function) {
		risk.setFunction(function == null || function.isBlank() ? null : function.trim());
		return risk;
	}

	public String cellKey(Risk risk) {
		return Models.result(risk).map(r -> r.cell() == null ? "unrated: " + String.join(", ", r.unratedAxes()) : r.cell().key())
				.orElse("");
	}

	public String requiredViewpointNames(Risk risk) {
		return Models.result(risk).map(r -> r.viewpoints().stream().map(v -> v.requirement().name()).collect(Collectors.joining(" ")))
				.orElse("");
	}

	private static Axis axis(Risk risk, int index) {
		List<Axis> axes = Models.axes(risk);
		return index >= 0 && index < axes.size() ? axes.get(index) : null;
	}
}
