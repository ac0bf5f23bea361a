// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis.findings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.iotssf.analysis.graph.Digraph;
import org.iotssf.model.Effect;
import org.iotssf.model.Element;
import org.iotssf.model.Flow;
import org.iotssf.model.SystemModel;

/**
 * The influence graph of a system: an edge for every flow (both ways when bidirectional) and from
 * every element to the elements it physically affects ({@code affects}, {@code increases},
 * {@code decreases}). Elements of other systems that the flows reach are vertices too. Each edge has a
 * polarity: +1 when it increases, -1 when it decreases, 0 when unknown (not stated, or stated both ways
 * by different flows).
 */
final class ElementGraph {

	final List<Element> elements = new ArrayList<>();
	final Digraph graph;
	private final Map<Element, Integer> index = new HashMap<>();
	private final Map<Long, Integer> polarity = new HashMap<>();

	ElementGraph(SystemModel system) {
		system.getElements().forEach(this::vertex);
		for (Flow flow : system.getFlows()) {
			vertex(flow.getSource());
			vertex(flow.getTarget());
		}
		for (Element element : system.getElements()) {
			element.getAffects().forEach(this::vertex);
			element.getIncreases().forEach(this::vertex);
			element.getDecreases().forEach(this::vertex);
		}
		graph = new Digraph(elements.size());
		for (Flow flow : system.getFlows()) {
			if (valid(flow.getSource()) && valid(flow.getTarget())) {
				int sign = flow.getEffect() == Effect.INCREASES ? 1 : flow.getEffect() == Effect.DECREASES ? -1 : 0;
				edge(flow.getSource(), flow.getTarget(), sign);
				if (flow.isBidirectional()) {
					edge(flow.getTarget(), flow.getSource(), 0);
				}
			}
		}
		for (Element element : system.getElements()) {
			element.getAffects().forEach(e -> edge(element, e, 0));
			element.getIncreases().forEach(e -> edge(element, e, 1));
			element.getDecreases().forEach(e -> edge(element, e, -1));
		}
	}

	private void edge(Element from, Element to, int sign) {
		if (!valid(from) || !valid(to)) {
			return;
		}
		int u = indexOf(from);
		int v = indexOf(to);
		Integer known = polarity.get(key(u, v));
		if (known == null) {
			graph.addEdge(u, v);
			polarity.put(key(u, v), sign);
		} else if (known != sign) {
			polarity.put(key(u, v), 0);
		}
	}

	/** The polarity of the edge from u to v: +1, -1, or 0 when unknown. */
	int polarity(int u, int v) {
		return polarity.getOrDefault(key(u, v), 0);
	}

	private long key(int u, int v) {
		return (long) u * elements.size() + v;
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

	static boolean valid(Element element) {
		return element != null && !element.eIsProxy();
	}

	/** At most ten names, then "+N". */
	static String names(List<Element> elements) {
		List<String> names = elements.stream().limit(10).map(Element::getName).toList();
		return String.join(", ", names) + (elements.size() > 10 ? " +" + (elements.size() - 10) : "");
	}

	static String path(List<Element> elements) {
		return String.join(" -> ", elements.stream().map(Element::getName).toList());
	}
}
