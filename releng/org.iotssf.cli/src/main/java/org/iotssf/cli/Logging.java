// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.LogManager;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;

/** The libraries' logging: off for the commands, on standard error for the long-running server. */
final class Logging {

	private Logging() {
	}

	/**
	 * Xtext logs internal trouble with stack traces through log4j, on standard output; users get located
	 * messages instead. The configuration bundled in the Xtext jar gives the {@code org.eclipse.xtext}
	 * logger a level of its own, so it is dropped whole, not only the root level lowered. Set
	 * IOTSSF_DEBUG=1 to see the library log.
	 */
	static void quiet() {
		if (System.getenv("IOTSSF_DEBUG") == null) {
			LogManager.resetConfiguration();
			Logger.getRootLogger().setLevel(Level.OFF);
		}
	}

	/** Warnings and errors of the libraries on standard error, one line each (debug output with IOTSSF_DEBUG=1). */
	static void toStandardError() {
		LogManager.resetConfiguration();
		Logger root = Logger.getRootLogger();
		root.setLevel(System.getenv("IOTSSF_DEBUG") == null ? Level.WARN : Level.DEBUG);
		root.addAppender(new ConsoleAppender(new OneLineLayout(), ConsoleAppender.SYSTEM_ERR));
	}

	/** One line per event: level, logger, message and the exception's own message, without its stack. */
	private static final class OneLineLayout extends PatternLayout {

		OneLineLayout() {
			super("iotssf lsp: %p %c{1}: %m");
		}

		@Override
		public String format(org.apache.log4j.spi.LoggingEvent event) {
			String line = super.format(event);
			Throwable thrown = event.getThrowableInformation() == null ? null : event.getThrowableInformation().getThrowable();
			return (thrown == null ? line : line + " (" + thrown + ")") + System.lineSeparator();
		}

		@Override
		public boolean ignoresThrowable() {
			return false;
		}
	}
}
