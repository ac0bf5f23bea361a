// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis.findings;

import java.util.ArrayList;
import java.util.List;

import org.iotssf.analysis.Finding;
import org.iotssf.analysis.Phrase;
import org.iotssf.analysis.RiskResult;
import org.iotssf.analysis.SafetyLevel;
import org.iotssf.analysis.Severity;

/**
 * The bridge to functional safety (public comment 3-2): risks whose parameters give a safety level that asks
 * for measures of its own (an ASIL above QM, a SIL, a PLr), under a standard the system says applies.
 */
final class SafetyFindings {

	static final String CODE = SystemicFindings.PREFIX + "safetyLevel";

	private SafetyFindings() {
	}

	static List<Finding> find(List<RiskResult> risks) {
		List<Finding> findings = new ArrayList<>();
		for (RiskResult risk : risks) {
			for (SafetyLevel level : risk.safetyLevels()) {
				if (level.needsMeasures()) {
					findings.add(new Finding(CODE, Severity.INFO, "safetyLevel", List.of(risk.risk().getName(), level.value(),
							Phrase.label(level.standard())), risk.risk(), List.of(risk.risk()), level.explanation()));
				}
			}
		}
		return findings;
	}
}
