// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.iotssf.catalog.BuiltinLibraries;
import org.iotssf.dsl.SsfRuntimeModule;
import org.iotssf.dsl.tests.SsfInjectorProvider;
import org.iotssf.dsl.linking.SsfLinkingDiagnosticMessageProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

@ExtendWith(InjectionExtension.class)
@InjectWith(SsfInjectorProvider.class)
public class SsfResourceTest {

	/** Counts the unresolved-name messages built. */
	public static class CountingMessages extends SsfLinkingDiagnosticMessageProvider {
		static final AtomicInteger BUILT = new AtomicInteger();

		@Override
		public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
			BUILT.incrementAndGet();
			return super.getUnresolvedProxyMessage(context);
		}
	}

	@Test
	public void oneTypoBuildsOneMessageNotOnePerResolvedReference() throws Exception {
		StringBuilder text = new StringBuilder("system S {\n\tuses method iotssf.default\n\tdomain Site\n");
		for (int i = 0; i < 300; i++) {
			text.append("\telement E").append(i).append(" kind sensor layer 2 in ").append(i == 150 ? "Sitee" : "Site").append('\n');
		}
		text.append("}\n");
		XtextResource resource = load(text.toString());
		CountingMessages.BUILT.set(0);
		EcoreUtil.resolveAll(resource);
		List<?> errors = resource.getErrors();
		assertEquals(1, errors.size(), errors.toString());
		assertTrue(errors.get(0).toString().contains("Sitee"), errors.toString());
		assertEquals(1, CountingMessages.BUILT.get(), "messages built while linking 300 references with one typo");
	}

	@Test
	public void aResolvedReferenceRemovesOnlyItsOwnDiagnostic() throws Exception {
		XtextResource resource = load("system S {\n\tuses method iotssf.default\n\tdomain Site\n"
				+ "\telement A kind sensor layer 2 in Nowhere\n\telement B kind sensor layer 2 in Site\n"
				+ "\telement C kind sensor layer 2 in Elsewhere\n}\n");
		EcoreUtil.resolveAll(resource);
		EcoreUtil.resolveAll(resource);
		assertEquals(2, resource.getErrors().size(), resource.getErrors().toString());
	}

	private static XtextResource load(String text) throws Exception {
		// the global registries (grammar, metamodel) are those the injector provider set up
		Injector injector = Guice.createInjector(Modules.override(new SsfRuntimeModule())
				.with(binder -> binder.bind(ILinkingDiagnosticMessageProvider.class).to(CountingMessages.class)));
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ssf", injector.getInstance(IResourceFactory.class));
		BuiltinLibraries.loadInto(resourceSet);
		XtextResource resource = injector.getInstance(XtextResource.class);
		resource.setURI(URI.createURI("file:/models/s.ssf"));
		resourceSet.getResources().add(resource);
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
		return resource;
	}
}
