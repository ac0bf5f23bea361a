// SPDX-License-Identifier: EPL-2.0
package org.iotssf.report;

import org.iotssf.analysis.SystemAnalysis;
import org.iotssf.analysis.output.SourceLocator;

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
		md.append(Render.md(m.get("doc.intro", a.method().getName(), a.asOf()))).append("\n\n");
		section(md, m.get("section.summary"), Render.markdown(content.summary()));
		section(md, m.get("section.map"), Render.md(m.get("map.caption")) + "\n\n![" + Render.md(m.get("section.map")) + "](" + base + "-map.svg)\n\n");
		section(md, m.get("section.matrix"), Render.md(m.get("matrix.caption")) + "\n\n![" + Render.md(m.get("section.matrix")) + "](" + base
				+ "-matrix.svg)\n\n");
		section(md, m.get("section.diagram"), Render.md(m.get("diagram.caption")) + "\n\n![" + Render.md(m.get("section.diagram")) + "](" + base
				+ "-diagram.svg)\n\n");
		section(md, m.get("section.stakeholders"), Render.markdown(content.stakeholders()));
		section(md, m.get("section.findings"), Render.markdown(content.findings()) + Render.markdown(content.asil()));
		section(md, m.get("section.coverage"), Render.markdown(content.coverage()));
		section(md, m.get("section.appendix"), Render.markdown(content.appendix()));
		return md.toString().stripTrailing() + "\n";
	}

	private static void section(StringBuilder md, String title, String body) {
		md.append("## ").append(Render.md(title)).append("\n\n").append(body);
	}
}
