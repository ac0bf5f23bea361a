// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.conversion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.iotssf.dsl.parser.SsfSyntaxErrorMessageProvider;
import org.iotssf.dsl.tests.SsfInjectorProvider;
import org.iotssf.dsl.tests.SsfTestSupport;
import org.iotssf.model.SsfModel;
import org.iotssf.model.SystemModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(SsfInjectorProvider.class)
public class SsfStringValueConverterTest {

	@Inject
	private SsfTestSupport support;

	@Test
	public void halfASurrogatePairIsALocatedError() throws Exception {
		String text = "system S \"Ward \\ud800 east\" { uses method iotssf.default }";
		SsfModel model = support.parse(text);
		List<Issue> issues = support.issues(model.eResource());
		assertEquals(1, issues.size(), support.describe(issues));
		Issue issue = issues.get(0);
		assertEquals(SsfSyntaxErrorMessageProvider.SYNTAX_ERROR, issue.getCode());
		assertEquals(text.indexOf('"'), issue.getOffset());
		assertTrue(issue.getMessage().startsWith("The escape '\\ud800' is half of a surrogate pair"), issue.getMessage());
		assertEquals("Ward \uFFFD east", ((SystemModel) model.getDeclarations().get(0)).getTitle());
	}

	@Test
	public void aWholePairAndRealCharactersAreFine() throws Exception {
		SsfModel model = support.parse("system S \"\\ud83c\\udfe5 病棟 🏥🩺\" { uses method iotssf.default }");
		List<Issue> issues = support.issues(model.eResource());
		assertTrue(issues.isEmpty(), support.describe(issues));
		assertEquals("🏥 病棟 🏥🩺", ((SystemModel) model.getDeclarations().get(0)).getTitle());
	}

	@Test
	public void aLowHalfAfterTextIsFoundToo() throws Exception {
		String text = "system S \"\\ud83c\\udfe5 and \\udfe5\" { uses method iotssf.default }";
		Issue issue = support.issues(support.parse(text).eResource()).get(0);
		assertTrue(issue.getMessage().startsWith("The escape '\\udfe5' is half"), issue.getMessage());
	}
}
