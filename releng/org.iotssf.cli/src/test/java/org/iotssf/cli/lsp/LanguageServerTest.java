// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.iotssf.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code iotssf lsp} through the protocol: diagnostics as {@code check} gives them, and a server that survives bad input and bad clients. */
class LanguageServerTest {

	private static final Duration WAIT = Duration.ofSeconds(30);
	private static final Path HOSPITAL = Path.of("../../examples/hospital-hvac.ssf");

	@TempDir
	Path workspace;

	@Test
	void diagnosticsAreThoseOfCheckOnOpenAndChange() throws Exception {
		Path file = workspace.resolve("hospital.ssf");
		String text = Files.readString(HOSPITAL);
		Files.writeString(file, text);
		String uri = file.toUri().toString();
		String broken = text.replace("roles user in Facility", "roles user in Facilty");
		assertTrue(!broken.equals(text));
		// what check says, first: the command line registers its own language set-up with EMF, which a
		// server started later in the same process replaces (the two never share a process in use)
		Path copy = Files.createTempDirectory("check").resolve("hospital.ssf");
		Files.writeString(copy, broken);
		String check = CliRunner.check(copy).replace(copy.toString(), file.toString());
		try (LspClient client = new LspClient(workspace)) {
			// the workspace is loaded with the built-in libraries: the example has no error or warning
			assertEquals(List.of(), problems(client.await(uri, d -> true, WAIT)));
			open(client, uri, text);
			change(client, uri, 2, broken);
			List<Diagnostic> diagnostics = client.await(uri, d -> !problems(d).isEmpty(), WAIT);
			Diagnostic first = diagnostics.stream().filter(d -> d.getSeverity() == DiagnosticSeverity.Error).findFirst().orElseThrow();
			String expected = check.lines().filter(l -> l.contains(": error: ")).findFirst().orElseThrow();
			assertEquals(expected, file + ":" + (first.getRange().getStart().getLine() + 1) + ":"
					+ (first.getRange().getStart().getCharacter() + 1) + ": error: " + first.getMessage().getLeft() + " [" + first.getCode().getLeft() + "]");
			// corrected: clean again, with every reference into the built-in libraries resolved
			change(client, uri, 3, text);
			client.await(uri, d -> problems(d).isEmpty(), WAIT);
		}
	}

	@Test
	void theCorpusOfBadInputsNeverKillsTheServer() throws Exception {
		List<Path> corpus;
		try (Stream<Path> files = Files.list(Path.of("src/test/resources/fuzz-corpus"))) {
			corpus = files.filter(p -> p.toString().endsWith(".ssf")).sorted().toList();
		}
		try (LspClient client = new LspClient(workspace)) {
			int version = 1;
			for (Path input : corpus) {
				String uri = workspace.resolve(input.getFileName()).toUri().toString();
				String text = new String(Files.readAllBytes(input), StandardCharsets.UTF_8);
				open(client, uri, text);
				change(client, uri, ++version, text.substring(0, text.length() / 2));
				change(client, uri, ++version, text + "\n}\u2028{");
				// the server still answers a request about the file
				client.server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri)))
						.get(30, TimeUnit.SECONDS);
				assertTrue(client.running(), "the server stopped after " + input.getFileName());
			}
		}
	}

	@Test
	void badClientsGetErrorsAndTheServerKeepsServing() throws Exception {
		Path file = workspace.resolve("hospital.ssf");
		Files.writeString(file, Files.readString(HOSPITAL));
		String uri = file.toUri().toString();
		try (LspClient client = new LspClient(workspace)) {
			client.await(uri, d -> true, WAIT);
			ExecutionException unknown = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
					() -> client.unknownRequest().get(30, TimeUnit.SECONDS));
			assertTrue(unknown.getCause() instanceof org.eclipse.lsp4j.jsonrpc.ResponseErrorException, String.valueOf(unknown.getCause()));
			client.raw("Content-Length: 9\r\n\r\n{broken!}");
			client.raw("Content-Length: 40\r\n\r\n{\"jsonrpc\":\"2.0\",\"method\":5,\"id\":\"x\"}    ");
			client.raw("no header at all\r\n\r\n");
			// a document the server never heard of, then one deleted while open
			change(client, workspace.resolve("never-opened.ssf").toUri().toString(), 7, "system X {");
			open(client, uri, Files.readString(file));
			Files.delete(file);
			change(client, uri, 2, "system Y {");
			client.await(uri, d -> !d.isEmpty(), WAIT);
			assertTrue(client.running());
			client.server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri)))
					.get(30, TimeUnit.SECONDS);
		}
	}

	@Test
	void aClientWithoutAWorkspaceGetsDiagnosticsForTheFilesItOpens() throws Exception {
		Path file = workspace.resolve("single.ssf");
		String uri = file.toUri().toString();
		try (LspClient client = new LspClient(null)) {
			open(client, uri, Files.readString(HOSPITAL).replace("on Cloud\n\t\tfunction \"customer", "on Clod\n\t\tfunction \"customer"));
			List<org.eclipse.lsp4j.Diagnostic> diagnostics = client.await(uri, d -> !d.isEmpty(), WAIT);
			assertTrue(diagnostics.stream().anyMatch(d -> d.getMessage().getLeft().startsWith("There is no element named 'Clod'")),
					diagnostics.toString());
		}
	}

	/** The errors and warnings among diagnostics (the example's notes, such as explained ratings, left out). */
	private static List<Diagnostic> problems(List<Diagnostic> diagnostics) {
		return diagnostics.stream().filter(d -> d.getSeverity() == DiagnosticSeverity.Error || d.getSeverity() == DiagnosticSeverity.Warning)
				.toList();
	}

	private static void open(LspClient client, String uri, String text) {
		client.server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "ssf", 1, text)));
	}

	private static void change(LspClient client, String uri, int version, String text) {
		client.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
				new VersionedTextDocumentIdentifier(uri, version), List.of(new TextDocumentContentChangeEvent(text))));
	}
}
