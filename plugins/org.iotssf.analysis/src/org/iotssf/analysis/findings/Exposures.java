// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis.findings;

import static org.iotssf.analysis.Explanation.step;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.iotssf.analysis.Cell;
import org.iotssf.analysis.ElementResult;
import org.iotssf.analysis.Explanation;
import org.iotssf.analysis.Finding;
import org.iotssf.analysis.Phrase;
import org.iotssf.analysis.Severity;
import org.iotssf.model.Element;
import org.iotssf.model.Exposure;
import org.iotssf.model.Flow;
import org.iotssf.model.SystemModel;

/**
 * Exposure (public comments 14-1, 20-6): internet-facing elements, flows that cross a domain boundary
 * without any stated protection, and entry points: an element in the lowest cell connected to an
 * element that reaches the top level of an axis.
 */
final class Exposures {

	static final String INTERNET = SystemicFindings.PREFIX + "internetFacing";
	static final String UNPROTECTED = SystemicFindings.PREFIX + "unprotectedCrossDomainFlow";
	static final String ENTRY_POINT = SystemicFindings.PREFIX + "entryPoint";

	private Exposures() {
	}

	static List<Finding> find(SystemModel system, List<ElementResult> elements, ProtectedFlows protectedFlows) {
		List<Finding> findings = new ArrayList<>();
		for (Element element : system.getElements()) {
			if (element.getExposure() == Exposure.INTERNET) {
				Explanation why = Monocultures.units(element) > 1
						? Explanation.of(step("internet.states", element.getName()), step("internet.units", Monocultures.units(element)))
						: Explanation.of(step("internet.states", element.getName()));
				findings.add(new Finding(INTERNET, Severity.INFO, "internetFacing", List.of(element.getName()), element, List.of(element), why));
			}
		}
		for (Flow flow : system.getFlows()) {
			if (flow.crossesDomainBoundary() && flow.getProtections().isEmpty() && !protectedFlows.anyProtection(flow)) {
				findings.add(new Finding(UNPROTECTED, Severity.WARNING, "unprotectedCrossDomainFlow", List.of(describe(flow),
						flow.getSource().getDomain().getName(), flow.getTarget().getDomain().getName()), flow, List.of(flow.getSource(), flow.getTarget()), Explanation.of(
								step("unprotected.domains", flow.getSource().getDomain().getName(), flow.getTarget().getDomain().getName()),
								step("unprotected.none"))));
			}
		}
		findings.addAll(entryPoints(system, elements));
		return findings;
	}

	private static List<Finding> entryPoints(SystemModel system, List<ElementResult> elements) {
		Map<Element, Cell> cells = new HashMap<>();
		elements.forEach(r -> {
			if (r.worst() != null) {
				cells.put(r.element(), r.worst());
			}
		});
		List<Finding> findings = new ArrayList<>();
		for (Flow flow : system.getFlows()) {
			for (Element[] pair : new Element[][] { { flow.getSource(), flow.getTarget() }, { flow.getTarget(), flow.getSource() } }) {
				Cell low = cells.get(pair[0]);
				Cell high = cells.get(pair[1]);
				if (low != null && high != null && low.isLowest() && high.touchesTop()) {
					findings.add(new Finding(ENTRY_POINT, Severity.WARNING, "entryPoint", List.of(pair[0].getName(), (Phrase) low::key,
							pair[1].getName(), (Phrase) high::key), pair[0], List.of(pair[0], pair[1]), Explanation.of(
									step("entry.worst", pair[0].getName(), low), step("entry.worst", pair[1].getName(), high),
									step("entry.flow", describe(flow)))));
				}
			}
		}
		return findings;
	}

	static String describe(Flow flow) {
		String arrow = flow.isBidirectional() ? " <-> " : " -> ";
		return (flow.getName() != null ? flow.getName() + " (" : "") + flow.getSource().getName() + arrow
				+ flow.getTarget().getName() + (flow.getName() != null ? ")" : "");
	}
}
