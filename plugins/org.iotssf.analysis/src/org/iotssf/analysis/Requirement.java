// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis;

import java.util.List;

import org.iotssf.model.Strength;
import org.iotssf.model.Viewpoint;

/**
 * A viewpoint required by the policy for a cell, with the strongest strength any matching rule asks
 * for (null: no strength stated, any evidence confirms it) and the rules that require it.
 */
public record Requirement(Viewpoint viewpoint, Strength strength, List<String> rules) {

	public Requirement {
		rules = List.copyOf(rules);
	}

	/** The viewpoint's name, for example "V1". */
	public String name() {
		return viewpoint.getName();
	}

	/** The strength's name, or "any". */
	public String strengthName() {
		return strength == null ? "any" : strength.getName();
	}
}
