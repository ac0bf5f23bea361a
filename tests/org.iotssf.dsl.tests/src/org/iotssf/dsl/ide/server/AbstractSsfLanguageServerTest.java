// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.ide.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.xtext.ide.server.concurrent.IRequestManager;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.eclipse.xtext.testing.AbstractLanguageServerTest;
import org.eclipse.xtext.util.Modules2;
import org.iotssf.dsl.ide.ClientLocale;
import org.iotssf.dsl.ide.SsfIdeSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import com.google.inject.Injector;
import com.google.inject.Module;

/**
 * Protocol-level tests of the .ssf language server, on Xtext's test support: the server of {@code iotssf lsp}
 * ({@link SsfServerModule}) with requests answered on the calling thread.
 */
public abstract class AbstractSsfLanguageServerTest extends AbstractLanguageServerTest {

	/** The language, registered once: inside OSGi the service loader does not see the setup. */
	private static final IResourceServiceProvider.Registry LANGUAGES = new ResourceServiceProviderRegistryImpl();

	private static final Injector LANGUAGE = new SsfIdeSetup().createInjectorAndDoEMFRegistration();

	static {
		LANGUAGES.getExtensionToFactoryMap().put("ssf", LANGUAGE.getInstance(IResourceServiceProvider.class));
	}

	/**
	 * The language as {@code iotssf lsp} registers it. Tests of the Eclipse registration in the same JVM register
	 * the Eclipse setup (whose resources record edits for saving from EMF tools), which a language server never
	 * has.
	 */
	@BeforeEach
	public void registerTheServersLanguage() {
		Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("ssf", LANGUAGE.getInstance(IResourceFactory.class));
		IResourceServiceProvider.Registry.INSTANCE.getExtensionToFactoryMap().put("ssf",
				LANGUAGE.getInstance(IResourceServiceProvider.class));
	}

	protected AbstractSsfLanguageServerTest() {
		super("ssf");
	}

	@Override
	protected Module getServerModule() {
		return Modules2.mixin(new SsfServerModule(), binder -> {
			binder.bind(IRequestManager.class).to(DirectRequestManager.class);
			binder.bind(IResourceServiceProvider.Registry.class).toInstance(LANGUAGES);
		});
	}

	@AfterEach
	public void englishAgain() {
		ClientLocale.set(null);
	}

	/** The text of a bundled example. */
	protected static String example(String name) {
		try {
			return Files.readString(Path.of("../../examples", name));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The 0-based line and column of the first occurrence of {@code text} in {@code model}, plus an offset. */
	protected static int[] position(String model, String text, int plus) {
		int offset = model.indexOf(text);
		if (offset < 0) {
			throw new IllegalArgumentException(text);
		}
		offset += plus;
		String before = model.substring(0, offset);
		int line = (int) before.chars().filter(c -> c == '\n').count();
		return new int[] { line, offset - before.lastIndexOf('\n') - 1 };
	}
}
