// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis;

import java.util.List;

import org.iotssf.model.Element;
import org.iotssf.model.Usage;

/**
 * An element's cells, one per usage it serves (the same device can fall in different cells in
 * different usages), the worst of them, and whether they differ (the spread).
 */
public record ElementResult(Element element, List<PerUsage> perUsage, Cell worst, boolean spread, Explanation explanation) {

	public ElementResult {
		perUsage = List.copyOf(perUsage);
	}

	/** The element's cell in one usage: from its own risks there, null when it has none. */
	public record PerUsage(Usage usage, Cell cell, int risks, Explanation explanation) {
	}
}
