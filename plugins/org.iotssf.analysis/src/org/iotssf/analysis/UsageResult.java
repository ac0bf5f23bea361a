// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis;

import org.iotssf.model.Usage;

/** A usage's aggregated cell (null when none of its risks is fully rated) and what the policy requires for it. */
public record UsageResult(Usage usage, Cell cell, Categorization categorization, int risks, Explanation explanation) {
}
