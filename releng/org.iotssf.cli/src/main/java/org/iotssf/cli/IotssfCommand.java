// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The top-level command: lists the subcommands. */
@Command(name = "iotssf", mixinStandardHelpOptions = true, versionProvider = IotssfCommand.Version.class,
		description = "Model-driven tooling for METI's IoT Security-Safety Framework.",
		subcommands = { CheckCommand.class, AnalyzeCommand.class, CatalogCommand.class, ReportCommand.class, DiffCommand.class, LspCommand.class },
		footer = { "", "Exit codes: 0 clean, 1 errors found, 2 usage or I/O error, 3 internal error." })
public class IotssfCommand implements Runnable {

	@picocli.CommandLine.Spec
	private picocli.CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Name a command, for example 'iotssf check examples'.");
	}

	/** Reads the version the build wrote into the jar. */
	static final class Version implements IVersionProvider {
		@Override
		public String[] getVersion() throws IOException {
			Properties properties = new Properties();
			try (InputStream in = IotssfCommand.class.getResourceAsStream("version.properties")) {
				if (in != null) {
					properties.load(in);
				}
			}
			return new String[] { "iotssf " + properties.getProperty("version", "(development build)") };
		}
	}
}
