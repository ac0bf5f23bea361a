// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli.fuzz;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deterministic mutations of model text: the same seed gives the same bytes. Operators work on bytes,
 * lines or tokens, change encodings and line ends, and make huge or deeply nested input.
 */
final class Mutator {

	private static final Pattern TOKEN = Pattern.compile("\"(?:[^\"\\\\\n]++|\\\\.)*+\"|[A-Za-z_^][\\w.^]*+|\\d++|\\S");

	private static final String[] INSERTS = { "{", "}", "\"", "\\", "^", ":", ",", "->", "system", "element", "risk", "usage",
			"method", "extends", "import", "uses method", "recovery", "economic", "in", "on", "by", "// comment", "/* open",
			"*/", "\"<script>alert(1)</script>\"", "\"=cmd|' /C calc'!A0\"", "\"\\ud800\"", "\"\\u00e9\\u0301\"",
			"\"病棟 🏥🩺💉🛏️ 24時間\"", "\u202e", "\u2028", "\uFEFF", "\u0000", "-1", "99999999999999999999999",
			"2026-02-30", "'", "&amp;", "]]>", "\t", "\r", "\r\n", "\n\n\n" };

	private static final String[] NAMES = { "A", "B", "Cloud", "IndoorUnit", "Gateway", "iotssf.default", "V1", "V5", "low",
			"high", "none", "Acme", "x".repeat(300), "É", "日本" };

	private final Random random;

	Mutator(long seed) {
		random = new Random(seed);
	}

	/** One to three mutations of the text, as the bytes of a file. */
	byte[] mutate(String text) {
		String mutated = text;
		int rounds = 1 + random.nextInt(3);
		for (int i = 0; i < rounds; i++) {
			mutated = textOperator(mutated);
		}
		return random.nextInt(12) == 0 ? byteOperator(mutated) : mutated.getBytes(StandardCharsets.UTF_8);
	}

	int nextInt(int bound) {
		return random.nextInt(bound);
	}

	private String textOperator(String text) {
		return switch (random.nextInt(14)) {
			case 0 -> text.substring(0, random.nextInt(text.length() + 1));
			case 1 -> lineEdit(text);
			case 2, 3 -> tokenEdit(text, true);
			case 4, 5 -> tokenEdit(text, false);
			case 6 -> insert(text, INSERTS[random.nextInt(INSERTS.length)]);
			case 7 -> lineEnds(text);
			case 8 -> huge(text);
			case 9 -> deep(text);
			case 10 -> tokenReplace(text, NAMES[random.nextInt(NAMES.length)]);
			case 11 -> swapLines(text);
			case 12 -> text.replaceFirst("system (\\S+)", "system $1" + "X".repeat(random.nextInt(3) * 150));
			default -> insert(text, randomCodePoints());
		};
	}

	private byte[] byteOperator(String text) {
		switch (random.nextInt(5)) {
			case 0 -> {
				byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
				if (bytes.length > 0) {
					bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
				}
				return bytes;
			}
			case 1 -> {
				return text.getBytes(Charset.forName(random.nextBoolean() ? "UTF-16" : "ISO-8859-1"));
			}
			case 2 -> {
				byte[] body = text.getBytes(StandardCharsets.UTF_8);
				byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
				byte[] all = new byte[bom.length + body.length];
				System.arraycopy(bom, 0, all, 0, bom.length);
				System.arraycopy(body, 0, all, bom.length, body.length);
				return all;
			}
			case 3 -> {
				byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
				if (bytes.length > 0) {
					bytes[random.nextInt(bytes.length)] = (byte) (0x80 + random.nextInt(0x80));
				}
				return bytes;
			}
			default -> {
				return text.getBytes(StandardCharsets.UTF_8);
			}
		}
	}

	private String lineEdit(String text) {
		List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
		int at = random.nextInt(lines.size());
		if (random.nextBoolean()) {
			lines.remove(at);
		} else {
			lines.add(at, lines.get(at));
		}
		return String.join("\n", lines);
	}

	private String swapLines(String text) {
		List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
		int a = random.nextInt(lines.size());
		int b = random.nextInt(lines.size());
		String t = lines.get(a);
		lines.set(a, lines.get(b));
		lines.set(b, t);
		return String.join("\n", lines);
	}

	private String tokenEdit(String text, boolean delete) {
		List<int[]> tokens = tokens(text);
		if (tokens.isEmpty()) {
			return text;
		}
		int[] t = tokens.get(random.nextInt(tokens.size()));
		String token = text.substring(t[0], t[1]);
		return delete ? text.substring(0, t[0]) + text.substring(t[1]) : text.substring(0, t[1]) + " " + token + text.substring(t[1]);
	}

	private String tokenReplace(String text, String replacement) {
		List<int[]> tokens = tokens(text);
		if (tokens.isEmpty()) {
			return replacement;
		}
		int[] t = tokens.get(random.nextInt(tokens.size()));
		return text.substring(0, t[0]) + replacement + text.substring(t[1]);
	}

	private String insert(String text, String what) {
		int at = random.nextInt(text.length() + 1);
		while (at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at))) {
			at--;
		}
		return text.substring(0, at) + " " + what + " " + text.substring(at);
	}

	private String lineEnds(String text) {
		return switch (random.nextInt(3)) {
			case 0 -> text.replace("\n", "\r");
			case 1 -> text.replace("\n", "\r\n");
			default -> text.replaceAll("\n(?=.)", random.nextBoolean() ? "\r" : "\r\n");
		};
	}

	private String huge(String text) {
		return switch (random.nextInt(3)) {
			case 0 -> text + ("\n// " + "x".repeat(1000)).repeat(500);
			case 1 -> insert(text, "A".repeat(200_000));
			default -> text.replace("\n", " ");
		};
	}

	private String deep(String text) {
		int depth = 500 + random.nextInt(3000);
		return insert(text, "{".repeat(depth) + "}".repeat(random.nextInt(depth)));
	}

	private String randomCodePoints() {
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < 1 + random.nextInt(8); i++) {
			int cp;
			do {
				cp = random.nextInt(3) == 0 ? random.nextInt(0x80) : random.nextInt(0x30000);
			} while (cp >= 0xD800 && cp <= 0xDFFF);
			b.appendCodePoint(cp);
		}
		return b.toString();
	}

	private static List<int[]> tokens(String text) {
		List<int[]> tokens = new ArrayList<>();
		Matcher m = TOKEN.matcher(text);
		while (m.find()) {
			tokens.add(new int[] { m.start(), m.end() });
		}
		return tokens;
	}
}
