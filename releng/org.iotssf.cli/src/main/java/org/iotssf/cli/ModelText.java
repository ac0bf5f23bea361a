// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.eclipse.xtext.diagnostics.Severity;

/** Decodes a model file's bytes as UTF-8 text, or says precisely why it is not such text. */
public final class ModelText {

	/** The issue code for a file that is binary, not text. */
	public static final String NOT_TEXT = "iotssf.notText";
	/** The issue code for a file that is not valid UTF-8. */
	public static final String NOT_UTF8 = "iotssf.notUtf8";

	private ModelText() {
	}

	/** The decoded text, or the problem that prevents reading it as a model. */
	public record Decoded(String text, Problem problem) {
	}

	public static Decoded decode(String path, byte[] bytes) {
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == 0) {
				return problem(path, bytes, i, NOT_TEXT, "This is not a text file (it contains a NUL byte at offset " + i
						+ "); .ssf models are UTF-8 text.");
			}
		}
		int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
		try {
			return new Decoded(decoder.decode(buffer).toString(), null);
		} catch (CharacterCodingException e) {
			int offset = buffer.position();
			return problem(path, bytes, offset, NOT_UTF8, "The file is not valid UTF-8 (byte offset " + offset
					+ "); save it as UTF-8.");
		}
	}

	/** A problem at a byte offset, located by line and column in characters, CR, LF and CRLF ending lines. */
	private static Decoded problem(String path, byte[] bytes, int offset, String code, String message) {
		String before = new String(bytes, 0, Math.min(offset, bytes.length), StandardCharsets.UTF_8);
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i < before.length(); i++) {
			char c = before.charAt(i);
			if (c == '\n' || c == '\r' && (i + 1 == before.length() || before.charAt(i + 1) != '\n')) {
				line++;
				lineStart = i + 1;
			}
		}
		int column = before.length() - lineStart + 1;
		if (line == 1 && before.startsWith("\uFEFF")) {
			column--;
		}
		return new Decoded(null, new Problem(path, line, column, Severity.ERROR, message, code));
	}
}
