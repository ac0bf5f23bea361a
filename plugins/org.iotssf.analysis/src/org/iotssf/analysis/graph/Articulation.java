// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Articulation points of the undirected version of a graph: vertices whose removal splits their
 * connected part. For each, how many vertices end up cut off from the largest remaining part.
 */
public final class Articulation {

	private Articulation() {
	}

	/** Articulation vertex → number of vertices cut off from the largest remaining part. */
	public static Map<Integer, Integer> cutOff(Digraph graph) {
		int n = graph.size();
		List<List<Integer>> adjacent = new ArrayList<>();
		for (int v = 0; v < n; v++) {
			adjacent.add(new ArrayList<>());
		}
		for (int v = 0; v < n; v++) {
			for (int w : graph.successors(v)) {
				if (v != w) {
					adjacent.get(v).add(w);
					adjacent.get(w).add(v);
				}
			}
		}
		int[] disc = new int[n];
		int[] low = new int[n];
		int[] size = new int[n];
		int[] parent = new int[n];
		int[] next = new int[n];
		Arrays.fill(disc, -1);
		Map<Integer, Integer> result = new LinkedHashMap<>();
		int time = 0;
		for (int root = 0; root < n; root++) {
			if (disc[root] >= 0) {
				continue;
			}
			Map<Integer, List<Integer>> parts = new LinkedHashMap<>();
			List<Integer> visited = new ArrayList<>();
			Deque<Integer> call = new ArrayDeque<>();
			call.push(root);
			parent[root] = -1;
			disc[root] = low[root] = time++;
			size[root] = 1;
			visited.add(root);
			while (!call.isEmpty()) {
				int v = call.peek();
				if (next[v] < adjacent.get(v).size()) {
					int w = adjacent.get(v).get(next[v]++);
					if (disc[w] < 0) {
						parent[w] = v;
						disc[w] = low[w] = time++;
						size[w] = 1;
						visited.add(w);
						call.push(w);
					} else if (w != parent[v]) {
						low[v] = Math.min(low[v], disc[w]);
					}
					continue;
				}
				call.pop();
				int p = parent[v];
				if (p >= 0) {
					low[p] = Math.min(low[p], low[v]);
					size[p] += size[v];
					if (low[v] >= disc[p]) {
						parts.computeIfAbsent(p, k -> new ArrayList<>()).add(size[v]);
					}
				}
			}
			int componentSize = visited.size();
			parts.forEach((v, sizes) -> {
				List<Integer> all = new ArrayList<>(sizes);
				int rest = componentSize - size[v];
				if (rest > 0) {
					all.add(rest);
				}
				if (all.size() >= 2) {
					int total = all.stream().mapToInt(Integer::intValue).sum();
					int largest = all.stream().mapToInt(Integer::intValue).max().getAsInt();
					result.put(v, total - largest);
				}
			});
		}
		return result;
	}
}
