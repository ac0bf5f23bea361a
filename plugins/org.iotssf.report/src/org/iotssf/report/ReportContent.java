// SPDX-License-Identifier: EPL-2.0
package org.iotssf.report;

import java.util.List;

import org.iotssf.analysis.SystemAnalysis;
import org.iotssf.analysis.output.SourceLocator;
import org.iotssf.report.svg.CategorizationMap;
import org.iotssf.report.svg.SystemDiagram;
import org.iotssf.report.svg.ViewpointMatrix;

/**
 * The content of one system's document, computed once and shared by the HTML and Markdown writers so
 * that both say the same: the three charts and the text sections.
 */
public record ReportContent(Messages messages, String map, String matrix, String diagram, List<Block> summary,
		List<Block> stakeholders, List<Block> findings, List<Block> asil, List<Block> coverage, List<Block> appendix) {

	public static ReportContent of(SystemAnalysis a, Messages m, SourceLocator locator) {
		return new ReportContent(m, CategorizationMap.draw(a, m), ViewpointMatrix.draw(a, m), SystemDiagram.draw(a, m),
				Sections.summary(a, m), Sections.stakeholders(a, m), Sections.findings(a.findings(), locator, m), Sections.asil(a, m),
				Sections.findings(a.coverage(), locator, m), Sections.appendix(a, m));
	}
}
