// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.iotssf.model.support.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Utf8WriterTest {

	private static final String[] PIECES = { "a", "risk ", "\n", "日本語", "é", "—", "🏥", "🩺", "\"", "x".repeat(300) };

	private static byte[] written(String text, int piece) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (Utf8Writer out = new Utf8Writer(bytes)) {
			for (int i = 0; i < text.length(); i += piece) {
				String part = text.substring(i, Math.min(text.length(), i + piece));
				// the three ways text reaches the writer: strings, string builders (the JSON writer) and chars
				switch (i / piece % 3) {
					case 0 -> out.write(part);
					case 1 -> out.append(new StringBuilder(part));
					default -> out.write(part.toCharArray());
				}
			}
		}
		return bytes.toByteArray();
	}

	@Test
	void writesWhatGetBytesWritesWhereverTheBufferSplitsAPair() throws IOException {
		Random random = new Random(7);
		for (int round = 0; round < 40; round++) {
			StringBuilder text = new StringBuilder();
			while (text.length() < 30_000) {
				text.append(PIECES[random.nextInt(PIECES.length)]);
			}
			String s = text.toString();
			// pieces of odd sizes put pairs across piece and buffer boundaries
			for (int piece : new int[] { 1, 7, 8191, 8192, 8193, 50_000 }) {
				assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), written(s, piece), "round " + round + ", pieces of " + piece);
			}
		}
	}

	@Test
	void halfAPairIsRefusedWithTheTextBeforeIt() {
		String head = "y".repeat(8190) + "Ward 東";
		for (String text : new String[] { head + "\ud800 east", head + "\udc00", head + "\ud83c", "\udc00 at the start" }) {
			Utf8Writer.HalfSurrogateException e = assertThrows(Utf8Writer.HalfSurrogateException.class, () -> written(text, 100));
			String expected = text.substring(0, Text.loneSurrogateIndex(text));
			assertEquals(expected.substring(Math.max(0, expected.length() - Utf8Writer.CONTEXT)), e.before(), text.substring(Math.max(0, text.length() - 20)));
		}
	}

	@Test
	void aRefusedStreamedFileLeavesNothingBehind(@TempDir Path dir) throws IOException {
		UsageException e = assertThrows(UsageException.class, () -> new OutputFolder(dir).write("big.json",
				(OutputFolder.Content) out -> {
					for (int i = 0; i < 1000; i++) {
						out.write("{\"line\": " + i + "}\n");
					}
					out.write("tail \ud800");
				}));
		assertTrue(e.getMessage().startsWith("cannot write 'big.json': the model text holds half of a surrogate pair after '"), e.getMessage());
		assertTrue(e.getMessage().contains(" {\"line\": 999} tail '; correct that text in the model"), e.getMessage());
		try (var files = Files.list(dir)) {
			assertEquals(0, files.count());
		}
	}
}
