// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli;

import java.io.PrintWriter;
import java.util.Set;

import picocli.CommandLine;

/**
 * The {@code iotssf} command line. Exit codes: 0 clean, 1 errors found (or a {@code --fail-on}
 * condition held), 2 usage or I/O error, 3 internal error.
 */
public final class Main {

	private Main() {
	}

	/** The commands that load models: the language's services are prepared for them while the command line is read. */
	private static final Set<String> LOADING = Set.of("check", "analyze", "report", "diff", "catalog");

	public static void main(String[] args) {
		Logging.quiet();
		if (args.length > 0 && LOADING.contains(args[0])) {
			SsfWorkspace.prepareInBackground();
		}
		System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
	}

	/** Runs one command line with the given streams and returns its exit code; never throws. */
	public static int run(PrintWriter out, PrintWriter err, String... args) {
		CommandLine cli = new CommandLine(new IotssfCommand());
		cli.setOut(out);
		cli.setErr(err);
		cli.setParameterExceptionHandler((e, a) -> {
			err.println("iotssf: " + e.getMessage());
			String sub = subcommand(e.getCommandLine());
			err.println(sub.isEmpty() ? "Run 'iotssf --help' for the usage."
					: "Run 'iotssf " + sub + "--help' for the usage of '" + sub.trim() + "', or 'iotssf --help' for all commands.");
			return ExitCodes.USAGE;
		});
		cli.setExecutionExceptionHandler((e, c, p) -> {
			if (e instanceof UsageException usage) {
				err.println("iotssf: " + usage.getMessage());
				return ExitCodes.USAGE;
			}
			err.println("iotssf: internal error: " + e + "; please report it with the input that caused it.");
			return ExitCodes.INTERNAL;
		});
		int code;
		try {
			code = cli.execute(args);
		} catch (OutOfMemoryError e) {
			err.println("iotssf: out of memory; give Java more, for example IOTSSF_JAVA_OPTS=-Xmx4g bin/iotssf ...");
			code = ExitCodes.INTERNAL;
		} catch (StackOverflowError e) {
			err.println("iotssf: internal error: stack overflow; please report it with the input that caused it.");
			code = ExitCodes.INTERNAL;
		}
		out.flush();
		err.flush();
		return code;
	}

	private static String subcommand(CommandLine commandLine) {
		return commandLine.getParent() == null ? "" : commandLine.getCommandName() + " ";
	}
}
