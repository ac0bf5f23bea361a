// SPDX-License-Identifier: EPL-2.0
package org.iotssf.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a golden file in golden/. With IOTSSF_UPDATE_GOLDEN=1 in the environment the
 * golden file is rewritten instead (review the diff before committing it).
 */
final class Golden {

	private Golden() {
	}

	static void assertMatches(String name, String actual) throws Exception {
		Path file = Path.of("golden", name);
		if ("1".equals(System.getenv("IOTSSF_UPDATE_GOLDEN"))) {
			Files.createDirectories(file.getParent());
			Files.writeString(file, actual, StandardCharsets.UTF_8);
			return;
		}
		assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "golden/" + name
				+ " differs; if the change is intended, run the build with IOTSSF_UPDATE_GOLDEN=1 and review the diff");
	}
}
