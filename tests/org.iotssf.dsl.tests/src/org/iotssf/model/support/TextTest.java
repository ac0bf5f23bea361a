// SPDX-License-Identifier: EPL-2.0
package org.iotssf.model.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

public class TextTest {

	@Test
	public void shortensAtGraphemeBoundariesCountingWideCharacters() {
		assertEquals("abcdefg", Text.shorten("abcdefg", 7));
		assertEquals("abcdef…", Text.shorten("abcdefgh", 7));
		assertEquals("病棟管…", Text.shorten("病棟管理システム", 7));
		// never half of an emoji: the pair and its variation selector stay together or go together
		String title = "病棟 🏥🩺💉🛏️ 24時間";
		for (int width = 1; width < 30; width++) {
			String cut = Text.shorten(title, width);
			assertEquals(-1, Text.loneSurrogateIndex(cut), cut);
			String kept = cut.endsWith(Text.ELLIPSIS) ? cut.substring(0, cut.length() - 1) : cut;
			assertEquals(true, title.startsWith(kept), cut);
			assertEquals(false, kept.endsWith("🛏"), "variation selector cut off: " + cut);
		}
	}

	@Test
	public void clipsLongTextWithoutSplittingPairs() {
		assertEquals("short", Text.clip("short", 10));
		assertEquals("abc…", Text.clip("abcdef", 3));
		String emoji = "🏥".repeat(10);
		String clipped = Text.clip(emoji, 5);
		assertEquals(-1, Text.loneSurrogateIndex(clipped));
		assertEquals("🏥🏥…", clipped);
	}

	@Test
	public void findsLoneSurrogates() {
		assertEquals(-1, Text.loneSurrogateIndex("a🏥b"));
		assertEquals(1, Text.loneSurrogateIndex("a\ud800b"));
		assertEquals(0, Text.loneSurrogateIndex("\udc00"));
		assertEquals(2, Text.loneSurrogateIndex("🏥\ud83c"));
	}

	@Test
	public void wrapsAtPunctuationOrWhereALineIsFullAndShortensTheLastLine() {
		String v1 = "第1の観点：運用前（設計・製造段階等）におけるフィジカル・サイバー間をつなぐ機器・システムの確認要求";
		java.util.List<String> lines = Text.wrap(v1, 26, 4);
		assertEquals(java.util.List.of("第1の観点：運用前（設計・", "製造段階等）におけるフィジ", "カル・サイバー間をつなぐ機", "器・システムの確認要求"), lines);
		assertEquals(java.util.List.of("第1の観点：運用前（設計・", "製造段階等）におけるフィ…"), Text.wrap(v1, 26, 2));
		lines.forEach(line -> assertTrue(line.codePoints().map(Text::width).sum() <= 26, line));
		assertEquals(java.util.List.of("Confirmation before", "operation"), Text.wrap("Confirmation before operation", 20, 3));
		assertEquals(java.util.List.of("short"), Text.wrap("short", 20, 3));
		assertEquals(java.util.List.of("😀😀", "😀😀"), Text.wrap("😀😀😀😀", 4, 2), "emoji are never split");
		assertEquals(java.util.List.of(), Text.wrap("", 10, 2));
	}
}
