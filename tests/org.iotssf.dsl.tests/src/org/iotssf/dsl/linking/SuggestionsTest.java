// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

public class SuggestionsTest {

	@Test
	public void suggestsTheNearestNameWithinAThirdOfItsLength() {
		assertEquals("IndoorUnit", Suggestions.nearest("IndorUnit", List.of("Cloud", "IndoorUnit", "Gateway")));
		assertEquals("HospitalHvac.Cloud", Suggestions.nearest("cloud", List.of("HospitalHvac.Cloud", "Gateway")));
		assertNull(Suggestions.nearest("Xyz", List.of("Cloud", "Gateway")));
	}

	@Test
	public void tiesGoToTheFirstInAlphabeticalOrder() {
		assertEquals("Cab", Suggestions.nearest("Cax", List.of("Cay", "Cab")));
	}

	@Test
	public void distanceCountsEdits() {
		assertEquals(0, Suggestions.distance("abc", "abc"));
		assertEquals(1, Suggestions.distance("abc", "abd"));
		assertEquals(3, Suggestions.distance("", "abc"));
		assertEquals(3, Suggestions.distance("kitten", "sitting"));
	}

	@Test
	public void theBoundedDistanceAgreesWithTheFullOneWithinTheBound() {
		Random random = new Random(42);
		for (int n = 0; n < 5000; n++) {
			String a = word(random);
			String b = random.nextBoolean() ? word(random) : mutate(a, random);
			int full = full(a, b);
			for (int bound = 0; bound <= 4; bound++) {
				int bounded = Suggestions.boundedDistance(a, b, bound);
				if (full <= bound) {
					assertEquals(full, bounded, a + " / " + b + " within " + bound);
				} else {
					assertEquals(true, bounded > bound, a + " / " + b + " within " + bound);
				}
			}
		}
	}

	@Test
	public void aHugeNameGetsNoSuggestionAndCostsNothing() {
		List<String> names = new ArrayList<>();
		for (int i = 0; i < 20_000; i++) {
			names.add("Element" + i);
		}
		assertNull(Suggestions.nearest("E".repeat(1_000_000), names));
		assertEquals("Element19999", Suggestions.nearest("Elemnt19999", names));
	}

	private static String word(Random random) {
		StringBuilder b = new StringBuilder();
		int length = random.nextInt(8);
		for (int i = 0; i < length; i++) {
			b.append((char) ('a' + random.nextInt(4)));
		}
		return b.toString();
	}

	private static String mutate(String a, Random random) {
		StringBuilder b = new StringBuilder(a);
		for (int edits = random.nextInt(4); edits > 0; edits--) {
			int at = b.length() == 0 ? 0 : random.nextInt(b.length());
			switch (random.nextInt(3)) {
				case 0 -> b.insert(at, (char) ('a' + random.nextInt(4)));
				case 1 -> { if (b.length() > 0) b.deleteCharAt(at); }
				default -> { if (b.length() > 0) b.setCharAt(at, (char) ('a' + random.nextInt(4))); }
			}
		}
		return b.toString();
	}

	/** The textbook dynamic programme, as the reference. */
	private static int full(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			for (int j = 0; j <= b.length(); j++) {
				d[i][j] = i == 0 ? j : j == 0 ? i : Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1),
						d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
			}
		}
		return d[a.length()][b.length()];
	}
}
