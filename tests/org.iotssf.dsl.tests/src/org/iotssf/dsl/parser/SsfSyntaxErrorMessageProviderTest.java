// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.iotssf.dsl.tests.SsfInjectorProvider;
import org.iotssf.dsl.tests.SsfTestSupport;
import org.iotssf.model.SsfModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(SsfInjectorProvider.class)
public class SsfSyntaxErrorMessageProviderTest {

	@Inject
	private SsfTestSupport support;

	@Test
	public void rewritesAntlrMessagesIntoSentences() {
		assertEquals("Unexpected 'foo'; expected '}'.", SsfSyntaxErrorMessageProvider.rewrite("mismatched input 'foo' expecting '}'"));
		assertEquals("Missing a name before 'kind'.", SsfSyntaxErrorMessageProvider.rewrite("missing RULE_ID at 'kind'"));
		assertEquals("Unexpected end of file; expected '}'.", SsfSyntaxErrorMessageProvider.rewrite("mismatched input '<EOF>' expecting '}'"));
	}

	@Test
	public void aBrokenModelYieldsLocatedSyntaxErrors() throws Exception {
		SsfModel model = support.parse("system S {\n  element kind sensor\n");
		List<Issue> issues = support.issues(model.eResource());
		Issue first = issues.get(0);
		assertEquals(SsfSyntaxErrorMessageProvider.SYNTAX_ERROR, first.getCode());
		assertEquals(2, first.getLineNumber());
		assertEquals("Missing a name before 'kind'.", first.getMessage());
	}
}
