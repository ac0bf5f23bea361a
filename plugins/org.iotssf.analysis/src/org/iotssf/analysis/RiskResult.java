// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis;

import java.util.List;

import org.iotssf.model.CatalogItem;
import org.iotssf.model.Risk;

/**
 * The categorization of one risk: its cell (null when an axis is unrated), whether it is de minimis and
 * why (or why not, when the de-minimis rule matches its cell but an exception applies; null otherwise),
 * the viewpoints it requires with who carries them and their coverage, the safety levels of the standards that apply, and
 * candidate catalog items.
 */
public record RiskResult(Risk risk, Cell cell, List<String> unratedAxes, boolean deMinimis, Explanation.Step minimis,
		List<RiskViewpoint> viewpoints, List<SafetyLevel> safetyLevels, List<CatalogItem> candidateItems, Explanation explanation) {

	public RiskResult {
		unratedAxes = List.copyOf(unratedAxes);
		viewpoints = List.copyOf(viewpoints);
		safetyLevels = List.copyOf(safetyLevels);
		candidateItems = List.copyOf(candidateItems);
	}
}
