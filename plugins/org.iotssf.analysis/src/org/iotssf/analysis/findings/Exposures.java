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
import org.iotssf.analysis.Population;
import org.iotssf.analysis.Severity;
import org.iotssf.model.Element;
import org.iotssf.model.Exposure;
import org.iotssf.model.Flow;
import org.iotssf.model.SystemModel;

/**
 * Exposure (public comments 14-1, 20-6): internet-facing elements, flows that cross a domain boundary
 * without any stated protection, and entry points: an exposed element in the lowest cell from which
 * flows lead, over any number of hops, to an element that reaches the top level of an axis.
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
				Explanation why = Population.units(element) > 1
						? Explanation.of(step("internet.states", element.getName()), step("internet.units", Population.units(element)))
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

	/**
	 * Entry points (comment 14-1): from each element in the lowest cell that is exposed (to a network or
	 * the internet), the paths over flows, in either direction and over any number of hops, to the elements
	 * in a cell at the top of an axis. One finding per exposed element: the shortest path to the nearest
	 * such element, and how many others it reaches (so that a large flat model gets one finding per exposed
	 * element, not one per pair).
	 */
	private static List<Finding> entryPoints(SystemModel system, List<ElementResult> elements) {
		Map<Element, Cell> cells = new HashMap<>();
		elements.forEach(r -> {
			if (r.worst() != null) {
				cells.put(r.element(), r.worst());
			}
		});
		FlowGraph flows = new FlowGraph(system, true);
		List<Finding> findings = new ArrayList<>();
		for (int from = 0; from < flows.vertices.size(); from++) {
			Element low = flows.vertices.get(from);
			Cell lowCell = cells.get(low);
			if (lowCell == null || !lowCell.isLowest() || !exposed(low)) {
				continue;
			}
			List<List<Integer>> paths = flows.pathsFrom(from, p -> cells.get(flows.end(p)) != null && cells.get(flows.end(p)).touchesTop());
			if (paths.isEmpty()) {
				continue;
			}
			List<Integer> path = paths.get(0);
			Element high = flows.end(path);
			Cell highCell = cells.get(high);
			List<Element> route = path.stream().map(flows.vertices::get).toList();
			List<Explanation.Step> why = new ArrayList<>(List.of(step("entry.exposed", low.getName(), Phrase.term(low.getExposure())),
					step("entry.worst", low.getName(), lowCell), step("entry.worst", high.getName(), highCell),
					step("entry.path", path.size() - 1, Phrase.texts(flows.flows(path).stream().map(Exposures::describe).toList()))));
			if (paths.size() > 1) {
				why.add(step("entry.more", paths.size() - 1, ElementGraph.names(paths.subList(1, paths.size()).stream().map(flows::end).toList())));
			}
			findings.add(new Finding(ENTRY_POINT, Severity.WARNING, "entryPoint", List.of(low.getName(), (Phrase) lowCell::key,
					high.getName(), (Phrase) highCell::key, ElementGraph.path(route)), low, new ArrayList<>(route), new Explanation(why)));
		}
		return findings;
	}

	/** Reachable over a network or from the internet. */
	private static boolean exposed(Element element) {
		return element.getExposure() == Exposure.NETWORK || element.getExposure() == Exposure.INTERNET;
	}

	static String describe(Flow flow) {
		String arrow = flow.isBidirectional() ? " <-> " : " -> ";
		return (flow.getName() != null ? flow.getName() + " (" : "") + flow.getSource().getName() + arrow
				+ flow.getTarget().getName() + (flow.getName() != null ? ")" : "");
	}
}
