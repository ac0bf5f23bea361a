// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis;

import java.util.List;

/**
 * What the policy says about one cell: whether it is de minimis and which viewpoints it requires.
 *
 * @param minimis why the cell is de minimis, or why it is not although the de-minimis rule matches it (an
 *            exception of the rule); null when the rule does not match the cell
 */
public record Categorization(boolean deMinimis, List<Requirement> requirements, Explanation.Step minimis, Explanation explanation) {

	public Categorization {
		requirements = List.copyOf(requirements);
	}
}
