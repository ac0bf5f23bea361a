// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.scoping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.iotssf.dsl.tests.SsfInjectorProvider;
import org.iotssf.dsl.tests.SsfTestSupport;
import org.iotssf.model.SsfModel;
import org.iotssf.model.SystemModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(SsfInjectorProvider.class)
public class SsfMethodResolverTest {

	@Inject
	private SsfTestSupport support;

	@Inject
	private ParseHelper<SsfModel> parser;

	@Inject
	private SsfMethodResolver resolver;

	@Test
	public void aSystemWithoutMethodGetsTheDefault() throws Exception {
		SystemModel system = (SystemModel) support.parse("system S { }").getDeclarations().get(0);
		assertEquals("iotssf.default", resolver.methodOf(system).getName());
	}

	@Test
	public void aNamedMethodWins() throws Exception {
		SystemModel system = (SystemModel) support.parse("method own { } system S { uses method own }").getDeclarations().get(1);
		assertEquals("own", resolver.methodOf(system).getName());
	}

	@Test
	public void withoutTheLibrariesLoadedTheDefaultIsStillFound() throws Exception {
		// as in Sirius' resource sets and a language server's workspace: the libraries come from the global scope
		SystemModel system = (SystemModel) parser.parse("system S { }").getDeclarations().get(0);
		assertEquals("iotssf.default", resolver.methodOf(system).getName());
	}
}
