// SPDX-License-Identifier: EPL-2.0
package org.iotssf.report;

import static org.iotssf.report.svg.Svg.escape;

import org.iotssf.analysis.SystemAnalysis;
import org.iotssf.analysis.output.SourceLocator;
import org.iotssf.report.svg.Labels;

/**
 * The requirement document of one system as one self-contained HTML file: inline CSS and SVG, no
 * script, nothing fetched. A pure function of the analysis; every model text is escaped.
 */
public final class HtmlReport {

	private static final String STYLE = """
			body{font-family:"Noto Sans","Noto Sans CJK JP","Hiragino Sans","Yu Gothic",Arial,sans-serif;margin:2em auto;max-width:1100px;color:#222;line-height:1.45}
			h1{font-size:1.7em}h2{border-bottom:2px solid #90a4ae;padding-bottom:.2em;margin-top:2em}h3{margin-bottom:.3em}
			table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #cfd8dc;padding:.25em .5em;text-align:left;vertical-align:top}
			th{background:#eceff1}.chart{overflow-x:auto}.why{color:#555;font-size:.9em}.sev-warning{color:#bf360c}.sev-error{color:#b71c1c;font-weight:bold}
			.sev-info{color:#37474f}code{background:#f5f5f5;padding:0 .2em}nav ol{columns:2}
			@media print{nav{display:none}.chart{overflow:visible}h2{page-break-after:avoid}section{page-break-inside:auto}}
			""";

	private HtmlReport() {
	}

	public static String write(SystemAnalysis a, ReportContent content, SourceLocator locator) {
		Messages m = content.messages();
		StringBuilder h = new StringBuilder();
		h.append("<!DOCTYPE html>\n<html lang=\"").append(m.language()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
				.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
				.append(escape(m.get("doc.title", name(a)))).append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
		h.append("<h1>").append(escape(m.get("doc.title", name(a)))).append("</h1>\n");
		h.append("<p>").append(escape(m.get("doc.intro", Labels.method(a.method(), m), a.asOf()))).append("</p>\n");
		h.append("<nav>\n<ol>\n");
		content.sections().forEach(section -> h.append("<li><a href=\"#").append(section.id()).append("\">").append(escape(section.title()))
				.append("</a></li>\n"));
		h.append("</ol>\n</nav>\n");
		for (Section section : content.sections()) {
			section(h, section.id(), section.title(), Render.html(section.blocks()));
		}
		h.append("</body>\n</html>\n");
		return h.toString();
	}

	static String name(SystemAnalysis a) {
		return a.system().getTitle() != null ? a.system().getTitle() + " (" + a.system().getName() + ")" : a.system().getName();
	}

	private static void section(StringBuilder h, String id, String title, String body) {
		h.append("<section id=\"").append(id).append("\">\n<h2>").append(escape(title)).append("</h2>\n").append(body).append("</section>\n");
	}
}
