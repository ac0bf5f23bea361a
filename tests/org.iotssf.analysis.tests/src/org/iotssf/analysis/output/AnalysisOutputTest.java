// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.iotssf.analysis.AnalysisTestSupport;
import org.iotssf.analysis.SystemAnalysis;
import org.iotssf.dsl.tests.SsfInjectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** AnalysisJson and AnalysisText on a small model, compared whole. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SsfInjectorProvider.class)
public class AnalysisOutputTest {

	@Inject
	private AnalysisTestSupport support;

	private SystemAnalysis analysis() throws Exception {
		return support.analyze("""
				system S "Small" {
					stakeholder Maker roles manufacturer
					element Cam "Camera" kind sensor layer 2 maker Maker
					usage Home elements Cam
					risk R in Home on Cam impacts assets recovery low economic medium
					measure M viewpoint V1 addresses R by Maker evidence selfDeclaration issued 2025-01-01
				}
				""");
	}

	@Test
	public void textSummarizesEveryResult() throws Exception {
		assertEquals("""
				System S "Small" - method iotssf.default, evidence as of 2026-01-15

				Risks (1)
				  R in Home on Cam: recovery=low, economic=medium -> V1 declared (covered), V2 declared (noMeasure)

				Usages (1)
				  Home: recovery=low, economic=medium -> V1 declared, V2 declared

				Elements (1)
				  Cam: Home low/medium

				Open items (3)
				  warning: Open item: method iotssf.default requires V2 (declared) for risk R, and no measure addresses it under V2 yet; to be confirmed by a stakeholder still to be agreed. [iotssf.coverage.viewpointWithoutMeasure]
				  info: No agreement assigns V1, V2 of risk R; the carriers shown are proposed by the method's role allocation. [iotssf.coverage.allocationNotAgreed]
				  warning: Method iotssf.default requires V2, but no stakeholder of S has a role that carries it (operator, serviceProvider, owner) and no agreement assigns it; add that stakeholder or an agreement. [iotssf.coverage.noStakeholderForViewpoint]

				Findings (0)

				""", AnalysisText.write(List.of(analysis()), o -> null, false));
	}

	@Test
	public void theTextOutputHasEveryFixedWordInBothLanguages() {
		assertEquals(org.iotssf.analysis.Texts.keys("text", "en"), org.iotssf.analysis.Texts.keys("text", "ja"));
	}

	@Test
	public void textInJapaneseUsesTheFrameworksWordsAndTheMethodsLabels() throws Exception {
		String text = AnalysisText.write(List.of(analysis()), o -> null, true, "ja");
		assertTrue(text.startsWith("システム S \"Small\" - 手法 iotssf.default、エビデンスの基準日 2026-01-15\n"), text);
		assertTrue(text.contains("  R（利用形態 Home の Cam）: 回復困難性：小、経済的影響：中 -> V1 自己適合宣言 (対策済み), V2 自己適合宣言 (対策なし)\n"), text);
		assertTrue(text.contains("  Cam: Home 小/中\n") && text.contains("確認する者：合意により決める関係者。"), text);
		assertTrue(text.contains("未対応項目（3 件）") && text.contains("  警告: ") && text.contains("      理由: "), text);
		for (String english : List.of("Risks", "Usages", "Elements", "Open items", "Findings", "noMeasure", "covered", "warning:", "why:", "low", "medium",
				"declared", "operator", "serviceProvider")) {
			assertTrue(!text.contains(english), english + " in:\n" + text);
		}
	}

	@Test
	public void jsonCarriesLevelsRanksViewpointsAndExplanations() throws Exception {
		String json = AnalysisJson.write(List.of(analysis()), AnalysisTestSupport.AS_OF, o -> new SourceLocator.Location("s.ssf", 1, 1));
		assertTrue(json.startsWith("{\n  \"schema\": \"iotssf-analysis/1\",\n  \"asOf\": \"2026-01-15\",\n  \"systems\": [\n"), json);
		assertTrue(json.contains("""
				      "risks": [
				        {
				          "name": "R",
				          "title": null,
				          "usage": "Home",
				          "element": "Cam",
				          "function": null,
				          "impacts": [
				            "assets"
				          ],
				          "rationale": null,
				          "location": {
				            "file": "s.ssf",
				            "line": 1,
				            "column": 1
				          },
				          "cell": {
				            "key": "low/medium",
				            "levels": [
				              {
				                "axis": "recovery",
				                "level": "low",
				                "rank": 1,
				                "label": "Easily recoverable"
				              },
				"""), json);
		assertTrue(json.contains("""
				              "viewpoint": "V1",
				              "strength": "declared",
				              "rules": [
				                "baseline",
				                "economicMedium"
				              ],
				              "stakeholders": [
				                "Maker"
				              ],
				              "agreed": false,
				              "coverage": "covered",
				"""), json);
		assertTrue(json.contains("\"explanation\": [\n            \"R is rated recovery=low, economic=medium in usage Home on Cam\","), json);
	}
}
