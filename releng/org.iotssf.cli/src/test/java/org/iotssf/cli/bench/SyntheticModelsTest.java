// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.iotssf.cli.ExitCodes;
import org.iotssf.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticModelsTest {

	@Test
	void writesValidModelsOfTheRequestedSize(@TempDir Path dir) throws Exception {
		assertEquals(3, SyntheticModels.write(dir, 250));
		long elements;
		try (var files = Files.list(dir)) {
			elements = files.mapToLong(f -> {
				try {
					return Files.readAllLines(f).stream().filter(l -> l.startsWith("\telement ")).count();
				} catch (java.io.IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			}).sum();
		}
		assertEquals(250, elements);
		java.io.StringWriter out = new java.io.StringWriter();
		int code = Main.run(new java.io.PrintWriter(out), new java.io.PrintWriter(new java.io.StringWriter()), "check", dir.toString());
		assertEquals(ExitCodes.OK, code, out.toString());
		assertEquals("", out.toString());
	}

	@Test
	void isDeterministic() {
		assertEquals(SyntheticModels.system(3, 20), SyntheticModels.system(3, 20));
	}
}
