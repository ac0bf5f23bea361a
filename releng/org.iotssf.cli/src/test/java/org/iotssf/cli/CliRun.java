// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process and captures what it prints. */
record CliRun(int code, String out, String err) {

	static CliRun of(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
		return new CliRun(code, out.toString(), err.toString());
	}
}
