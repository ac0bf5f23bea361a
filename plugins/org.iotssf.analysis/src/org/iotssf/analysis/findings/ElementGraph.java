// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis.findings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.iotssf.analysis.graph.Digraph;
import org.iotssf.model.Element;
import org.iotssf.model.Flow;
import org.iotssf.model.SystemModel;

/**
 * The influence graph of a system: an edge for every flow (both ways when bidirectional) and from
 * every element to the elements it physically affects. Elements of other systems that the flows
 * reach are vertices too.
 */
final class ElementGraph {

	final List<Element> elements = new ArrayList<>();
	final Digraph graph;
	private final Map<Element, Integer> index = new HashMap<>();

	ElementGraph(SystemModel system) {
		system.getElements().forEach(this::vertex);
		for (Flow flow : system.getFlows()) {
			vertex(flow.getSource());
			vertex(flow.getTarget());
		}
		system.getElements().forEach(e -> e.getAffects().forEach(this::vertex));
		graph = new Digraph(elements.size());
		for (Flow flow : system.getFlows()) {
			if (valid(flow.getSource()) && valid(flow.getTarget())) {
				graph.addEdge(indexOf(flow.getSource()), indexOf(flow.getTarget()));
				if (flow.isBidirectional()) {
					graph.addEdge(indexOf(flow.getTarget()), indexOf(flow.getSource()));
				}
			}
		}
		for (Element element : system.getElements()) {
			for (Element affected : element.getAffects()) {
				if (valid(affected)) {
					graph.addEdge(indexOf(element), indexOf(affected));
				}
			}
		}
	}

	int indexOf(Element element) {
		return index.get(element);
	}

	Element element(int vertex) {
		return elements.get(vertex);
	}

	List<Element> elements(List<Integer> vertices) {
		return vertices.stream().map(this::element).toList();
	}

	private void vertex(Element element) {
		if (valid(element) && !index.containsKey(element)) {
			index.put(element, elements.size());
			elements.add(element);
		}
	}

	private static boolean valid(Element element) {
		return element != null && !element.eIsProxy();
	}

	static String path(List<Element> elements) {
		return String.join(" -> ", elements.stream().map(Element::getName).toList());
	}
}
