// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis;

import java.util.List;

/**
 * The facts and rules that produced a result, in the order they were applied. Every result of the
 * analysis carries one, so reports and hovers can say why.
 */
public record Explanation(List<String> steps) {

	public Explanation {
		steps = List.copyOf(steps);
	}

	public static Explanation of(String... steps) {
		return new Explanation(List.of(steps));
	}

	/** The explanation in one line: the steps joined by "; ". */
	public String oneLine() {
		return String.join("; ", steps);
	}

	@Override
	public String toString() {
		return oneLine();
	}
}
