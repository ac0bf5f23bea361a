// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.iotssf.model.SsfModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SsfWorkspaceTest {

	@Test
	void filesSeeEachOtherAndTheBuiltinLibraries(@TempDir Path dir) throws Exception {
		Files.writeString(dir.resolve("a.ssf"), "system vendor.Service { element Cloud kind cloudService layer 3 }");
		Files.writeString(dir.resolve("b.model"), """
				import vendor.Service.*
				system Plant {
					uses method iotssf.default
					element Plc kind controller layer 2
					usage U elements Plc, Cloud
					risk R in U on Cloud impacts assets recovery low economic high
				}
				""");
		SsfWorkspace workspace = new SsfWorkspace();
		SsfWorkspace.Loaded loaded = workspace.load(SourceFiles.expand(List.of(dir.resolve("a.ssf").toString(),
				dir.resolve("b.model").toString())));
		List<List<Problem>> problems = workspace.validate(loaded);
		assertTrue(problems.get(1).stream().noneMatch(p -> p.severity() == org.eclipse.xtext.diagnostics.Severity.ERROR),
				problems.toString());
		SsfModel plant = (SsfModel) loaded.files().get(1).resource().getContents().get(0);
		assertEquals("high", ((org.iotssf.model.SystemModel) plant.getDeclarations().get(0)).getRisks().get(0)
				.getRatings().get(1).getLevel().getName());
	}
}
