// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

public class SuggestionsTest {

	@Test
	public void suggestsTheNearestNameWithinAThirdOfItsLength() {
		assertEquals("IndoorUnit", Suggestions.nearest("IndorUnit", List.of("Cloud", "IndoorUnit", "Gateway")));
		assertEquals("HospitalHvac.Cloud", Suggestions.nearest("cloud", List.of("HospitalHvac.Cloud", "Gateway")));
		assertNull(Suggestions.nearest("Xyz", List.of("Cloud", "Gateway")));
	}

	@Test
	public void distanceCountsEdits() {
		assertEquals(0, Suggestions.distance("abc", "abc"));
		assertEquals(1, Suggestions.distance("abc", "abd"));
		assertEquals(3, Suggestions.distance("", "abc"));
	}
}
