// SPDX-License-Identifier: EPL-2.0
package org.iotssf.report.svg;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.iotssf.model.support.Text;

/**
 * A small builder of SVG text. Every text from a model passes through {@link #escape}, so a name like
 * {@code <script>} is drawn as text. Numbers are written with at most one decimal, so output is stable.
 */
public final class Svg {

	private final StringBuilder body = new StringBuilder();
	private final double width;
	private final double height;
	private final String title;

	public Svg(double width, double height, String title) {
		this.width = width;
		this.height = height;
		this.title = title;
	}

	/** Escapes text for XML content and attribute values. */
	public static String escape(String text) {
		if (text == null) {
			return "";
		}
		if (plain(text)) {
			return text;
		}
		StringBuilder b = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '<' -> b.append("&lt;");
				case '>' -> b.append("&gt;");
				case '&' -> b.append("&amp;");
				case '"' -> b.append("&quot;");
				case '\'' -> b.append("&#39;");
				default -> {
					if (c >= 0x20 || c == '\n' || c == '\t') {
						b.append(c);
					}
				}
			}
		}
		return b.toString();
	}

	private static boolean plain(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '<' || c == '>' || c == '&' || c == '"' || c == '\'' || c < 0x20) {
				return false;
			}
		}
		return true;
	}

	/** A coordinate as written in the SVG: whole numbers without decimals, others with one (as {@code %.1f} writes them). */
	public static String n(double value) {
		if (Math.rint(value) == value) {
			return Long.toString((long) value);
		}
		if (Double.isNaN(value)) {
			return "NaN";
		}
		// what String.format(Locale.ROOT, "%.1f", value) writes (the shortest decimal of the value, rounded
		// half up), without parsing a format for each of the many numbers a diagram has
		String rounded = new BigDecimal(Double.toString(value)).setScale(1, RoundingMode.HALF_UP).toPlainString();
		return value < 0 && rounded.charAt(0) != '-' ? "-" + rounded : rounded;
	}

	public Svg rect(double x, double y, double w, double h, String cssClass) {
		body.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
				.append("\" height=\"").append(n(h)).append("\" class=\"").append(cssClass).append("\"/>\n");
		return this;
	}

	public Svg circle(double cx, double cy, double r, String cssClass, String tooltip) {
		body.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r))
				.append("\" class=\"").append(cssClass).append("\">");
		tooltip(tooltip);
		body.append("</circle>\n");
		return this;
	}

	public Svg line(double x1, double y1, double x2, double y2, String cssClass) {
		body.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
				.append("\" y2=\"").append(n(y2)).append("\" class=\"").append(cssClass).append("\"/>\n");
		return this;
	}

	/** A polyline through the points x0, y0, x1, y1, ... */
	public Svg polyline(String cssClass, double... points) {
		body.append("<polyline class=\"").append(cssClass).append("\" points=\"");
		for (int i = 0; i < points.length; i += 2) {
			body.append(i == 0 ? "" : " ").append(n(points[i])).append(',').append(n(points[i + 1]));
		}
		body.append("\"/>\n");
		return this;
	}

	public Svg text(double x, double y, String text, String cssClass) {
		body.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" class=\"").append(cssClass).append("\">")
				.append(escape(text)).append("</text>\n");
		return this;
	}

	/**
	 * A label cut to at most {@code maxWidth} columns (whole characters and graphemes only, "…" appended); when
	 * cut, the full text is its tooltip ({@code <title>}), so nothing of the model is lost from the chart.
	 */
	public Svg label(double x, double y, String text, int maxWidth, String cssClass) {
		return label(x, y, text, maxWidth, "", cssClass);
	}

	/** A label as above, followed by a suffix that is never cut (such as a risk's cell after its name). */
	public Svg label(double x, double y, String text, int maxWidth, String suffix, String cssClass) {
		String shown = Text.shorten(text, maxWidth);
		body.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" class=\"").append(cssClass).append("\">");
		if (!shown.equals(text)) {
			tooltip(text + suffix);
		}
		body.append(escape(shown + suffix)).append("</text>\n");
		return this;
	}

	/**
	 * A label on up to {@code maxLines} lines of {@code maxWidth} columns, {@code lineHeight} apart (see
	 * {@link Text#wrap}); when the last line is shortened, the full text is its tooltip.
	 */
	public Svg lines(double x, double y, String text, int maxWidth, int maxLines, double lineHeight, String cssClass) {
		List<String> lines = Text.wrap(text, maxWidth, maxLines);
		body.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" class=\"").append(cssClass).append("\">");
		if (!String.join("", lines).replace(" ", "").equals(text.replace(" ", ""))) {
			tooltip(text);
		}
		for (int i = 0; i < lines.size(); i++) {
			body.append("<tspan x=\"").append(n(x)).append("\" dy=\"").append(n(i == 0 ? 0 : lineHeight)).append("\">")
					.append(escape(lines.get(i))).append("</tspan>");
		}
		body.append("</text>\n");
		return this;
	}

	private void tooltip(String text) {
		if (text != null) {
			body.append("<title>").append(escape(text)).append("</title>");
		}
	}

	/** The SVG element, with its styles inline so the file stands alone. */
	public String toString(String css) {
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + n(width) + " " + n(height) + "\" width=\"" + n(width)
				+ "\" height=\"" + n(height) + "\" role=\"img\" aria-label=\"" + escape(title) + "\">\n<title>" + escape(title)
				+ "</title>\n<style>" + css + "</style>\n" + body + "</svg>\n";
	}
}
