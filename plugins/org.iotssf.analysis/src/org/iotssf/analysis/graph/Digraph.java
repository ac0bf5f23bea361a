// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * A directed graph on vertices 0..n-1 with the linear-time algorithms the systemic findings need.
 * All algorithms are iterative, so large models cannot overflow the stack.
 */
public final class Digraph {

	private final List<List<Integer>> out;

	public Digraph(int vertices) {
		out = new ArrayList<>(vertices);
		for (int i = 0; i < vertices; i++) {
			out.add(new ArrayList<>());
		}
	}

	public int size() {
		return out.size();
	}

	public void addEdge(int from, int to) {
		if (!out.get(from).contains(to)) {
			out.get(from).add(to);
		}
	}

	public List<Integer> successors(int v) {
		return out.get(v);
	}

	/** Strongly connected components (Tarjan); each a list of vertices, in reverse topological order. */
	public List<List<Integer>> stronglyConnectedComponents() {
		int n = size();
		int[] index = new int[n];
		int[] low = new int[n];
		boolean[] onStack = new boolean[n];
		Arrays.fill(index, -1);
		Deque<Integer> stack = new ArrayDeque<>();
		List<List<Integer>> components = new ArrayList<>();
		int[] next = new int[n];
		int counter = 0;
		for (int root = 0; root < n; root++) {
			if (index[root] >= 0) {
				continue;
			}
			Deque<Integer> call = new ArrayDeque<>();
			call.push(root);
			index[root] = low[root] = counter++;
			stack.push(root);
			onStack[root] = true;
			while (!call.isEmpty()) {
				int v = call.peek();
				if (next[v] < out.get(v).size()) {
					int w = out.get(v).get(next[v]++);
					if (index[w] < 0) {
						index[w] = low[w] = counter++;
						stack.push(w);
						onStack[w] = true;
						call.push(w);
					} else if (onStack[w]) {
						low[v] = Math.min(low[v], index[w]);
					}
					continue;
				}
				call.pop();
				if (!call.isEmpty()) {
					low[call.peek()] = Math.min(low[call.peek()], low[v]);
				}
				if (low[v] == index[v]) {
					List<Integer> component = new ArrayList<>();
					int w;
					do {
						w = stack.pop();
						onStack[w] = false;
						component.add(w);
					} while (w != v);
					components.add(component);
				}
			}
		}
		return components;
	}

	/**
	 * The shortest path from one vertex to another using only vertices allowed, as the list of
	 * vertices from {@code from} to {@code to}; empty when there is none.
	 */
	public List<Integer> shortestPath(int from, int to, boolean[] allowed) {
		int[] parent = breadthFirst(from, allowed);
		return parent[to] == -2 ? List.of() : pathTo(parent, to);
	}

	/**
	 * The breadth-first tree from a vertex: for each vertex its parent on one shortest path from
	 * {@code from}, -1 for {@code from} itself and -2 for vertices it does not reach.
	 */
	public int[] breadthFirst(int from) {
		return breadthFirst(from, null);
	}

	/** As {@link #breadthFirst(int)}, through the allowed vertices only (all when null). */
	public int[] breadthFirst(int from, boolean[] allowed) {
		int[] parent = new int[size()];
		Arrays.fill(parent, -2);
		Deque<Integer> queue = new ArrayDeque<>();
		queue.add(from);
		parent[from] = -1;
		while (!queue.isEmpty()) {
			int v = queue.poll();
			for (int w : out.get(v)) {
				if (parent[w] == -2 && (allowed == null || allowed[w])) {
					parent[w] = v;
					queue.add(w);
				}
			}
		}
		return parent;
	}

	/** The path from the root of a {@link #breadthFirst} tree to a vertex it reaches. */
	public static List<Integer> pathTo(int[] parent, int to) {
		List<Integer> path = new ArrayList<>();
		for (int x = to; x != -1; x = parent[x]) {
			path.add(x);
		}
		java.util.Collections.reverse(path);
		return path;
	}

	/**
	 * The longest simple chain along edges between components (cycles count once): the vertices of a
	 * longest path in the condensation, one representative per component.
	 */
	public List<Integer> longestChain() {
		List<List<Integer>> components = stronglyConnectedComponents();
		int[] componentOf = new int[size()];
		for (int c = 0; c < components.size(); c++) {
			for (int v : components.get(c)) {
				componentOf[v] = c;
			}
		}
		// Tarjan returns components in reverse topological order: successors come first
		int[] length = new int[components.size()];
		int[] nextComponent = new int[components.size()];
		int[] via = new int[components.size()];
		for (int c = 0; c < components.size(); c++) {
			length[c] = 1;
			nextComponent[c] = -1;
			via[c] = components.get(c).get(0);
			for (int v : components.get(c)) {
				for (int w : out.get(v)) {
					int d = componentOf[w];
					if (d != c && length[d] + 1 > length[c]) {
						length[c] = length[d] + 1;
						nextComponent[c] = d;
						via[c] = v;
					}
				}
			}
		}
		int best = 0;
		for (int c = 1; c < components.size(); c++) {
			if (length[c] > length[best]) {
				best = c;
			}
		}
		List<Integer> chain = new ArrayList<>();
		for (int c = components.isEmpty() ? -1 : best; c != -1; c = nextComponent[c]) {
			chain.add(via[c]);
		}
		return chain;
	}
}
