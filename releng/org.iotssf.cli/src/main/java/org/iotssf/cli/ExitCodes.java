// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli;

/** The documented exit codes of every command. */
public final class ExitCodes {

	/** No errors. */
	public static final int OK = 0;
	/** The models have errors, or a --fail-on condition holds. */
	public static final int FAILED = 1;
	/** Bad command line, or a file or folder that cannot be read or written. */
	public static final int USAGE = 2;
	/** A bug: the toolkit failed on input it should have handled. */
	public static final int INTERNAL = 3;

	private ExitCodes() {
	}
}
