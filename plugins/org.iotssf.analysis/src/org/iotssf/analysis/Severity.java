// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis;

import java.util.Locale;

/** How serious a finding or coverage gap is. */
public enum Severity {
	INFO, WARNING, ERROR;

	/** The lower-case name used in output ("info", "warning", "error"). */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Parses "info", "warning" or "error" (any case); null when it is none of them. */
	public static Severity parse(String text) {
		for (Severity s : values()) {
			if (s.label().equalsIgnoreCase(text)) {
				return s;
			}
		}
		return null;
	}
}
