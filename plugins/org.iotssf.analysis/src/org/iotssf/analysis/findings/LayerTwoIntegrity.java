// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis.findings;

import static org.iotssf.analysis.Explanation.step;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.iotssf.analysis.Explanation;
import org.iotssf.analysis.Finding;
import org.iotssf.analysis.Phrase;
import org.iotssf.analysis.Severity;
import org.iotssf.model.ElementKind;
import org.iotssf.model.Flow;
import org.iotssf.model.FlowKind;
import org.iotssf.model.Protection;
import org.iotssf.model.SystemModel;

/**
 * Layer-2 integrity (public comments 2-1, 3-1): commands going down to actuators and sensor data going
 * up into decisions must be protected by integrity or attestation, on the flow or by a measure.
 */
final class LayerTwoIntegrity {

	static final String CONTROL = SystemicFindings.PREFIX + "controlWithoutIntegrity";
	static final String SENSOR = SystemicFindings.PREFIX + "sensorDataWithoutIntegrity";

	private static final List<Protection> INTEGRITY = List.of(Protection.INTEGRITY, Protection.ATTESTATION);
	private static final Set<ElementKind> DECIDERS = Set.of(ElementKind.CONTROLLER, ElementKind.CLOUD_SERVICE, ElementKind.SERVER);

	private LayerTwoIntegrity() {
	}

	static List<Finding> find(SystemModel system, ProtectedFlows protections) {
		List<Finding> findings = new ArrayList<>();
		for (Flow flow : system.getFlows()) {
			if (flow.getSource() == null || flow.getTarget() == null || protections.provides(flow, INTEGRITY)) {
				continue;
			}
			if (flow.getKind() == FlowKind.CONTROL && flow.getTarget().getKind() == ElementKind.ACTUATOR) {
				findings.add(new Finding(CONTROL, Severity.WARNING, "controlWithoutIntegrity", List.of(flow.getTarget().getName(),
						Exposures.describe(flow)), flow, List.of(flow.getSource(), flow.getTarget()), Explanation.of(
								step("integrity.control"), step("integrity.none"))));
			} else if (flow.getKind() == FlowKind.DATA && flow.getSource().getKind() == ElementKind.SENSOR
					&& DECIDERS.contains(flow.getTarget().getKind())) {
				findings.add(new Finding(SENSOR, Severity.WARNING, "sensorDataWithoutIntegrity", List.of(flow.getSource().getName(),
						flow.getTarget().getName(), Exposures.describe(flow)), flow, List.of(flow.getSource(), flow.getTarget()), Explanation.of(
								step("integrity.sensor", Phrase.term(flow.getTarget().getKind())), step("integrity.none"))));
			}
		}
		return findings;
	}
}
