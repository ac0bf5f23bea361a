// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFilesTest {

	@Test
	void foldersGiveTheirModelsSortedWithoutHiddenFoldersOrDuplicates(@TempDir Path dir) throws Exception {
		Files.createDirectories(dir.resolve("b"));
		Files.createDirectories(dir.resolve(".git"));
		Files.writeString(dir.resolve("b/two.ssf"), "");
		Files.writeString(dir.resolve("a.ssf"), "");
		Files.writeString(dir.resolve("notes.txt"), "");
		Files.writeString(dir.resolve(".git/x.ssf"), "");
		List<SourceFiles.SourceFile> files = SourceFiles.expand(List.of(dir.toString(), dir.resolve("a.ssf").toString()));
		assertEquals(List.of(dir.resolve("a.ssf").toString(), dir.resolve("b/two.ssf").toString()),
				files.stream().map(SourceFiles.SourceFile::display).toList());
	}
}
