// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli;

/** A problem with the command line or the files it names; reported in one line with exit code 2. */
public class UsageException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public UsageException(String message) {
		super(message);
	}
}
