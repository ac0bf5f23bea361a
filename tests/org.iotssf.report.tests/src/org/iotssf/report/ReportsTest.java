// SPDX-License-Identifier: EPL-2.0
package org.iotssf.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.iotssf.analysis.AnalysisTestSupport;
import org.iotssf.analysis.SystemAnalysis;
import org.iotssf.analysis.output.SourceLocator;
import org.iotssf.dsl.tests.SsfInjectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Every format of the hospital example against golden files, in English and Japanese. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SsfInjectorProvider.class)
public class ReportsTest {

	@Inject
	private AnalysisTestSupport support;

	/** Locates objects by line in the example file, as the command line does. */
	static final SourceLocator LOCATOR = o -> {
		var node = org.eclipse.xtext.nodemodel.util.NodeModelUtils.findActualNodeFor(o);
		return node == null ? null : new SourceLocator.Location("hospital-hvac.ssf", node.getStartLine(), 1);
	};

	private Map<String, String> generate(String language) throws Exception {
		SystemAnalysis a = support.analyze(Files.readString(Path.of("../../examples/hospital-hvac.ssf")));
		return Reports.generate(new Reports.Request(List.of(a), Set.copyOf(Reports.FORMATS), Messages.of(language),
				AnalysisTestSupport.AS_OF, LOCATOR, List.of(), "test"));
	}

	@Test
	public void writesEveryFormat() throws Exception {
		Map<String, String> files = generate("en");
		assertEquals(List.of("HospitalHvac-diagram.svg", "HospitalHvac-map.svg", "HospitalHvac-matrix.svg", "HospitalHvac.html",
				"HospitalHvac.json", "HospitalHvac.md", "iotssf.sarif", "risk-register.csv"), List.copyOf(files.keySet()));
		for (Map.Entry<String, String> file : files.entrySet()) {
			Golden.assertMatches("en/" + file.getKey(), file.getValue());
		}
	}

	@Test
	public void aProductsInstancesInOtherSystemsAreShownWithTheirCells() throws Exception {
		List<SystemAnalysis> analyses = support.analyzeAll("""
				product acme.Motor "Motor unit" kind actuator maker "Acme"
				system S {
					element M1 product acme.Motor layer 2
					usage Home elements M1
					risk Open in Home on M1 impacts assets recovery medium economic low
				}
				system T {
					element M9 product acme.Motor layer 2
					usage Plant elements M9
					risk Crush in Plant on M9 impacts lifeBody recovery high economic medium
				}
				""");
		Map<String, String> files = Reports.generate(new Reports.Request(analyses, Set.of("md"), Messages.of("en"),
				AnalysisTestSupport.AS_OF, LOCATOR, List.of(), "test"));
		assertTrue(files.get("S.md").contains("| Motor unit (acme.Motor) | Acme | M1 / Home: medium/low | medium/low | T.M9 (Plant: high/medium) |"),
				files.get("S.md"));
		assertTrue(files.get("T.md").contains("| Motor unit (acme.Motor) | Acme | M9 / Plant: high/medium | high/medium | S.M1 (Home: medium/low) |"),
				files.get("T.md"));
	}

	@Test
	public void writesJapanese() throws Exception {
		Map<String, String> files = generate("ja");
		Golden.assertMatches("ja/HospitalHvac.html", files.get("HospitalHvac.html"));
		Golden.assertMatches("ja/HospitalHvac.md", files.get("HospitalHvac.md"));
		assertTrue(files.get("HospitalHvac.html").contains("<html lang=\"ja\">"));
		assertTrue(files.get("HospitalHvac-map.svg").contains("回復困難性"));
		assertTrue(files.get("HospitalHvac-matrix.svg").contains("第1の観点"));
	}

	@Test
	public void theSameInputGivesByteIdenticalOutput() throws Exception {
		assertEquals(generate("en"), generate("en"));
	}

	@Test
	public void theHtmlIsSelfContained() throws Exception {
		String html = generate("en").get("HospitalHvac.html");
		assertTrue(!html.contains("<script") && !html.contains("src=\"http") && !html.contains("href=\"http") && !html.contains("@import"));
		assertEquals(3, html.split("<svg ", -1).length - 1);
	}

	@Test
	public void theJapaneseRiskRegisterOpensInExcelAndSpeaksJapanese() throws Exception {
		String csv = generate("ja").get("risk-register.csv");
		assertTrue(csv.startsWith(CsvRegister.BYTE_ORDER_MARK + "システム,"), csv.substring(0, 20));
		assertTrue(csv.contains("V1 対策なし; V2 対策済み") && csv.contains("V1 自己適合宣言; V2 自己適合宣言") && csv.contains(",いいえ,"), csv);
		assertTrue(!csv.contains("noMeasure") && !csv.contains(",false,"), csv);
		assertTrue(!generate("en").get("risk-register.csv").startsWith(CsvRegister.BYTE_ORDER_MARK));
	}
}
