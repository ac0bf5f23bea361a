// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.iotssf.dsl.ide.server.SsfLanguageServer;
import org.iotssf.dsl.ide.server.SsfServerModule;

import com.google.inject.Guice;

import picocli.CommandLine.Command;

/**
 * {@code iotssf lsp}: the language server, speaking the Language Server Protocol over standard input
 * and output. The workspace is the client's root folder; every {@code .ssf} file in it is loaded, and the
 * built-in method and catalogs are visible, as on the command line.
 */
@Command(name = "lsp", mixinStandardHelpOptions = true,
		description = { "Runs the language server over stdin/stdout (Language Server Protocol) for editors: VS Code, "
				+ "Eclipse, Neovim, Emacs and any other LSP client.",
				"Diagnostics are those of 'iotssf check'; the server logs to stderr and survives bad input and bad clients." },
		footer = { "", "Exit codes: 0 when the client closed the connection, 3 internal error." })
public class LspCommand implements Callable<Integer> {

	@Override
	public Integer call() throws InterruptedException {
		// the protocol owns standard output: anything else printed there would corrupt it
		PrintStream protocol = System.out;
		System.setOut(System.err);
		Logging.toStandardError();
		try {
			serve(System.in, protocol).get();
		} catch (ExecutionException e) {
			System.err.println("iotssf lsp: the connection ended: " + e.getCause());
		}
		return ExitCodes.OK;
	}

	/** Starts a language server on the given streams; the future completes when the input ends. */
	public static Future<Void> serve(InputStream in, OutputStream out) {
		LanguageServerImpl server = Guice.createInjector(new SsfServerModule()).getInstance(SsfLanguageServer.class);
		Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
		server.connect(launcher.getRemoteProxy());
		return launcher.startListening();
	}
}
