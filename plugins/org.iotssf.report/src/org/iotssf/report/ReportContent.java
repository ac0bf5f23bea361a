// SPDX-License-Identifier: EPL-2.0
package org.iotssf.report;

import org.iotssf.analysis.SystemAnalysis;
import org.iotssf.report.svg.CategorizationMap;
import org.iotssf.report.svg.SystemDiagram;
import org.iotssf.report.svg.ViewpointMatrix;

/** The charts of one system's document, drawn once and shared by the HTML and Markdown writers. */
public record ReportContent(Messages messages, String map, String matrix, String diagram) {

	public static ReportContent of(SystemAnalysis analysis, Messages messages) {
		return new ReportContent(messages, CategorizationMap.draw(analysis, messages), ViewpointMatrix.draw(analysis, messages),
				SystemDiagram.draw(analysis, messages));
	}
}
