// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

public class FindingTest {

	private static final Finding SPOF = new Finding("iotssf.finding.singlePointOfFailure", Severity.WARNING, "singlePointOfFailure",
			List.of("Gateway", "2"), null, List.of(), Explanation.of());

	@Test
	public void givesItsMessageInEnglishOrJapanese() {
		assertEquals("If Gateway fails, 2 other elements lose their connection to the rest of the system; add redundancy or a fallback path.",
				SPOF.message());
		assertEquals("Gateway が故障すると、他の 2 台の機器・システムがシステムの残りとの接続を失う。冗長化か代替経路を設けること。", SPOF.message("ja"));
		assertEquals(SPOF.message(), SPOF.message("fr"));
	}

	@Test
	public void everyTemplateHasAJapaneseTranslation() {
		assertEquals(Finding.templates("en"), Finding.templates("ja"));
		for (String template : Finding.templates("en")) {
			Finding f = new Finding("x", Severity.INFO, template, List.of("a", "b", "c", "d", "e", "f"), null, List.of(), Explanation.of());
			assertNotEquals(f.message("en"), f.message("ja"), template);
			assertTrue(!f.message("ja").contains("{"), template);
		}
	}
}
