// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis.findings;

import static org.iotssf.analysis.Explanation.step;

import java.util.ArrayList;
import java.util.Comparator;
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
import org.iotssf.analysis.graph.Digraph;
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
		List<Element> vertices = flows.vertices;
		Digraph graph = flows.graph;
		List<Finding> findings = new ArrayList<>();
		for (int from = 0; from < vertices.size(); from++) {
			Element low = vertices.get(from);
			Cell lowCell = cells.get(low);
			if (lowCell == null || !lowCell.isLowest() || !exposed(low)) {
				continue;
			}
			int[] tree = graph.breadthFirst(from);
			List<List<Integer>> paths = new ArrayList<>();
			for (int to = 0; to < vertices.size(); to++) {
				Cell highCell = cells.get(vertices.get(to));
				if (to != from && tree[to] != -2 && highCell != null && highCell.touchesTop()) {
					paths.add(Digraph.pathTo(tree, to));
				}
			}
			if (paths.isEmpty()) {
				continue;
			}
			paths.sort(Comparator.comparingInt(List::size));
			List<Integer> path = paths.get(0);
			Element high = vertices.get(path.get(path.size() - 1));
			Cell highCell = cells.get(high);
			List<String> hops = flows.flows(path).stream().map(Exposures::describe).toList();
			List<Element> route = path.stream().map(vertices::get).toList();
			List<Explanation.Step> why = new ArrayList<>(List.of(step("entry.exposed", low.getName(), Phrase.term(low.getExposure())),
					step("entry.worst", low.getName(), lowCell), step("entry.worst", high.getName(), highCell),
					step("entry.path", path.size() - 1, Phrase.join(hops.stream().map(h -> (Phrase) language -> h).toList()))));
			if (paths.size() > 1) {
				why.add(step("entry.more", paths.size() - 1, names(paths.subList(1, paths.size()).stream()
						.map(p -> vertices.get(p.get(p.size() - 1))).toList())));
			}
			findings.add(new Finding(ENTRY_POINT, Severity.WARNING, "entryPoint", List.of(low.getName(), (Phrase) lowCell::key,
					high.getName(), (Phrase) highCell::key, ElementGraph.path(route)), low, new ArrayList<>(route), new Explanation(why)));
		}
		return findings;
	}

	/** At most ten names, then "+N". */
	static String names(List<Element> elements) {
		List<String> names = elements.stream().limit(10).map(Element::getName).toList();
		return String.join(", ", names) + (elements.size() > 10 ? " +" + (elements.size() - 10) : "");
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
