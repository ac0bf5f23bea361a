// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis;

import java.util.List;

/**
 * What the policy says about one cell: whether it is de minimis and which viewpoints it requires.
 */
public record Categorization(boolean deMinimis, List<Requirement> requirements, Explanation explanation) {

	public Categorization {
		requirements = List.copyOf(requirements);
	}
}
