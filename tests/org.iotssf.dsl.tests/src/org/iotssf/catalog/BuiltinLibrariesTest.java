// SPDX-License-Identifier: EPL-2.0
package org.iotssf.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.iotssf.dsl.tests.SsfInjectorProvider;
import org.iotssf.dsl.tests.SsfTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

@ExtendWith(InjectionExtension.class)
@InjectWith(SsfInjectorProvider.class)
public class BuiltinLibrariesTest {

	@Inject
	private SsfTestSupport support;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Test
	public void everyLibraryLoadsWithoutAnyIssue() {
		List<Resource> libraries = BuiltinLibraries.loadInto(resourceSets.get());
		assertEquals(BuiltinLibraries.FILES.size(), libraries.size());
		for (Resource library : libraries) {
			assertEquals("", support.describe(support.issues(library)), library.getURI().toString());
			assertTrue(BuiltinLibraries.isBuiltin(library.getURI()));
		}
	}

	@Test
	public void loadingTwiceKeepsOneCopy() {
		XtextResourceSet resourceSet = resourceSets.get();
		BuiltinLibraries.loadInto(resourceSet);
		BuiltinLibraries.loadInto(resourceSet);
		assertEquals(BuiltinLibraries.FILES.size(), resourceSet.getResources().size());
		assertEquals(1, resourceSet.getURIConverter().getURIHandlers().stream()
				.filter(h -> h.getClass().getSimpleName().equals("LibraryUriHandler")).count());
	}
}
