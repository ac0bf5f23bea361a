// SPDX-License-Identifier: EPL-2.0
package org.iotssf.report;

import org.iotssf.analysis.SystemAnalysis;
import org.iotssf.analysis.output.SourceLocator;
import org.iotssf.report.svg.Labels;

/**
 * The requirement document of one system in Markdown, with the same content as the HTML; the charts
 * are SVG files beside it ({@code <base>-map.svg}, {@code -matrix.svg}, {@code -diagram.svg}).
 */
public final class MarkdownReport {

	private MarkdownReport() {
	}

	public static String write(SystemAnalysis a, ReportContent content, SourceLocator locator, String base) {
		Messages m = content.messages();
		StringBuilder md = new StringBuilder();
		md.append("# ").append(Render.md(m.get("doc.title", HtmlReport.name(a)))).append("\n\n");
		md.append(Render.md(m.get("doc.intro", Labels.method(a.method(), m), a.asOf()))).append("\n\n");
		for (Section section : content.sections()) {
			md.append("## ").append(Render.md(section.title())).append("\n\n").append(Render.markdown(section.blocks(), base));
		}
		return md.toString().stripTrailing() + "\n";
	}
}
