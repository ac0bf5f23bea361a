// SPDX-License-Identifier: EPL-2.0
package org.iotssf.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

public class MessagesTest {

	/** Strings that are the same in both languages on purpose. */
	private static final Set<String> SAME = Set.of("col.asil");

	@Test
	public void japaneseHasEveryKeyOfEnglish() {
		assertEquals(Messages.of("en").keys(), Messages.of("ja").keys());
	}

	@Test
	public void noJapaneseStringIsLeftInEnglish() {
		Messages en = Messages.of("en");
		Messages ja = Messages.of("ja");
		for (String key : en.keys()) {
			if (!SAME.contains(key)) {
				assertNotEquals(en.get(key), ja.get(key), key);
			}
		}
	}

	@Test
	public void argumentsAreFilledIn() {
		assertEquals("Method iotssf.default", Messages.of("en").get("appendix.method", "iotssf.default"));
		assertEquals("手法 iotssf.default", Messages.of("ja").get("appendix.method", "iotssf.default"));
	}
}
