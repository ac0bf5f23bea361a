// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.iotssf.model.SsfModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The complete declarations shown in the README and the language reference parse without errors. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SsfInjectorProvider.class)
public class DocumentationTest {

	private static final Pattern BLOCK = Pattern.compile("```\\n((?:system|method|catalog) .*?)```", Pattern.DOTALL);

	@Inject
	private SsfTestSupport support;

	@Test
	public void theLanguageReferenceExamplesAreValid() throws Exception {
		assertValid(blocks("../../docs/language.md") + "\ncatalog other.standard { item \"1.1\" }\n", 2);
	}

	@Test
	public void theReadmeTourIsValid() throws Exception {
		assertValid(blocks("../../README.md"), 1);
	}

	private void assertValid(String text, int minimumDeclarations) throws Exception {
		SsfModel model = support.parse(text);
		assertTrue(model.getDeclarations().size() >= minimumDeclarations, text);
		List<Issue> errors = support.issues(model.eResource()).stream().filter(i -> i.getSeverity() == Severity.ERROR).toList();
		assertEquals("", support.describe(errors));
	}

	private static String blocks(String file) throws Exception {
		Matcher m = BLOCK.matcher(Files.readString(Path.of(file)));
		return m.results().map(r -> r.group(1)).collect(Collectors.joining("\n"));
	}
}
