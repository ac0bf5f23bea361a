// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis.findings;

import java.util.ArrayList;
import java.util.List;

import org.iotssf.analysis.Finding;
import org.iotssf.analysis.RiskResult;
import org.iotssf.analysis.Severity;

/** The SIL/ASIL bridge (public comment 3-2): risks whose ISO 26262 classes give an ASIL above QM. */
final class AsilFindings {

	static final String CODE = SystemicFindings.PREFIX + "asil";

	private AsilFindings() {
	}

	static List<Finding> find(List<RiskResult> risks) {
		List<Finding> findings = new ArrayList<>();
		for (RiskResult risk : risks) {
			if (risk.asil().derivable() && !"QM".equals(risk.asil().value())) {
				findings.add(new Finding(CODE, Severity.INFO, "asil", List.of(risk.risk().getName(), risk.asil().value()), risk.risk(),
						List.of(risk.risk()), risk.asil().explanation()));
			}
		}
		return findings;
	}
}
