// SPDX-License-Identifier: EPL-2.0
package org.iotssf.editor;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;

/**
 * The shape of LSP4E's {@code org.eclipse.lsp4e.server.StreamConnectionProvider} (LSP4E 0.2x), which is not
 * on Maven Central: the factory's proxy is tested against this stand-in, default method included.
 */
public interface StreamConnectionProvider {

	void start() throws IOException;

	InputStream getInputStream();

	OutputStream getOutputStream();

	InputStream getErrorStream();

	void stop();

	default Object getInitializationOptions(URI rootUri) {
		return null;
	}
}
