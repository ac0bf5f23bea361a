// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis;

/**
 * A level on one axis: the axis and level names, their labels, and the level's rank (1 for the
 * lowest) out of the axis's number of levels.
 */
public record RatedLevel(String axis, String axisLabel, String level, String label, int rank, int levels) {

	/** Whether this is the axis's highest level. */
	public boolean isTop() {
		return rank == levels;
	}

	/** "recovery=medium". */
	@Override
	public String toString() {
		return axis + "=" + level;
	}
}
