// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli;

import java.util.Comparator;
import java.util.Locale;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/** One located message about a model file, printed as {@code path:line:col: severity: message [code]}. */
public record Problem(String path, int line, int column, Severity severity, String message, String code) {

	/** Orders problems by line, then column. */
	public static final Comparator<Problem> BY_POSITION = Comparator.comparingInt(Problem::line)
			.thenComparingInt(Problem::column);

	/** Orders problems errors first, then warnings, then infos, each by position. */
	public static final Comparator<Problem> BY_SEVERITY = Comparator.comparingInt((Problem p) -> p.severity().ordinal())
			.thenComparing(BY_POSITION);

	/** A problem from an Xtext issue (syntax, linking or validation). */
	public static Problem of(String path, Issue issue) {
		int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
		int column = issue.getColumn() == null ? 1 : issue.getColumn();
		return new Problem(path, line, column, issue.getSeverity(), issue.getMessage(),
				issue.getCode() == null ? "iotssf.unclassified" : issue.getCode());
	}

	/** The line printed for this problem. */
	public String format() {
		return oneLine(path) + ":" + line + ":" + column + ": " + severity.name().toLowerCase(Locale.ROOT) + ": "
				+ oneLine(message.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ')) + " [" + code + "]";
	}

	/**
	 * Text as one line: control characters, Unicode line and paragraph separators and bidirectional
	 * controls (which would break or reorder the line in a terminal) are shown escaped.
	 */
	static String oneLine(String text) {
		StringBuilder b = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			if (Character.isISOControl(c) && c <= 0xff) {
				b.append(String.format("\\x%02x", c));
			} else if (c == 0x2028 || c == 0x2029 || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069) {
				b.append(String.format("\\u%04x", c));
			} else {
				b.appendCodePoint(c);
			}
		});
		return b.toString();
	}
}
