// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

class ProblemTest {

	@Test
	void formatsAsPathLineColumnSeverityMessageCode() {
		Issue.IssueImpl issue = new Issue.IssueImpl();
		issue.setLineNumber(3);
		issue.setColumn(7);
		issue.setSeverity(Severity.WARNING);
		issue.setMessage("Something to fix.\nSecond line.");
		issue.setCode("iotssf.example");
		assertEquals("a/b.ssf:3:7: warning: Something to fix. Second line. [iotssf.example]",
				Problem.of("a/b.ssf", issue).format());
	}
}
