// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis.findings;

import static org.iotssf.analysis.Explanation.step;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.iotssf.analysis.Explanation;
import org.iotssf.analysis.Finding;
import org.iotssf.analysis.Severity;
import org.iotssf.analysis.graph.Articulation;
import org.iotssf.model.Element;

/**
 * Dependency concentration (public comment 14-1): single points of failure, whose loss cuts other
 * elements off from the rest, and long chains of dependent elements.
 */
final class Dependencies {

	static final String SPOF = SystemicFindings.PREFIX + "singlePointOfFailure";
	static final String CHAIN = SystemicFindings.PREFIX + "longDependencyChain";

	/** A single point of failure is reported when its loss cuts off at least this many elements. */
	static final int MIN_CUT_OFF = 2;
	/** A chain is reported from this many elements on (four hops). */
	static final int MIN_CHAIN = 5;

	private Dependencies() {
	}

	static List<Finding> find(ElementGraph g) {
		List<Finding> findings = new ArrayList<>();
		for (Map.Entry<Integer, Integer> cut : Articulation.cutOff(g.graph).entrySet()) {
			if (cut.getValue() >= MIN_CUT_OFF) {
				Element element = g.element(cut.getKey());
				findings.add(new Finding(SPOF, Severity.WARNING, "singlePointOfFailure", List.of(element.getName(),
						Integer.toString(cut.getValue())), element, List.of(element), Explanation.of(
								step("spof.only", element.getName()), step("spof.cuts", cut.getValue(), MIN_CUT_OFF))));
			}
		}
		List<Integer> chain = g.graph.longestChain();
		if (chain.size() >= MIN_CHAIN) {
			List<Element> elements = g.elements(chain);
			findings.add(new Finding(CHAIN, Severity.INFO, "longDependencyChain", List.of(Integer.toString(elements.size()),
					ElementGraph.path(elements)), elements.get(0), new ArrayList<>(elements), Explanation.of(
							step("chain.path", ElementGraph.path(elements)), step("chain.from", MIN_CHAIN))));
		}
		return findings;
	}
}
