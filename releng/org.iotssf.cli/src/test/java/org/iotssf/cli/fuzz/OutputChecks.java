// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli.fuzz;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

/** What every output of the command line must be, whatever the input. */
final class OutputChecks {

	private static final Pattern ISSUE = Pattern.compile("(.+):(\\d+):(\\d+): (error|warning|info): (.+) \\[([\\w.]+)\\]");
	private static final Pattern TRACE = Pattern.compile("(?m)^\\s+at [\\w$.]+\\(|Exception(?:\\b|:)|\\bat java\\.|Caused by:");

	private OutputChecks() {
	}

	/** No stack trace, no internal error, in any stream. */
	static void noTrace(String what, String... streams) {
		for (String s : streams) {
			if (TRACE.matcher(s).find() || s.contains("internal error")) {
				throw new AssertionError(what + " printed a stack trace or an internal error:\n" + head(s));
			}
		}
	}

	/**
	 * Every line of check's output is a well-formed issue located inside its file; returns the number of
	 * errors.
	 */
	static int issues(String out, Path file, String text) {
		List<String> lines = text == null ? List.of() : List.of(text.split("\r\n|\r|\n", -1));
		int errors = 0;
		for (String line : out.split("\n")) {
			if (line.isEmpty()) {
				continue;
			}
			Matcher m = ISSUE.matcher(line);
			if (!m.matches()) {
				throw new AssertionError("a malformed issue line: " + head(line));
			}
			int row = Integer.parseInt(m.group(2));
			int column = Integer.parseInt(m.group(3));
			if (row < 1 || column < 1 || lines.size() > 0 && (row > lines.size() || column > lines.get(row - 1).length() + 1)) {
				throw new AssertionError("an issue outside the file (" + lines.size() + " lines): " + head(line));
			}
			errors += m.group(4).equals("error") ? 1 : 0;
		}
		return errors;
	}

	/** Checks every file a report wrote by its kind. */
	static void reportFiles(Path folder) throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.toList()) {
				String name = file.getFileName().toString();
				String content = Files.readString(file, StandardCharsets.UTF_8);
				if (name.startsWith(".")) {
					throw new AssertionError("a temporary file was left: " + name);
				}
				if (name.endsWith(".json") || name.endsWith(".sarif")) {
					Json.check(name, content);
				} else if (name.endsWith(".svg")) {
					xml(name, content);
				} else if (name.endsWith(".csv")) {
					csv(name, content);
				}
				if (content.toLowerCase(Locale.ROOT).contains("<script") && (name.endsWith(".html") || name.endsWith(".svg")
						|| name.endsWith(".md"))) {
					throw new AssertionError(name + " holds a <script> element: model text was not escaped");
				}
			}
		}
	}

	static void xml(String name, String content) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		try {
			factory.newDocumentBuilder().parse(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
		} catch (Exception e) {
			throw new AssertionError(name + " is not well-formed XML: " + e.getMessage());
		}
	}

	/** RFC 4180 records with as many fields as the header, and no cell that a spreadsheet runs as a formula. */
	static void csv(String name, String content) {
		int fields = -1;
		int count = 1;
		boolean quoted = false;
		boolean fieldStart = true;
		for (int i = 0; i < content.length(); i++) {
			char c = content.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < content.length() && content.charAt(i + 1) == '"') {
						i++;
					} else {
						quoted = false;
					}
				}
				continue;
			}
			if (fieldStart && "=+-@".indexOf(c) >= 0) {
				throw new AssertionError(name + ": a cell starts with '" + c + "' and would run as a formula");
			}
			fieldStart = false;
			if (c == '"') {
				quoted = true;
				if (i + 1 < content.length() && "=+-@".indexOf(content.charAt(i + 1)) >= 0) {
					throw new AssertionError(name + ": a quoted cell starts with a formula character");
				}
			} else if (c == ',') {
				count++;
				fieldStart = true;
			} else if (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
				i++;
				if (fields >= 0 && count != fields) {
					throw new AssertionError(name + ": a record has " + count + " fields, the header " + fields);
				}
				fields = fields < 0 ? count : fields;
				count = 1;
				fieldStart = true;
			}
		}
		if (quoted) {
			throw new AssertionError(name + ": an unclosed quote");
		}
	}

	static String head(String s) {
		return s.length() > 2000 ? s.substring(0, 2000) + "..." : s;
	}
}
