// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis;

import java.util.List;
import java.util.stream.Collectors;

/** A cell of the categorization grid: one level on every axis of the method, in axis order. */
public record Cell(List<RatedLevel> levels) implements Phrase {

	public Cell {
		levels = List.copyOf(levels);
	}

	/** The level on the named axis, or null. */
	public RatedLevel on(String axis) {
		return levels.stream().filter(l -> l.axis().equals(axis)).findFirst().orElse(null);
	}

	/** The level names in axis order, for example "low/medium". */
	public String key() {
		return levels.stream().map(RatedLevel::level).collect(Collectors.joining("/"));
	}

	/** Whether every axis is at its lowest level. */
	public boolean isLowest() {
		return levels.stream().allMatch(l -> l.rank() == 1);
	}

	/** Whether some axis is at its highest level. */
	public boolean touchesTop() {
		return levels.stream().anyMatch(RatedLevel::isTop);
	}

	/** The sum of the ranks, used to order cells when a single worst one is needed. */
	public int weight() {
		return levels.stream().mapToInt(RatedLevel::rank).sum();
	}

	/** "recovery=low, economic=medium" in English; "回復困難性：小、経済的影響：中" in Japanese. */
	@Override
	public String in(String language) {
		return Phrase.japanese(language) ? levels.stream().map(l -> l.in(language)).collect(Collectors.joining("、")) : toString();
	}

	/** The level labels in axis order in a language, for example "小/中" (the key in English). */
	public String key(String language) {
		return Phrase.japanese(language) ? levels.stream().map(RatedLevel::levelJa).collect(Collectors.joining("/")) : key();
	}

	/** "recovery=low, economic=medium". */
	@Override
	public String toString() {
		return levels.stream().map(RatedLevel::toString).collect(Collectors.joining(", "));
	}
}
