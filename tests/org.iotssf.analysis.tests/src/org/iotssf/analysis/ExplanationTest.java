// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis;

import static org.iotssf.analysis.Explanation.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

public class ExplanationTest {

	@Test
	public void readsInEnglishOrJapaneseWithNestedPhrases() {
		Explanation e = Explanation.of(step("usage.cell", "recovery=low, economic=medium", "@agg.worstPerAxis", 2, "A low/medium, B low/low"),
				step("viewpoint.carriedBy", "@nobody"));
		assertEquals("cell recovery=low, economic=medium is the worst level on each axis (aggregation worstPerAxis) of its 2 rated risks "
				+ "(A low/medium, B low/low); carried by nobody", e.oneLine());
		assertEquals("カテゴリ recovery=low, economic=medium は、評価済みリスク 2 件（A low/medium, B low/low）の軸ごとの最も高い段階（手法の集約規則）。"
				+ "担い手：担い手なし", e.oneLine("ja"));
	}

	@Test
	public void everyStepHasAJapaneseText() {
		assertEquals(Texts.keys(Explanation.BUNDLE, "en"), Texts.keys(Explanation.BUNDLE, "ja"));
		List<String> args = Collections.nCopies(4, "x");
		for (String key : Texts.keys(Explanation.BUNDLE, "en")) {
			Explanation.Step s = new Explanation.Step(key, args);
			if (!key.equals("asil.inputs") && !key.equals("sl.actual")) {
				assertNotEquals(s.text("en"), s.text("ja"), key);
			}
			assertTrue(!s.text("ja").contains("{"), key);
		}
	}

	@Test
	public void joinsMoreSteps() {
		assertEquals(List.of("required: V1", "no agreement covers them for this risk"),
				Explanation.of(step("gap.required", "V1")).then(Explanation.of(step("gap.noAgreement"))).steps());
	}
}
