// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.ide.server;

import org.junit.jupiter.api.Assertions;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.junit.jupiter.api.Test;

/** The features Xtext's server provides on our language's services: outline, folding, navigation, formatting. */
public class SsfLanguageServerFeaturesTest extends AbstractSsfLanguageServerTest {

	private static final String SMALL = """
			system S "Small" {
				domain D "Plant"
				element A "Arm" kind actuator layer 2 in D
					firmware "fw" update remote
				element C "Cloud" kind cloudService layer 3
				flow A -> C data
				usage U elements A, C
				risk R in U on A recovery low economic low
			}
			""";

	@Test
	public void theOutlineNestsTheSystemsPartsWithTitlesAndKinds() {
		testDocumentSymbol(config -> {
			config.setModel(SMALL);
			config.setInitializer(params -> {
				DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
				symbols.setHierarchicalDocumentSymbolSupport(true);
				TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
				text.setDocumentSymbol(symbols);
				ClientCapabilities capabilities = new ClientCapabilities();
				capabilities.setTextDocument(text);
				params.setCapabilities(capabilities);
			});
			config.setAssertSymbols(symbols -> assertEquals("""
					S Module Small
					  D Namespace Plant
					  A Object Arm
					  C Object Cloud
					  A -> C Operator\s
					  U Class\s
					  R Event\s
					""", outline(symbols.stream().map(s -> s.getRight()).toList(), "")));
		});
	}

	private static String outline(List<org.eclipse.lsp4j.DocumentSymbol> symbols, String indent) {
		StringBuilder text = new StringBuilder();
		for (org.eclipse.lsp4j.DocumentSymbol symbol : symbols) {
			text.append(indent).append(symbol.getName()).append(' ').append(symbol.getKind()).append(' ')
					.append(symbol.getDetail()).append('\n');
			if (symbol.getChildren() != null) {
				text.append(outline(symbol.getChildren(), indent + "  "));
			}
		}
		return text.toString();
	}

	@Test
	public void workspaceSymbolsFindDeclarationsInEveryFileByQualifiedName() {
		testSymbol(config -> {
			config.setFilesInScope(Map.of("other.ssf", "system Other {\n\telement Arm kind sensor layer 2\n}\n"));
			config.setModel(SMALL);
			config.setQuery("Arm");
			config.setAssertWorkspaceSymbols(symbols -> {
				String found = toExpectation(symbols);
				assertTrue(found.contains("Other.Arm") && found.contains("other.ssf"), found);
			});
		});
	}

	@Test
	public void multiLineDeclarationsFold() {
		testFolding(config -> {
			config.setModel(SMALL);
			config.setExpectedFoldings("""
					[null 0..8]
					[null 2..3]
					""");
		});
	}

	@Test
	public void formattingGivesTheCanonicalLayout() {
		testFormatting(config -> {
			config.setModel("system S {\nelement A kind sensor   layer 2\n    maker M\nstakeholder M roles manufacturer}\n");
			config.setExpectedText("system S {\n\telement A kind sensor layer 2\n\t\tmaker M\n\tstakeholder M roles manufacturer\n}\n");
		});
	}

	@Test
	public void goToDefinitionAndReferencesWorkAcrossFiles() {
		String other = "system T {\n\tuses method iotssf.default\n}\n";
		testDefinition(config -> {
			config.setFilesInScope(Map.of("other.ssf", other));
			config.setModel(SMALL.replace("risk R in U on A", "risk R in U on A"));
			config.setLine(7);
			config.setColumn(16);
			config.setExpectedDefinitions("MyModel.ssf [[2, 9] .. [2, 10]]\n");
		});
	}

	@Test
	public void referencesIncludeEveryUse() {
		testReferences(config -> {
			config.setModel(SMALL);
			config.setLine(2);
			config.setColumn(9);
			config.setIncludeDeclaration(true);
			config.setExpectedReferences("""
					MyModel.ssf [[2, 9] .. [2, 10]]
					MyModel.ssf [[5, 6] .. [5, 7]]
					MyModel.ssf [[6, 18] .. [6, 19]]
					MyModel.ssf [[7, 16] .. [7, 17]]
					""");
		});
	}

	@Test
	public void renameChangesTheDeclarationAndEveryUseInEveryFile() throws Exception {
		String sharedUri = openSharedAndUser()[0];
		RenameParams params = new RenameParams(new TextDocumentIdentifier(sharedUri), new Position(1, 14), "Vendor");
		WorkspaceEdit edit = languageServer.rename(params).get();
		String edits = toExpectation(edit);
		assertTrue(edits.contains("shared.ssf") && edits.contains("user.ssf"), edits);
		assertTrue(edits.contains("Vendor [[1, 13] .. [1, 18]]") && edits.contains("Shared.Vendor"), edits);
	}

	@Test
	public void anEditInOneFileUpdatesTheDiagnosticsOfTheFilesThatUseIt() throws Exception {
		String[] uris = openSharedAndUser();
		String sharedUri = uris[0];
		String userUri = uris[1];
		Assertions.assertEquals(List.of(), errors(userUri));
		languageServer.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(sharedUri, 2),
				List.of(new TextDocumentContentChangeEvent(SHARED.replace("Maker", "Vendor")))));
		Assertions.assertEquals(List.of("iotssf.unresolvedReference"), errors(userUri));
		languageServer.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(sharedUri, 3),
				List.of(new TextDocumentContentChangeEvent(SHARED))));
		Assertions.assertEquals(List.of(), errors(userUri));
	}

	private static final String SHARED = "system Shared {\n\tstakeholder Maker roles manufacturer\n}\n";

	/** Opens a file declaring a stakeholder and one referring to it from another system; returns their URIs. */
	private String[] openSharedAndUser() {
		String user = "system User {\n\telement E kind sensor layer 2 maker Shared.Maker\n\tusage U elements E\n}\n";
		initialize();
		String sharedUri = writeFile("shared.ssf", SHARED);
		String userUri = writeFile("user.ssf", user);
		open(sharedUri, SHARED);
		open(userUri, user);
		return new String[] { sharedUri, userUri };
	}

	private List<String> errors(String uri) {
		List<Diagnostic> diagnostics = getDiagnostics().getOrDefault(uri, List.of());
		return diagnostics.stream().filter(d -> d.getSeverity().getValue() == 1).map(d -> d.getCode().getLeft()).toList();
	}
}
