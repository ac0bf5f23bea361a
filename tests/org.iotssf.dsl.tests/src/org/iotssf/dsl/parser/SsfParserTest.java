// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.iotssf.dsl.tests.SsfInjectorProvider;
import org.iotssf.dsl.tests.SsfTestSupport;
import org.iotssf.model.SsfModel;
import org.iotssf.model.SystemModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(SsfInjectorProvider.class)
public class SsfParserTest {

	@Inject
	private SsfTestSupport support;

	@Test
	public void aSyntaxErrorAfterAFinalCarriageReturnIsReportedNotLost() throws Exception {
		SsfModel model = support.parse("system\r");
		List<Issue> issues = support.issues(model.eResource());
		assertEquals(SsfSyntaxErrorMessageProvider.SYNTAX_ERROR, issues.get(0).getCode(), support.describe(issues));
		assertEquals("Unexpected end of file; expected a name.", issues.get(0).getMessage());
	}

	@Test
	public void carriageReturnLineEndsWorkAfterComments() throws Exception {
		String text = "// a comment\rsystem S { // another\r\tuses method iotssf.default\r\telement A kind sensor layer 2\r}\r";
		SsfModel model = support.parse(text);
		List<Issue> errors = support.issues(model.eResource()).stream()
				.filter(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR).toList();
		assertTrue(errors.isEmpty(), support.describe(errors));
		assertEquals("A", ((SystemModel) model.getDeclarations().get(0)).getElements().get(0).getName());
	}

	@Test
	public void linesAreCountedAlikeForCrLfAndCrlf() throws Exception {
		for (String end : List.of("\n", "\r", "\r\n")) {
			SsfModel model = support.parse("system S {" + end + end + "\telement kind sensor" + end + "}" + end);
			Issue first = support.issues(model.eResource()).get(0);
			assertEquals(3, first.getLineNumber(), "line end " + end.replace("\r", "CR").replace("\n", "LF"));
			assertEquals(10, first.getColumn());
		}
	}

	@Test
	public void loneCarriageReturnsBecomeLineFeedsKeepingOffsets() {
		assertEquals("a\nb\r\nc\n", LineEnds.loneCarriageReturnsAsLineFeeds("a\rb\r\nc\r"));
		String unchanged = "a\r\nb\n";
		assertTrue(unchanged == LineEnds.loneCarriageReturnsAsLineFeeds(unchanged));
	}

	@Test
	public void aHugeUnexpectedTokenIsNotEchoedWhole() throws Exception {
		String huge = "x".repeat(1_000_000);
		SsfModel model = support.parse("system S { " + huge + " }");
		Issue first = support.issues(model.eResource()).get(0);
		assertTrue(first.getMessage().length() < 400, first.getMessage().substring(0, 100));
		assertTrue(first.getMessage().startsWith("Unexpected 'xxxx"), first.getMessage().substring(0, 100));
	}
}
