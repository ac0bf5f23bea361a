// SPDX-License-Identifier: EPL-2.0
package org.iotssf.report.svg;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
