// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.iotssf.model.AggregationKind;

/** Derives one cell from several (a usage's or element's from its risks), as the method's aggregation rule says. */
public final class Aggregation {

	private Aggregation() {
	}

	/** The aggregated cell, or null when there are no cells. */
	public static Cell of(AggregationKind kind, List<Cell> cells) {
		if (cells.isEmpty()) {
			return null;
		}
		if (kind == AggregationKind.WORST_RISK) {
			return cells.stream().max(Comparator.comparingInt(Cell::weight)
					.thenComparingInt(c -> c.levels().get(0).rank())).orElseThrow();
		}
		List<RatedLevel> worst = new ArrayList<>(cells.get(0).levels());
		for (Cell cell : cells) {
			for (int i = 0; i < worst.size(); i++) {
				if (cell.levels().get(i).rank() > worst.get(i).rank()) {
					worst.set(i, cell.levels().get(i));
				}
			}
		}
		return new Cell(worst);
	}

	/** The explanation phrase of the rule, as a reference to its text ("@agg.worstPerAxis"). */
	public static String describe(AggregationKind kind) {
		return kind == AggregationKind.WORST_RISK ? "@agg.worstRisk" : "@agg.worstPerAxis";
	}
}
