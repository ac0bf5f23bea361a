// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.linking;

import java.util.Collection;

/** Finds the name nearest to a misspelled one (Levenshtein distance, case-insensitive). */
public final class Suggestions {

	private Suggestions() {
	}

	/**
	 * The candidate nearest to the name, or null when none is close enough: at most a third of the
	 * name's length in edits (at least one), or a candidate that differs only in case or qualification.
	 */
	public static String nearest(String name, Collection<String> candidates) {
		if (name == null) {
			return null;
		}
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (String candidate : candidates) {
			int d = distance(name.toLowerCase(), candidate.toLowerCase());
			String simple = candidate.substring(candidate.lastIndexOf('.') + 1);
			if (simple.equalsIgnoreCase(name)) {
				d = 0;
			}
			if (d < bestDistance || d == bestDistance && best != null && candidate.compareTo(best) < 0) {
				best = candidate;
				bestDistance = d;
			}
		}
		return bestDistance <= Math.max(1, name.length() / 3) ? best : null;
	}

	/** The Levenshtein distance between two strings. */
	public static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}
}
