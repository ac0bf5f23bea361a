// SPDX-License-Identifier: EPL-2.0
package org.iotssf.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.iotssf.analysis.AnalysisTestSupport;
import org.iotssf.dsl.tests.SsfInjectorProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Model text reaches every format as text: HTML, SVG and Markdown escaped, CSV safe from formulas. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SsfInjectorProvider.class)
public class EscapingTest {

	@Inject
	private AnalysisTestSupport support;

	private Map<String, String> files() throws Exception {
		return Reports.generate(new Reports.Request(List.of(support.analyze("""
				system X "<script>alert(1)</script>" {
					domain D "<img src=x onerror=alert(2)>"
					stakeholder S "A & B <b>bold</b>" roles manufacturer
					element E "<script>alert(3)</script>" kind sensor layer 2 in D maker S
					usage U elements E
					risk R "*not emphasis* | pipe" in U on E impacts assets recovery medium economic low
						rationale "=HYPERLINK(\\"http://x\\")"
				}
				""")), Set.copyOf(Reports.FORMATS), Messages.of("en"), AnalysisTestSupport.AS_OF, o -> null, List.of(), "test"));
	}

	@Test
	public void htmlAndSvgShowModelTextAsText() throws Exception {
		Map<String, String> files = files();
		for (String name : List.of("X.html", "X-map.svg", "X-diagram.svg", "X-matrix.svg")) {
			assertFalse(files.get(name).contains("<script"), name);
			assertFalse(files.get(name).contains("<img"), name);
		}
		assertTrue(files.get("X.html").contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
		assertTrue(files.get("X.html").contains("A &amp; B &lt;b&gt;bold&lt;/b&gt;"));
		assertTrue(files.get("X-diagram.svg").contains("D — &lt;img"), files.get("X-diagram.svg"));
	}

	@Test
	public void markdownEscapesMarkupAndTables() throws Exception {
		String md = files().get("X.md");
		assertTrue(md.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), md);
		assertFalse(md.contains("<script"));
	}

	@Test
	public void csvNeutralizesFormulas() throws Exception {
		String csv = files().get("risk-register.csv");
		assertTrue(csv.contains(",\"'=HYPERLINK(\"\"http://x\"\")\"\r\n"), csv);
		assertTrue(csv.contains(",*not emphasis* | pipe,"), csv);
	}
}
