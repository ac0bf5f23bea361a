// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.ide.hover;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.iotssf.dsl.ide.server.AbstractSsfLanguageServerTest;
import org.junit.jupiter.api.Test;

public class SsfDocumentationProviderTest extends AbstractSsfLanguageServerTest {

	private static final String HOSPITAL = example("hospital-hvac.ssf");

	/** The hover's Markdown at the given text (plus an offset into it), with today's date as {@code TODAY}. */
	private String hover(String model, String at, int plus, String locale) {
		int[] position = position(model, at, plus);
		String[] result = new String[1];
		testHover(config -> {
			config.setModel(model);
			config.setLine(position[0]);
			config.setColumn(position[1]);
			config.setInitializer(params -> params.setLocale(locale));
			config.setAssertHover(hover -> result[0] = hover.getContents().getRight().getValue());
		});
		return result[0].replace(LocalDate.now().toString(), "TODAY");
	}

	@Test
	public void aRiskShowsItsCategoryTheRequiredViewpointsTheirCoverageAndWhy() {
		assertEquals("""
				**risk DosStop** · Heating and cooling stopped by a denial-of-service attack

				Category: **low/medium** — Difficulty of recovery: low (Easily recoverable); Economic impact: medium \
				(Serious (large losses to the organization or its customers))

				Required by method iotssf.default as of TODAY:

				- **V1** Confirmation before operation — declared — Acme (agreed) — open item: no measure
				- **V2** Confirmation during operation — declared — Acme (agreed) — covered

				_Why_

				- DosStop is rated recovery=low, economic=medium in usage Wards on IndoorUnit
				- rule baseline (method iotssf.default) matches recovery=low, economic=medium: requires V1 declared
				- rule economicMedium (method iotssf.default) matches recovery=low, economic=medium: requires V1 declared, \
				V2 declared""", hover(HOSPITAL, "risk DosStop", 6, "en"));
	}

	@Test
	public void aRiskInJapaneseUsesTheMethodsJapaneseLabels() {
		String hover = hover(HOSPITAL, "risk DosStop", 6, "ja-JP");
		assertEquals("""
				カテゴリ: **小/中** — 回復困難性: 小; 経済的影響: 中""",
				hover.lines().filter(l -> l.startsWith("カテゴリ")).findFirst().orElse(hover));
		assertEquals("- **V1** 第1の観点：運用前（設計・製造段階等）におけるフィジカル・サイバー間をつなぐ機器・システムの確認要求 — "
				+ "自己適合宣言 — Acme (合意済み) — 未対応項目：対策なし",
				hover.lines().filter(l -> l.startsWith("- **V1**")).findFirst().orElse(hover));
	}

	@Test
	public void anElementShowsItsCategoryAndViewpointsPerUsage() {
		assertEquals("""
				**element Cloud** · HVAC control cloud

				- in usage Wards: **medium/medium** · V1 declared, V2 declared, V3 declared (risks: 1)


				_Why_

				- Cloud is in 1 usage(s); worst cell recovery=medium, economic=medium""",
				hover(HOSPITAL, "element Cloud", 9, "en"));
	}

	@Test
	public void aLevelShowsItsLabelAndDescription() {
		assertEquals("**level low** · Easily recoverable\n\nThe impact is removed by ordinary repair, reset or compensation.",
				hover(HOSPITAL, "recovery low economic medium", 9, "en"));
	}

	@Test
	public void aLevelInJapanese() {
		assertEquals("**level low** · 小\n\n回復が容易：通常の修理、リセットや補償で影響を取り除ける。",
				hover(HOSPITAL, "recovery low economic medium", 9, "ja"));
	}

	@Test
	public void aViewpointShowsTheFrameworksJapaneseWording() {
		assertEquals("**viewpoint V3** · 第3の観点：機器・システムの運用・管理を行う者の能力に関する確認要求",
				hover(HOSPITAL, "viewpoint V3", 10, "ja").lines().findFirst().orElseThrow());
	}

	@Test
	public void aCatalogItemShowsItsTitleAndStatus() {
		String hover = hover(HOSPITAL, "\"en303645:5.1-1\"", 3, "en");
		assertEquals("**item en303645:5.1-1** · Passwords unique per device or defined by the user · mandatory",
				hover.lines().findFirst().orElseThrow());
	}

	@Test
	public void modelTextIsEscaped() {
		String model = "system S { stakeholder A \"<b>*x*</b> | [link](http://e)\" roles owner }\n";
		assertEquals("**stakeholder A** · &lt;b&gt;\\*x\\*&lt;/b&gt; \\| \\[link\\](http://e) · owner",
				hover(model, "A \"", 0, "en"));
	}
}
