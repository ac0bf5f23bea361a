// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {

	@Test
	void writesFilesWithTheirContentAndCreatesTheFolder(@TempDir Path dir) throws Exception {
		Path out = dir.resolve("a/b");
		new OutputFolder(out).write(Map.of("x.txt", "日本語", "y.txt", "y"));
		assertEquals("日本語", Files.readString(out.resolve("x.txt")));
		try (var list = Files.list(out)) {
			assertEquals(2, list.count());
		}
	}

	@Test
	void refusesNamesThatLeaveTheFolder(@TempDir Path dir) {
		assertThrows(IllegalStateException.class, () -> new OutputFolder(dir.resolve("out")).write(Map.of("../escape.txt", "x")));
		assertEquals(false, Files.exists(dir.resolve("escape.txt")));
	}

	@Test
	void aFileInTheWayOfTheFolderIsAUsageError(@TempDir Path dir) throws Exception {
		Files.writeString(dir.resolve("file"), "x");
		UsageException e = assertThrows(UsageException.class, () -> new OutputFolder(dir.resolve("file")).write(Map.of("a", "b")));
		assertEquals(true, e.getMessage().startsWith("cannot create the output folder"));
	}
}
