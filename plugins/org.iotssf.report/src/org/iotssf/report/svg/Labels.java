// SPDX-License-Identifier: EPL-2.0
package org.iotssf.report.svg;

import org.iotssf.model.LabeledElement;
import org.iotssf.report.Messages;

/** The label of a method part in the report's language: the Japanese label when asked for and given. */
public final class Labels {

	private Labels() {
	}

	public static String of(LabeledElement part, Messages m) {
		if (m.japanese() && part.getLabelJa() != null) {
			return part.getLabelJa();
		}
		return part.getTitle() != null ? part.getTitle() : part.getName();
	}

	/**
	 * How a required strength reads: its name in English (as the method writes it), its Japanese
	 * label in Japanese; "any" when no strength is required.
	 */
	public static String strength(org.iotssf.analysis.Requirement requirement, Messages m) {
		if (requirement.strength() == null) {
			return m.get("strength.any");
		}
		return m.japanese() ? of(requirement.strength(), m) : requirement.strength().getName();
	}

	/** "low — Easily recoverable". */
	public static String level(LabeledElement level, Messages m) {
		String label = of(level, m);
		return label.equals(level.getName()) ? label : level.getName() + " — " + label;
	}
}
