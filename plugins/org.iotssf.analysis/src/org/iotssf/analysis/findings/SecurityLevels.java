// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis.findings;

import static org.iotssf.analysis.Explanation.step;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.iotssf.analysis.Explanation;
import org.iotssf.analysis.Finding;
import org.iotssf.analysis.Phrase;
import org.iotssf.analysis.Severity;
import org.iotssf.model.Element;
import org.iotssf.model.SecurityLevelKind;
import org.iotssf.model.SecurityLevelVector;
import org.iotssf.model.SystemModel;

/**
 * IEC 62443 security level gaps (public comments 20-7, 24-5): an element whose capability or achieved
 * security level is below the target of its own, or of its domain seen as a zone, on some
 * foundational requirement.
 */
final class SecurityLevels {

	static final String CODE = SystemicFindings.PREFIX + "securityLevelGap";

	private SecurityLevels() {
	}

	static List<Finding> find(SystemModel system) {
		List<Finding> findings = new ArrayList<>();
		for (Element element : system.getElements()) {
			SecurityLevelVector target = vector(element.getSecurityLevels(), SecurityLevelKind.TARGET);
			String zone = null;
			if (target == null && element.getDomain() != null) {
				target = vector(element.getDomain().getSecurityLevels(), SecurityLevelKind.TARGET);
				zone = element.getDomain().getName();
			}
			if (target == null) {
				continue;
			}
			for (SecurityLevelKind kind : List.of(SecurityLevelKind.CAPABILITY, SecurityLevelKind.ACHIEVED)) {
				SecurityLevelVector actual = vector(element.getSecurityLevels(), kind);
				List<String> gaps = actual == null ? List.of() : gaps(actual.getLevels(), target.getLevels());
				if (!gaps.isEmpty()) {
					findings.add(new Finding(CODE, Severity.WARNING, zone == null ? "securityLevelGap.own" : "securityLevelGap.zone",
							List.of(Phrase.term(kind), element.getName(), zone == null ? "" : zone, String.join(", ", gaps)), element, List.of(element), Explanation.of(
									step("sl.actual", Phrase.term(kind), actual.getLevels()),
									zone == null ? step("sl.ownTarget", target.getLevels()) : step("sl.zoneTarget", target.getLevels(), zone),
									step("sl.rule"))));
				}
			}
		}
		return findings;
	}

	private static SecurityLevelVector vector(EList<SecurityLevelVector> vectors, SecurityLevelKind kind) {
		return vectors.stream().filter(v -> v.getKind() == kind && v.getLevels().size() == 7).findFirst().orElse(null);
	}

	private static List<String> gaps(List<Integer> actual, List<Integer> target) {
		List<String> gaps = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			if (actual.get(i) < target.get(i)) {
				gaps.add("FR" + (i + 1) + " (" + actual.get(i) + " < " + target.get(i) + ")");
			}
		}
		return gaps;
	}
}
