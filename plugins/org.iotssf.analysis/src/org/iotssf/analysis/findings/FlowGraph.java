// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis.findings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.iotssf.analysis.graph.Digraph;
import org.iotssf.model.Element;
import org.iotssf.model.Flow;
import org.iotssf.model.SystemModel;

/**
 * The flows of a system as a graph of its elements, each edge knowing the flow it stands for (the first
 * flow between two elements): directed as the flows run (both ways for a bidirectional flow), or as
 * connections an attacker can follow either way.
 */
final class FlowGraph {

	final List<Element> vertices = new ArrayList<>();
	final Digraph graph;
	private final Map<Long, Flow> flows = new HashMap<>();

	FlowGraph(SystemModel system, boolean eitherWay) {
		Map<Element, Integer> index = new HashMap<>();
		for (Flow flow : system.getFlows()) {
			if (ElementGraph.valid(flow.getSource()) && ElementGraph.valid(flow.getTarget())) {
				for (Element e : List.of(flow.getSource(), flow.getTarget())) {
					index.computeIfAbsent(e, k -> {
						vertices.add(k);
						return vertices.size() - 1;
					});
				}
			}
		}
		graph = new Digraph(vertices.size());
		for (Flow flow : system.getFlows()) {
			Integer u = index.get(flow.getSource());
			Integer v = index.get(flow.getTarget());
			if (u != null && v != null && u.intValue() != v.intValue()) {
				edge(u, v, flow);
				if (eitherWay || flow.isBidirectional()) {
					edge(v, u, flow);
				}
			}
		}
	}

	private void edge(int u, int v, Flow flow) {
		if (flows.putIfAbsent(key(u, v), flow) == null) {
			graph.addEdge(u, v);
		}
	}

	/** The flow an edge stands for. */
	Flow flow(int u, int v) {
		return flows.get(key(u, v));
	}

	/** The flows along a path of vertices. */
	List<Flow> flows(List<Integer> path) {
		List<Flow> hops = new ArrayList<>();
		for (int i = 0; i + 1 < path.size(); i++) {
			hops.add(flow(path.get(i), path.get(i + 1)));
		}
		return hops;
	}

	/**
	 * The shortest paths from a vertex to every vertex it reaches that the target test accepts, nearest
	 * first (a path is the list of its vertices, from the start).
	 */
	List<List<Integer>> pathsFrom(int from, Predicate<List<Integer>> target) {
		int[] tree = graph.breadthFirst(from);
		List<List<Integer>> paths = new ArrayList<>();
		for (int to = 0; to < vertices.size(); to++) {
			if (to != from && tree[to] != -2) {
				List<Integer> path = Digraph.pathTo(tree, to);
				if (target.test(path)) {
					paths.add(path);
				}
			}
		}
		paths.sort(Comparator.comparingInt(List::size));
		return paths;
	}

	/** The vertex a path ends at. */
	Element end(List<Integer> path) {
		return vertices.get(path.get(path.size() - 1));
	}

	private long key(int u, int v) {
		return (long) u * vertices.size() + v;
	}
}
