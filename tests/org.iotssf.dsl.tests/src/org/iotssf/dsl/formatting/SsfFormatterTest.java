// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.formatting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.formatter.FormatterTestHelper;
import org.iotssf.dsl.tests.SsfInjectorProvider;
import org.iotssf.dsl.tests.SsfTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

@ExtendWith(InjectionExtension.class)
@InjectWith(SsfInjectorProvider.class)
public class SsfFormatterTest {

	@Inject
	private SsfTestSupport support;

	@Inject
	private Provider<IFormatter2> formatters;

	@Inject
	private Provider<TextRegionAccessBuilder> regionAccess;

	@Inject
	private FormatterTestHelper helper;

	private String format(String text) throws Exception {
		XtextResource resource = (XtextResource) support.parse(text).eResource();
		ITextRegionAccess access = regionAccess.get().forNodeModel(resource).create();
		FormatterRequest request = new FormatterRequest().setTextRegionAccess(access);
		List<ITextReplacement> replacements = formatters.get().format(request);
		return access.getRewriter().renderToString(replacements);
	}

	private static List<Path> formattedFiles() throws Exception {
		try (Stream<Path> examples = Files.walk(Path.of("../../examples"));
				Stream<Path> libraries = Files.walk(Path.of("../../plugins/org.iotssf.catalog/libraries"))) {
			return Stream.concat(examples, libraries).filter(p -> p.toString().endsWith(".ssf")).sorted().toList();
		}
	}

	@Test
	public void theExamplesAndLibrariesAreInTheFormattersLayout() throws Exception {
		List<Path> files = formattedFiles();
		assertTrue(files.size() >= 12, files.toString());
		for (Path file : files) {
			String text = Files.readString(file);
			assertEquals(text, format(text), file.toString());
		}
	}

	@Test
	public void everyGapIsDecidedInTheExamples() throws Exception {
		for (Path file : formattedFiles()) {
			String text = Files.readString(file);
			helper.assertFormatted(request -> request.setToBeFormatted(text).setAllowUnformattedWhitespace(false)
					.setUseSerializer(false));
		}
	}

	@Test
	public void theExamplesComeBackFromMisindentedAndSpreadOutCopies() throws Exception {
		for (Path file : formattedFiles()) {
			String text = Files.readString(file);
			assertEquals(text, format(misindented(text)), file.toString());
		}
	}

	/** Every gap between tokens widened, and every line's indentation replaced by one space. */
	private String misindented(String text) throws Exception {
		StringBuilder result = new StringBuilder();
		for (ILeafNode leaf : ((XtextResource) support.parse(text).eResource()).getParseResult().getRootNode()
				.getLeafNodes()) {
			String leafText = leaf.getText();
			if (leaf.isHidden() && leafText.isBlank()) {
				int lineEnds = (int) leafText.chars().filter(c -> c == '\n').count();
				result.append(lineEnds == 0 ? "   " : "\n".repeat(lineEnds) + " ");
			} else {
				result.append(leafText);
			}
		}
		return result.toString();
	}

	@Test
	public void messyWhitespaceBecomesTheCanonicalLayoutWhichIsAFixpoint() throws Exception {
		String messy = """
				  system   S  "t"{uses   method iotssf.default


				domain D administrator   A
				  stakeholder A roles owner ,operator
				     in D
				element E kind sensor layer 2 in D securityLevel target ( 1 ,2 )
				 maker A
				risk R in U on E recovery low ( physical low , cyber medium ) economic low
				usage U elements E
				measure M viewpoint V1 by A evidence selfDeclaration "d" issued 2025 - 04 - 01
				}
				""";
		String expected = """
				system S "t" {
					uses method iotssf.default

					domain D administrator A
					stakeholder A roles owner, operator
						in D
					element E kind sensor layer 2 in D securityLevel target (1, 2)
						maker A
					risk R in U on E recovery low (physical low, cyber medium) economic low
					usage U elements E
					measure M viewpoint V1 by A evidence selfDeclaration "d" issued 2025-04-01
				}
				""";
		assertEquals(expected, format(messy));
		assertEquals(expected, format(expected));
	}

	@Test
	public void breaksAtClausesAndAfterCommasAreKeptElsewhereJoined() throws Exception {
		String text = """
				system S {
				element E
				kind
				sensor
				layer 2
				usage U elements
				E
				}
				""";
		assertEquals("""
				system S {
					element E
						kind sensor
						layer 2
					usage U elements E
				}
				""", format(text));
	}

	@Test
	public void commentsStayWhereTheyAre() throws Exception {
		String text = """
				// header
				/* block
				   comment */
				system S { // after the brace
					// before a member
					element E kind sensor // trailing
						layer 2 /* inline */ in D
					domain D
				}
				//----
				""";
		assertEquals(text, format(text));
		assertEquals(text, format(text.replace("\n\t", "\n  ").replace("\n\t\tlayer", "\nlayer")));
	}

	@Test
	public void aFileWithSyntaxErrorsIsLeftAsItIs() throws Exception {
		String text = "system   S {\n element E kind  sensor layer\n   usage U elements E\n}\n";
		assertEquals(text, format(text));
	}

	@Test
	public void blocksOfMethodsAndCatalogsAreIndented() throws Exception {
		String text = """
				method m.x extends iotssf.default {
				axis a "A" { level l1 level l2
				}
				rule r when a >= l1
				and a <= l2 require V1
				}
				catalog c { version "1"
				item "c:1" "T" status mandatory
				}
				""";
		assertEquals("""
				method m.x extends iotssf.default {
					axis a "A" {
						level l1
						level l2
					}
					rule r when a >= l1
						and a <= l2 require V1
				}

				catalog c {
					version "1"
					item "c:1" "T" status mandatory
				}
				""".replace("\n\ncatalog", "\ncatalog"), format(text));
	}
}
