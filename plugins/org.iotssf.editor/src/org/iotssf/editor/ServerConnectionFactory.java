// SPDX-License-Identifier: EPL-2.0
package org.iotssf.editor;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IExecutableExtensionFactory;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Makes LSP4E's connection to the IoT-SSF language server: {@code java -jar server/iotssf.jar lsp}, run with the
 * Java that runs Eclipse. LSP4E is an optional requirement (it is not on Maven Central, so this bundle compiles
 * without it): its {@code StreamConnectionProvider} interface is loaded by name when LSP4E asks for a connection,
 * and implemented by a proxy over {@link ServerProcess}.
 */
public class ServerConnectionFactory implements IExecutableExtensionFactory {

	/** The interface LSP4E's {@code server} extension expects. */
	static final String CONNECTION_PROVIDER = "org.eclipse.lsp4e.server.StreamConnectionProvider";

	@Override
	public Object create() throws CoreException {
		try {
			Class<?> provider = getClass().getClassLoader().loadClass(CONNECTION_PROVIDER);
			return create(provider, command(serverJar()));
		} catch (ClassNotFoundException e) {
			throw new CoreException(Status.error("The IoT-SSF editor needs LSP4E (org.eclipse.lsp4e); install it from "
					+ "the Eclipse release, then restart.", e));
		} catch (IOException e) {
			throw new CoreException(Status.error("The IoT-SSF language server is missing from the bundle: " + e.getMessage(), e));
		}
	}

	/** A connection provider of the given interface (LSP4E's, or a test's of the same shape) running the command. */
	public static Object create(Class<?> provider, List<String> command) {
		return Proxy.newProxyInstance(provider.getClassLoader(), new Class<?>[] { provider }, new ServerProcess(command));
	}

	/** The command line: the Java running Eclipse (17 or newer, as Eclipse itself needs) with the shipped jar. */
	public static List<String> command(Path jar) {
		String java = Path.of(System.getProperty("java.home"), "bin", File.separatorChar == '\\' ? "java.exe" : "java").toString();
		return List.of(java, "-XX:+UseParallelGC", "-jar", jar.toString(), "lsp");
	}

	/** The language server jar inside this bundle, as a file. */
	public static Path serverJar() throws IOException {
		Bundle bundle = FrameworkUtil.getBundle(ServerConnectionFactory.class);
		URL entry = bundle == null ? null : bundle.getEntry("server/iotssf.jar");
		if (entry == null) {
			throw new IOException("server/iotssf.jar");
		}
		return Path.of(FileLocator.toFileURL(entry).getPath());
	}
}
