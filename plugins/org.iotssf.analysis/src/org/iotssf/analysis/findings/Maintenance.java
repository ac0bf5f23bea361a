// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis.findings;

import static org.iotssf.analysis.Explanation.step;

import java.util.ArrayList;
import java.util.List;

import org.iotssf.analysis.Explanation;
import org.iotssf.analysis.Finding;
import org.iotssf.analysis.Severity;
import org.iotssf.model.Element;
import org.iotssf.model.SystemModel;
import org.iotssf.model.UpdateCapability;

/** Maintenance difficulty (public comment 14-1): no update path, or a service life beyond the maker's support. */
final class Maintenance {

	static final String NO_UPDATE = SystemicFindings.PREFIX + "noUpdatePath";
	static final String SUPPORT = SystemicFindings.PREFIX + "supportEndsBeforeLife";

	private Maintenance() {
	}

	static List<Finding> find(SystemModel system) {
		List<Finding> findings = new ArrayList<>();
		for (Element element : system.getElements()) {
			if (element.getUpdate() == UpdateCapability.NONE) {
				findings.add(new Finding(NO_UPDATE, Severity.WARNING, "noUpdatePath", List.of(element.getName()), element,
						List.of(element), Explanation.of(step("maintenance.noUpdate", element.getName()))));
			}
			if (element.getServiceLifeYears() > 0 && element.getSupportYears() > 0
					&& element.getServiceLifeYears() > element.getSupportYears()) {
				int gap = element.getServiceLifeYears() - element.getSupportYears();
				findings.add(new Finding(SUPPORT, Severity.WARNING, "supportEndsBeforeLife", List.of(element.getName(),
						Integer.toString(element.getServiceLifeYears()), Integer.toString(element.getSupportYears()), Integer.toString(gap)),
						element, List.of(element), Explanation.of(step("maintenance.years", element.getServiceLifeYears(),
								element.getSupportYears()))));
			}
		}
		return findings;
	}
}
