// SPDX-License-Identifier: EPL-2.0
package org.iotssf.report.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

public class SvgTest {

	private static String label(String text, int width, String suffix) {
		return new Svg(100, 100, "t").label(0, 0, text, width, suffix, "c").toString("");
	}

	@Test
	public void aLabelThatFitsHasNoTooltip() {
		String svg = label("Short", 24, "");
		assertTrue(svg.contains("<text x=\"0\" y=\"0\" class=\"c\">Short</text>"), svg);
		assertFalse(svg.contains("<text x=\"0\" y=\"0\" class=\"c\"><title>"), svg);
	}

	@Test
	public void aCutLabelKeepsWholeCharactersAndShowsTheFullTextAsItsTooltip() {
		String text = "第3の観点：機器・システムの運用・管理を行う者の能力に関する確認要求";
		String svg = label(text, 24, "");
		assertTrue(svg.contains("<title>" + text + "</title>"), svg);
		assertTrue(svg.contains("</title>第3の観点：機器・システ…</text>"), svg);
	}

	@Test
	public void theSuffixIsNeverCutAndTheTooltipIsEscaped() {
		String svg = label("<b>A very long risk name indeed</b>", 10, "  low/high");
		assertTrue(svg.contains("<title>&lt;b&gt;A very long risk name indeed&lt;/b&gt;  low/high</title>"), svg);
		assertTrue(svg.contains("…  low/high</text>"), svg);
	}

	@Test
	public void numbersAreWrittenAsFormatWritesThemWithOneDecimal() {
		double[] edges = { 0, -0.0, 0.05, 0.15, 0.25, 0.35, -0.04, -0.05, -0.35, 1.95, 9.95, 99.95, -99.95, 12.3456,
				1e-9, -1e-9, 123456789.25, 1e14 + 0.5, 1e16, -1e16, Double.NaN, Double.POSITIVE_INFINITY };
		for (double v : edges) {
			assertEquals(reference(v), Svg.n(v), "value " + v);
		}
		Random random = new Random(42);
		for (int i = 0; i < 200_000; i++) {
			double v = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(8));
			double coarse = Math.round(v * 100) / 100.0; // values with few decimals, as layouts make them
			assertEquals(reference(v), Svg.n(v), "value " + v);
			assertEquals(reference(coarse), Svg.n(coarse), "value " + coarse);
		}
	}

	private static String reference(double v) {
		// what the diagrams wrote before numbers were formatted without String.format
		return Math.rint(v) == v ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
	}
}
