// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Digraph and Articulation on small graphs and on one too deep for a recursive implementation. */
public class DigraphTest {

	private static Digraph graph(int n, int... edges) {
		Digraph g = new Digraph(n);
		for (int i = 0; i < edges.length; i += 2) {
			g.addEdge(edges[i], edges[i + 1]);
		}
		return g;
	}

	@Test
	public void findsStronglyConnectedComponents() {
		Digraph g = graph(5, 0, 1, 1, 2, 2, 0, 2, 3, 3, 4);
		List<List<Integer>> components = g.stronglyConnectedComponents();
		assertEquals(3, components.size());
		assertEquals(List.of(0, 1, 2), components.stream().filter(c -> c.size() == 3).findFirst().orElseThrow().stream().sorted().toList());
	}

	@Test
	public void findsTheShortestPathWithinAllowedVertices() {
		Digraph g = graph(4, 0, 1, 1, 3, 0, 2, 2, 3);
		boolean[] all = { true, true, true, true };
		assertEquals(List.of(0, 1, 3), g.shortestPath(0, 3, all));
		assertEquals(List.of(0, 2, 3), g.shortestPath(0, 3, new boolean[] { true, false, true, true }));
		assertEquals(List.of(), g.shortestPath(3, 0, all));
	}

	@Test
	public void theLongestChainCountsALoopOnce() {
		Digraph g = graph(5, 0, 1, 1, 2, 2, 1, 2, 3, 3, 4);
		assertEquals(4, g.longestChain().size());
	}

	@Test
	public void articulationCountsWhatIsCutOffFromTheLargestPart() {
		Map<Integer, Integer> cut = Articulation.cutOff(graph(6, 0, 1, 1, 2, 2, 3, 3, 4, 1, 5));
		assertEquals(Map.of(1, 2, 2, 2, 3, 1), cut);
	}

	@Test
	public void deepGraphsDoNotOverflowTheStack() {
		int n = 200_000;
		Digraph g = new Digraph(n);
		for (int i = 0; i + 1 < n; i++) {
			g.addEdge(i, i + 1);
		}
		g.addEdge(n - 1, 0);
		assertEquals(1, g.stronglyConnectedComponents().size());
		assertEquals(0, Articulation.cutOff(g).size());
	}
}
