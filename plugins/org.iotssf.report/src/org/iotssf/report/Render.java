// SPDX-License-Identifier: EPL-2.0
package org.iotssf.report;

import static org.iotssf.report.svg.Svg.escape;

import java.util.List;

/** Renders blocks as HTML or as Markdown; every text is escaped for its format. */
public final class Render {

	private Render() {
	}

	public static String html(List<Block> blocks) {
		StringBuilder h = new StringBuilder();
		for (Block block : blocks) {
			if (block instanceof Block.Heading b) {
				h.append("<h3>").append(escape(b.text())).append("</h3>\n");
			} else if (block instanceof Block.Paragraph b) {
				h.append("<p>").append(escape(b.text())).append("</p>\n");
			} else if (block instanceof Block.Items b) {
				h.append("<ul>\n");
				b.items().forEach(i -> h.append("<li>").append(escape(i)).append("</li>\n"));
				h.append("</ul>\n");
			} else if (block instanceof Block.Chart b) {
				h.append("<p>").append(escape(b.caption())).append("</p>\n<div class=\"chart\" id=\"chart-").append(b.name()).append("\">")
						.append(b.svg()).append("</div>\n");
			} else if (block instanceof Block.Table b) {
				{
					h.append("<table>\n<tr>");
					b.header().forEach(c -> h.append("<th>").append(escape(c)).append("</th>"));
					h.append("</tr>\n");
					for (List<String> row : b.rows()) {
						h.append("<tr>");
						row.forEach(c -> h.append("<td>").append(escape(c)).append("</td>"));
						h.append("</tr>\n");
					}
					h.append("</table>\n");
				}
			}
		}
		return h.toString();
	}

	public static String markdown(List<Block> blocks) {
		return markdown(blocks, null);
	}

	/** Markdown; a chart is an image of the SVG file {@code <base>-<name>.svg} beside the document. */
	public static String markdown(List<Block> blocks, String base) {
		StringBuilder md = new StringBuilder();
		for (Block block : blocks) {
			if (block instanceof Block.Heading b) {
				md.append("### ").append(md(b.text())).append("\n\n");
			} else if (block instanceof Block.Paragraph b) {
				md.append(md(b.text())).append("\n\n");
			} else if (block instanceof Block.Items b) {
				b.items().forEach(i -> md.append("- ").append(md(i)).append('\n'));
				md.append('\n');
			} else if (block instanceof Block.Chart b) {
				md.append(md(b.caption())).append("\n\n");
				if (base != null) {
					md.append("![").append(md(b.title())).append("](").append(base).append('-').append(b.name()).append(".svg)\n\n");
				}
			} else if (block instanceof Block.Table b) {
				{
					md.append("| ").append(String.join(" | ", b.header().stream().map(Render::md).toList())).append(" |\n|");
					b.header().forEach(c -> md.append("---|"));
					md.append('\n');
					for (List<String> row : b.rows()) {
						md.append("| ").append(String.join(" | ", row.stream().map(Render::md).toList())).append(" |\n");
					}
					md.append('\n');
				}
			}
		}
		return md.toString();
	}

	/** Escapes Markdown and inline HTML so model text shows as written and never as markup. */
	public static String md(String text) {
		if (plainMarkdown(text)) {
			return text;
		}
		StringBuilder b = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\', '`', '*', '_', '[', ']', '#', '|', '!' -> b.append('\\').append(c);
				case '<' -> b.append("&lt;");
				case '>' -> b.append("&gt;");
				case '&' -> b.append("&amp;");
				case '\n', '\r' -> b.append(' ');
				default -> b.append(c);
			}
		}
		return b.toString();
	}

	/** The characters that Markdown escaping changes, as a table: the check runs over every text of a report. */
	private static final boolean[] MARKDOWN_SPECIAL = new boolean[128];

	static {
		for (char c : "\\`*_[]#|!<>&\n\r".toCharArray()) {
			MARKDOWN_SPECIAL[c] = true;
		}
	}

	private static boolean plainMarkdown(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 128 && MARKDOWN_SPECIAL[c]) {
				return false;
			}
		}
		return true;
	}
}
