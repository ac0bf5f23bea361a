// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.ide.rename;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.iotssf.dsl.ide.server.AbstractSsfLanguageServerTest;
import org.junit.jupiter.api.Test;

public class SsfRenameStrategyTest extends AbstractSsfLanguageServerTest {

	private static final String MODEL = """
			system S {
				stakeholder Maker roles manufacturer
				stakeholder Owner roles owner
				element E kind sensor layer 2 maker Maker owner Owner
				usage U elements E
			}
			""";

	private String uri;

	private WorkspaceEdit rename(int line, int column, String newName) throws Exception {
		initialize();
		uri = writeFile("model.ssf", MODEL);
		open(uri, MODEL);
		return languageServer.rename(new RenameParams(new TextDocumentIdentifier(uri), new Position(line, column), newName)).get();
	}

	@Test
	public void aValidNameRenamesEveryUse() throws Exception {
		String edits = toExpectation(rename(1, 14, "Vendor"));
		assertTrue(edits.contains("Vendor [[1, 13] .. [1, 18]]") && edits.contains("Vendor [[3, 37] .. [3, 42]]"), edits);
	}

	@Test
	public void aKeywordIsWrittenEscaped() throws Exception {
		String edits = toExpectation(rename(1, 14, "usage"));
		assertTrue(edits.contains("^usage [[1, 13] .. [1, 18]]"), edits);
	}

	@Test
	public void anInvalidNameIsRefusedWithAMessage() {
		Exception refused = assertThrows(Exception.class, () -> rename(1, 14, "2nd maker"));
		assertTrue(String.valueOf(refused.getMessage()).contains("'2nd maker' is not a valid name"), refused.toString());
	}

	@Test
	public void aClashingNameIsRefusedWithAMessage() {
		Exception refused = assertThrows(Exception.class, () -> rename(1, 14, "Owner"));
		assertTrue(String.valueOf(refused.getMessage()).contains("'Owner' is already the name of stakeholder"), refused.toString());
	}
}
