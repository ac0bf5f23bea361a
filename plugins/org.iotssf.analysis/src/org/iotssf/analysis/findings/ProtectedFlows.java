// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis.findings;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.iotssf.model.Element;
import org.iotssf.model.Flow;
import org.iotssf.model.Measure;
import org.iotssf.model.Protection;
import org.iotssf.model.SystemModel;

/** The protections of each flow: stated on the flow, or provided by measures that protect it or its ends. */
final class ProtectedFlows {

	private final Map<Flow, Set<Protection>> byFlow = new HashMap<>();
	private final Map<Element, Set<Protection>> byElement = new HashMap<>();

	ProtectedFlows(SystemModel system) {
		for (Measure measure : system.getMeasures()) {
			for (Flow flow : measure.getFlows()) {
				byFlow.computeIfAbsent(flow, k -> EnumSet.noneOf(Protection.class)).addAll(measure.getCapabilities());
			}
			for (Element element : measure.getTargets()) {
				byElement.computeIfAbsent(element, k -> EnumSet.noneOf(Protection.class)).addAll(measure.getCapabilities());
			}
		}
	}

	/** Whether a measure protects the flow itself (with any capability, or none stated). */
	boolean anyProtection(Flow flow) {
		return byFlow.containsKey(flow);
	}

	/** Whether the flow, a measure protecting it, or a measure on one of its ends provides one of the protections. */
	boolean provides(Flow flow, List<Protection> wanted) {
		return wanted.stream().anyMatch(p -> flow.getProtections().contains(p)
				|| byFlow.getOrDefault(flow, Set.of()).contains(p)
				|| byElement.getOrDefault(flow.getSource(), Set.of()).contains(p)
				|| byElement.getOrDefault(flow.getTarget(), Set.of()).contains(p));
	}
}
