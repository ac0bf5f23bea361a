// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis.findings;

import static org.iotssf.analysis.Explanation.step;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.iotssf.analysis.Explanation;
import org.iotssf.analysis.Finding;
import org.iotssf.analysis.Severity;
import org.iotssf.model.Element;
import org.iotssf.model.ManagementDomain;

/**
 * Cross-domain feedback loops (public comment 6-1): a cycle of influence through at least two
 * management domains, which no single administrator can see. One finding per strongly connected part
 * of the influence graph, with a cycle that crosses domains; loops within one domain are not reported.
 * The cycle's polarity is the product of its edges' effects: a reinforcing loop (positive) can run away
 * and is a warning, a balancing loop (negative) is a note, and a loop with an edge of unknown effect is a
 * warning that names the edges to state.
 */
final class FeedbackLoops {

	static final String CODE = SystemicFindings.PREFIX + "crossDomainFeedbackLoop";

	private FeedbackLoops() {
	}

	static List<Finding> find(ElementGraph g) {
		List<Finding> findings = new ArrayList<>();
		for (List<Integer> component : g.graph.stronglyConnectedComponents()) {
			if (component.size() < 2) {
				continue;
			}
			boolean[] inside = new boolean[g.graph.size()];
			component.forEach(v -> inside[v] = true);
			Set<ManagementDomain> domains = new LinkedHashSet<>();
			component.stream().sorted().map(g::element).map(Element::getDomain).filter(d -> d != null).forEach(domains::add);
			if (domains.size() < 2) {
				continue;
			}
			List<Element> cycle = crossingCycle(g, component, inside);
			List<String> domainNames = domains.stream().map(ManagementDomain::getName).toList();
			// the loop's polarity: the product of its edges' effects; unknown when an edge states none
			int sign = 1;
			List<String> unknown = new ArrayList<>();
			for (int i = 0; i + 1 < cycle.size(); i++) {
				int edge = g.polarity(g.indexOf(cycle.get(i)), g.indexOf(cycle.get(i + 1)));
				if (edge == 0) {
					unknown.add(cycle.get(i).getName() + " -> " + cycle.get(i + 1).getName());
				}
				sign *= edge;
			}
			String kind = !unknown.isEmpty() ? "crossDomainFeedbackLoop" : sign > 0 ? "crossDomainReinforcingLoop" : "crossDomainBalancingLoop";
			Explanation.Step polarity = !unknown.isEmpty() ? step("loop.polarityUnknown", String.join(", ", unknown))
					: sign > 0 ? step("loop.reinforcing") : step("loop.balancing");
			findings.add(new Finding(CODE, sign < 0 && unknown.isEmpty() ? Severity.INFO : Severity.WARNING, kind,
					List.of(Integer.toString(domains.size()), String.join(", ", domainNames), ElementGraph.path(cycle)), cycle.get(0),
					new ArrayList<>(cycle), Explanation.of(step("loop.cycle", ElementGraph.path(cycle)),
							step("loop.domains", String.join(", ", domainNames)), step("loop.size", component.size()), polarity)));
		}
		return findings;
	}

	/** A cycle through an edge whose ends are in different domains. */
	private static List<Element> crossingCycle(ElementGraph g, List<Integer> component, boolean[] inside) {
		for (int u : component.stream().sorted().toList()) {
			for (int v : g.graph.successors(u)) {
				ManagementDomain du = g.element(u).getDomain();
				ManagementDomain dv = g.element(v).getDomain();
				if (inside[v] && du != null && dv != null && du != dv) {
					List<Integer> back = g.graph.shortestPath(v, u, inside);
					List<Integer> cycle = new ArrayList<>();
					cycle.add(u);
					cycle.addAll(back);
					return g.elements(cycle);
				}
			}
		}
		// the domains differ only through elements without a domain in between: show any cycle
		int start = component.stream().min(Integer::compare).orElseThrow();
		int next = g.graph.successors(start).stream().filter(w -> inside[w]).findFirst().orElseThrow();
		List<Integer> cycle = new ArrayList<>(List.of(start));
		cycle.addAll(g.graph.shortestPath(next, start, inside));
		return g.elements(cycle);
	}
}
