// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.linking;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the name nearest to a misspelled one (Levenshtein distance, case-insensitive). The work per
 * name is bounded: candidates whose length alone rules them out are skipped, distances are computed
 * only up to the acceptable bound, and names longer than {@link #MAX_LENGTH} get no suggestion.
 */
public final class Suggestions {

	/** Names longer than this are not compared: no one misspells a name of that length by a few letters. */
	public static final int MAX_LENGTH = 128;

	private Suggestions() {
	}

	/**
	 * The candidate nearest to the name, or null when none is close enough: at most a third of the
	 * name's length in edits (at least one), or a candidate that differs only in case or qualification.
	 * Ties go to the candidate first in alphabetical order.
	 */
	public static String nearest(String name, Iterable<String> candidates) {
		if (name == null || name.isEmpty() || name.length() > MAX_LENGTH) {
			return null;
		}
		String lower = name.toLowerCase(Locale.ROOT);
		int bound = Math.max(1, name.length() / 3);
		String best = null;
		int bestDistance = bound + 1;
		for (String candidate : candidates) {
			int d = distanceOf(name, lower, candidate, Math.min(bound, bestDistance));
			if (d < bestDistance || d == bestDistance && best != null && candidate.compareTo(best) < 0) {
				best = candidate;
				bestDistance = d;
			}
		}
		return bestDistance <= bound ? best : null;
	}

	/**
	 * Up to {@code limit} candidates close enough to the name (as in {@link #nearest}), nearest first, ties in
	 * alphabetical order; for offering several corrections.
	 */
	public static List<String> closest(String name, Iterable<String> candidates, int limit) {
		if (name == null || name.isEmpty() || name.length() > MAX_LENGTH) {
			return List.of();
		}
		String lower = name.toLowerCase(Locale.ROOT);
		int bound = Math.max(1, name.length() / 3);
		TreeMap<String, Integer> close = new TreeMap<>();
		for (String candidate : candidates) {
			int d = distanceOf(name, lower, candidate, bound);
			if (d <= bound) {
				close.merge(candidate, d, Math::min);
			}
		}
		return close.entrySet().stream().sorted(Map.Entry.comparingByValue()).limit(limit)
				.map(Map.Entry::getKey).toList();
	}

	private static int distanceOf(String name, String lower, String candidate, int bound) {
		int dot = candidate.lastIndexOf('.');
		if (candidate.length() - dot - 1 == name.length() && candidate.regionMatches(true, dot + 1, name, 0, name.length())) {
			return 0;
		}
		if (Math.abs(candidate.length() - name.length()) > bound) {
			return Integer.MAX_VALUE;
		}
		return boundedDistance(lower, candidate.toLowerCase(Locale.ROOT), bound);
	}

	/** The Levenshtein distance between two strings. */
	public static int distance(String a, String b) {
		return boundedDistance(a, b, Math.max(a.length(), b.length()));
	}

	/**
	 * The Levenshtein distance between two strings when it is at most {@code bound}; otherwise some
	 * value greater than the bound. Only the diagonal band of width 2 × bound + 1 is computed.
	 */
	public static int boundedDistance(String a, String b, int bound) {
		if (Math.abs(a.length() - b.length()) > bound) {
			return bound + 1;
		}
		int big = bound + 1;
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j <= bound ? j : big;
		}
		for (int i = 1; i <= a.length(); i++) {
			int from = Math.max(1, i - bound);
			int to = Math.min(b.length(), i + bound);
			current[0] = i <= bound ? i : big;
			if (from > 1) {
				current[from - 1] = big;
			}
			int rowMin = current[0];
			for (int j = from; j <= to; j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				int v = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
				current[j] = Math.min(v, big);
				rowMin = Math.min(rowMin, current[j]);
			}
			if (to < b.length()) {
				current[to + 1] = big;
			}
			if (rowMin > bound) {
				return big;
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return Math.min(previous[b.length()], big);
	}
}
