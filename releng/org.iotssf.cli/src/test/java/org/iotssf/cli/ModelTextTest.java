// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ModelTextTest {

	@Test
	void decodesUtf8AndDropsAByteOrderMark() {
		byte[] text = "\uFEFFsystem 病院 {}".getBytes(StandardCharsets.UTF_8);
		ModelText.Decoded decoded = ModelText.decode("x.ssf", text);
		assertNull(decoded.problem());
		assertEquals("system 病院 {}", decoded.text());
	}

	@Test
	void locatesTheFirstInvalidByte() {
		byte[] text = { 'a', '\n', 'b', 'c', (byte) 0xFF, 'd' };
		ModelText.Decoded decoded = ModelText.decode("x.ssf", text);
		assertEquals(ModelText.NOT_UTF8, decoded.problem().code());
		assertEquals(2, decoded.problem().line());
		assertEquals(3, decoded.problem().column());
	}
}
