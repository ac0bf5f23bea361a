// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis;

import java.util.ArrayList;
import java.util.List;

import org.iotssf.model.IotssfPackage.Literals;
import org.iotssf.model.Risk;

/**
 * The ISO 26262 ASIL of a risk, derived from its severity (S0-S3), exposure (E0-E4) and
 * controllability (C0-C3) only when all three are stated: any class 0 gives QM; otherwise
 * S+E+C = 10 gives D, 9 C, 8 B, 7 A, and less QM.
 *
 * @param value "QM", "A" to "D", or null when not derivable
 * @param explanation the inputs, or what is missing
 */
public record Asil(String value, Explanation explanation) {

	/** Whether the ASIL could be derived. */
	public boolean derivable() {
		return value != null;
	}

	public static Asil of(Risk risk) {
		List<String> missing = new ArrayList<>();
		if (!risk.eIsSet(Literals.RISK__SEVERITY)) {
			missing.add("severity");
		}
		if (!risk.eIsSet(Literals.RISK__EXPOSURE_CLASS)) {
			missing.add("exposure");
		}
		if (!risk.eIsSet(Literals.RISK__CONTROLLABILITY)) {
			missing.add("controllability");
		}
		if (missing.size() == 3) {
			return new Asil(null, Explanation.of(Explanation.step("asil.noClasses")));
		}
		if (!missing.isEmpty()) {
			return new Asil(null, Explanation.of(Explanation.step("asil.missing", String.join(", ", missing))));
		}
		int s = risk.getSeverity();
		int e = risk.getExposureClass();
		int c = risk.getControllability();
		String inputs = "S" + s + " E" + e + " C" + c;
		if (s == 0 || e == 0 || c == 0) {
			return new Asil("QM", Explanation.of(Explanation.step("asil.inputs", inputs), Explanation.step("asil.zero")));
		}
		String value = switch (s + e + c) {
			case 10 -> "D";
			case 9 -> "C";
			case 8 -> "B";
			case 7 -> "A";
			default -> "QM";
		};
		return new Asil(value, Explanation.of(Explanation.step("asil.inputs", inputs), Explanation.step("asil.sum", s + e + c, value)));
	}
}
