// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import picocli.CommandLine.Option;

/** The --as-of option shared by the commands that analyze: the date at which evidence must be valid. */
public class AsOfDate {

	@Option(names = "--as-of", paramLabel = "DATE", description = "Date (yyyy-mm-dd) at which evidence must be valid; default: today.")
	private String text;

	/** The date given, or today. */
	public LocalDate date() {
		if (text == null) {
			return LocalDate.now();
		}
		try {
			return LocalDate.parse(text);
		} catch (DateTimeParseException e) {
			throw new UsageException("--as-of '" + text + "' is not a date; write yyyy-mm-dd, for example 2026-03-31");
		}
	}
}
