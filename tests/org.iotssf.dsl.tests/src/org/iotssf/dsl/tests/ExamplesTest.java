// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Every bundled example is a valid model: no errors and no warnings. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SsfInjectorProvider.class)
public class ExamplesTest {

	/** The repository's examples folder, seen from this test bundle's folder (tycho-surefire's working directory). */
	static final Path EXAMPLES = Path.of("../../examples");

	@Inject
	private SsfTestSupport support;

	@Test
	public void everyExampleIsFreeOfErrorsAndWarnings() throws Exception {
		assertTrue(Files.isDirectory(EXAMPLES), EXAMPLES.toAbsolutePath().toString());
		List<Resource> resources = support.load(EXAMPLES);
		assertTrue(resources.size() >= 5, "expected at least five example files, found " + resources.size());
		for (Resource resource : resources) {
			List<Issue> issues = support.issues(resource).stream().filter(i -> i.getSeverity() != Severity.INFO).toList();
			assertEquals("", support.describe(issues), resource.getURI().lastSegment());
		}
	}
}
