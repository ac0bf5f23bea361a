// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis;

/**
 * A level on one axis: the axis and level names, their labels (English, and Japanese when the method
 * gives them), and the level's rank (1 for the lowest) out of the axis's number of levels.
 */
public record RatedLevel(String axis, String axisLabel, String level, String label, int rank, int levels, String axisLabelJa,
		String labelJa) implements Phrase {

	/** A level with no Japanese labels (they fall back to the English ones). */
	public RatedLevel(String axis, String axisLabel, String level, String label, int rank, int levels) {
		this(axis, axisLabel, level, label, rank, levels, null, null);
	}

	/** "recovery=medium" in English; "回復困難性：中" in Japanese. */
	@Override
	public String in(String language) {
		if (!Phrase.japanese(language)) {
			return toString();
		}
		return (axisLabelJa != null ? axisLabelJa : axisLabel) + "：" + levelJa();
	}

	/** The level's Japanese label, else its English label. */
	public String levelJa() {
		return labelJa != null ? labelJa : label;
	}

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
