// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.iotssf.model.AggregationKind;
import org.junit.jupiter.api.Test;

public class AggregationTest {

	private static Cell cell(int a, int b) {
		return new Cell(List.of(new RatedLevel("x", "X", "x" + a, "X" + a, a, 3), new RatedLevel("y", "Y", "y" + b, "Y" + b, b, 3)));
	}

	@Test
	public void worstPerAxisTakesEachAxisSeparately() {
		assertEquals("x3/y2", Aggregation.of(AggregationKind.WORST_PER_AXIS, List.of(cell(3, 1), cell(1, 2))).key());
	}

	@Test
	public void worstRiskTakesTheHeaviestCellWhole() {
		assertEquals("x1/y3", Aggregation.of(AggregationKind.WORST_RISK, List.of(cell(3, 0), cell(1, 3))).key());
		assertEquals("x2/y1", Aggregation.of(AggregationKind.WORST_RISK, List.of(cell(1, 2), cell(2, 1))).key());
	}

	@Test
	public void noCellsGiveNoCell() {
		assertNull(Aggregation.of(AggregationKind.WORST_PER_AXIS, List.of()));
	}
}
