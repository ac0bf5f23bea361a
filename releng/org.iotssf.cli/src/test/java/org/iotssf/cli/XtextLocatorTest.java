// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.iotssf.model.SsfModel;
import org.iotssf.model.SystemModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XtextLocatorTest {

	@Test
	void locatesObjectsByTheFileNameTheUserGave(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("m.ssf");
		Files.writeString(file, "system S {\n\telement Cam kind sensor layer 2\n}\n");
		SsfWorkspace workspace = new SsfWorkspace();
		SsfWorkspace.Loaded loaded = workspace.load(SourceFiles.expand(List.of(file.toString())));
		SystemModel system = (SystemModel) ((SsfModel) loaded.files().get(0).resource().getContents().get(0)).getDeclarations().get(0);
		XtextLocator locator = new XtextLocator(loaded);
		assertEquals(file + ":2:2", locator.locate(system.getElements().get(0)).toString());
		assertNull(locator.locate(null));
	}
}
