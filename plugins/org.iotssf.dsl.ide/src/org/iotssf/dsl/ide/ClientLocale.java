// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.ide;

import java.util.Locale;

/**
 * The language the editor speaks, from the client's {@code locale} at initialization: {@code ja} for
 * Japanese, English otherwise. One server process serves one client, so one value suffices.
 */
public final class ClientLocale {

	private static volatile String language = "en";

	private ClientLocale() {
	}

	/** "ja" or "en". */
	public static String language() {
		return language;
	}

	/** Takes the client's locale tag (such as {@code ja-JP} or {@code en}); null means English. */
	public static void set(String locale) {
		String tag = locale == null ? "" : Locale.forLanguageTag(locale.replace('_', '-')).getLanguage();
		language = "ja".equals(tag) ? "ja" : "en";
	}
}
