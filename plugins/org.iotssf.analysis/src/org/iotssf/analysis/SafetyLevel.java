// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis;

import java.util.ArrayList;
import java.util.List;

import org.iotssf.model.Risk;
import org.iotssf.model.SafetyStandard;
import org.iotssf.model.SystemModel;
import org.iotssf.model.support.SafetyTables;

/**
 * A functional-safety level of a risk under one standard the system says applies (ISO 26262 ASIL,
 * IEC 61508 SIL, ISO 13849-1 PLr), derived from the risk's own parameters by the standard's table
 * ({@link SafetyTables}).
 *
 * @param value "ASIL B", "SIL 2", "PLr d", ..., or null when not derivable
 * @param explanation the parameters and the table, or what is missing
 */
public record SafetyLevel(SafetyStandard standard, String value, Explanation explanation) {

	/** Whether the level could be derived. */
	public boolean derivable() {
		return value != null;
	}

	/** Whether the level asks for safety measures beyond the ordinary (not QM, not SIL '-' or 'a'). */
	public boolean needsMeasures() {
		return derivable() && !SafetyTables.of(standard).quiet(value);
	}

	/** The levels of a risk under every standard its system says applies, in the standards' order. */
	public static List<SafetyLevel> of(Risk risk) {
		SystemModel system = risk.eContainer() instanceof SystemModel s ? s : null;
		if (system == null) {
			return List.of();
		}
		List<SafetyLevel> levels = new ArrayList<>();
		for (SafetyStandard standard : SafetyStandard.VALUES) {
			if (system.getSafetyStandards().contains(standard)) {
				levels.add(derive(risk, standard));
			}
		}
		return levels;
	}

	static SafetyLevel derive(Risk risk, SafetyStandard standard) {
		SafetyTables.Table table = SafetyTables.of(standard);
		Phrase name = Phrase.label(standard);
		List<String> codes = SafetyTables.codes(risk, standard);
		if (codes.isEmpty()) {
			return new SafetyLevel(standard, null, Explanation.of(Explanation.step("safety.none", name)));
		}
		SafetyTables.Reading reading = table.read(codes);
		if (!reading.unknown().isEmpty()) {
			return new SafetyLevel(standard, null, Explanation.of(Explanation.step("safety.unknown", name, codes.get(reading.unknown().get(0)))));
		}
		if (!reading.missing().isEmpty()) {
			return new SafetyLevel(standard, null, Explanation.of(Explanation.step("safety.missing", name, String.join(", ", reading.missing()))));
		}
		List<String> inputs = reading.chosen();
		String value = table.value(inputs).orElse(null);
		if (value == null) {
			return new SafetyLevel(standard, null, Explanation.of(Explanation.step("safety.noRow", name, String.join(" ", inputs))));
		}
		List<Explanation.Step> steps = new ArrayList<>();
		steps.add(Explanation.step("safety.value", name, String.join(" ", inputs), value, table.source()));
		if (!value.contains(" ")) {
			// the risk graph's letters and dash have a meaning of their own
			steps.add(Explanation.step("safety.meaning." + standard.getLiteral() + "." + (value.equals("-") ? "dash" : value)));
		}
		return new SafetyLevel(standard, value, new Explanation(steps));
	}
}
