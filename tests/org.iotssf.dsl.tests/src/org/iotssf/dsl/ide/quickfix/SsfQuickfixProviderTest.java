// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.ide.quickfix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.iotssf.dsl.ide.server.AbstractSsfLanguageServerTest;
import org.junit.jupiter.api.Test;

/** Each fix is applied through the protocol's edit, and the file validated again. */
public class SsfQuickfixProviderTest extends AbstractSsfLanguageServerTest {

	private static final String HOSPITAL = example("hospital-hvac.ssf");

	private String uri;
	private List<String> titles;

	/** Applies the code action with this title, offered at the text; returns the new text. */
	private String apply(String model, String at, int plus, String title) {
		int[] position = position(model, at, plus);
		String[] result = new String[1];
		testCodeAction(config -> {
			config.setModel(model);
			config.setLine(position[0]);
			config.setColumn(position[1]);
			config.setAssertCodeActions(actions -> {
				titles = actions.stream().map(Either::getRight).map(CodeAction::getTitle).toList();
				CodeAction action = actions.stream().map(Either::getRight).filter(a -> a.getTitle().equals(title))
						.findFirst().orElseThrow(() -> new AssertionError(title + " not among " + titles));
				uri = action.getEdit().getChanges().keySet().iterator().next();
				result[0] = applyEdits(model, action.getEdit().getChanges().get(uri));
			});
		});
		return result[0];
	}

	/** Replaces the file's text in the server and returns its new diagnostics. */
	private List<Diagnostic> revalidate(String text) {
		languageServer.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2),
				List.of(new TextDocumentContentChangeEvent(text))));
		return getDiagnostics().get(uri);
	}

	private static String applyEdits(String text, List<TextEdit> edits) {
		List<TextEdit> sorted = new ArrayList<>(edits);
		sorted.sort(Comparator.comparing((TextEdit e) -> offset(text, e.getRange().getStart().getLine(),
				e.getRange().getStart().getCharacter())).reversed());
		StringBuilder result = new StringBuilder(text);
		for (TextEdit edit : sorted) {
			int start = offset(text, edit.getRange().getStart().getLine(), edit.getRange().getStart().getCharacter());
			int end = offset(text, edit.getRange().getEnd().getLine(), edit.getRange().getEnd().getCharacter());
			result.replace(start, end, edit.getNewText());
		}
		return result.toString();
	}

	private static int offset(String text, int line, int column) {
		int offset = 0;
		for (int i = 0; i < line; i++) {
			offset = text.indexOf('\n', offset) + 1;
		}
		return offset + column;
	}

	/** The errors and warnings (the notes the example carries, such as its explained ratings, are not what a fix is about). */
	private static String codes(List<Diagnostic> diagnostics) {
		return String.join(", ", diagnostics.stream().filter(d -> d.getSeverity() != org.eclipse.lsp4j.DiagnosticSeverity.Information
				&& d.getSeverity() != org.eclipse.lsp4j.DiagnosticSeverity.Hint).map(d -> d.getCode().getLeft() + " " + d.getMessage().getLeft()).toList());
	}

	@Test
	public void anUnknownNameIsReplacedByTheNearest() {
		String broken = HOSPITAL.replace("in Wards on Cloud\n\t\tfunction \"customer", "in Wards on Clod\n\t\tfunction \"customer");
		String fixed = apply(broken, "on Clod", 3, "Change to Cloud");
		assertEquals(HOSPITAL, fixed);
		assertEquals("", codes(revalidate(fixed)));
	}

	@Test
	public void aLevelOfAnotherAxisOffersEveryLevel() {
		String broken = HOSPITAL.replace("recovery low economic medium\n\t\trationale \"Stopped",
				"recovery lo economic medium\n\t\trationale \"Stopped");
		String fixed = apply(broken, "recovery lo ", 9, "Change to high");
		assertTrue(titles.containsAll(List.of("Change to low", "Change to medium", "Change to high")), titles.toString());
		assertEquals("", codes(revalidate(fixed)));
	}

	@Test
	public void aMissingRatingIsAddedWithTheChosenLevel() {
		String broken = HOSPITAL.replace("recovery low economic medium\n\t\trationale \"Stopped",
				"recovery low\n\t\trationale \"Stopped");
		String fixed = apply(broken, "risk DosStop", 5, "Rate economic medium");
		assertTrue(titles.containsAll(List.of("Rate economic low", "Rate economic high")), titles.toString());
		assertEquals(HOSPITAL, fixed);
		assertEquals("", codes(revalidate(fixed)));
	}

	@Test
	public void aKeywordWrittenAsANameIsEscaped() {
		String broken = HOSPITAL.replace("stakeholder Staff", "stakeholder usage");
		String fixed = apply(broken, "stakeholder usage", 12, "Escape the keyword as a name: ^usage");
		assertEquals(HOSPITAL.replace("stakeholder Staff", "stakeholder ^usage"), fixed);
		assertEquals("", codes(revalidate(fixed)));
	}

	@Test
	public void anElementInNoUsageIsAddedToTheChosenUsage() {
		String broken = HOSPITAL.replace("\tflow Readings", "\telement Spare \"Spare sensor\" kind sensor layer 2 in Facility\n\n\tflow Readings");
		String fixed = apply(broken, "element Spare", 8, "Add Spare to usage Wards");
		assertTrue(fixed.contains("elements IndoorUnit, RoomSensor, Gateway, Cloud, NurseApp, Spare\n"), fixed);
		assertEquals("", codes(revalidate(fixed)));
	}

	@Test
	public void anOpenViewpointGetsAMeasureSkeleton() {
		String fixed = apply(HOSPITAL, "risk DosStop", 5, "Add a measure for V1 of DosStop");
		assertTrue(fixed.contains("""
				rationale "Stopped heating and cooling affect people and equipment (hospitals, data centres); recoverable, for example by a software update"
					measure DosStopV1 "V1 for DosStop" viewpoint V1
						addresses DosStop by Acme
				"""), fixed);
		assertEquals("", codes(revalidate(fixed).stream().filter(d -> d.getSeverity().getValue() == 1).toList()));
	}
	@Test
	public void aSafetyStandardTheRisksParametersNeedIsNamedInTheSystem() {
		String broken = HOSPITAL.replace("\t\trationale \"Stopped", "\t\tiec61508 C2 F1 P2 W2\n\t\trationale \"Stopped");
		String fixed = apply(broken, "risk DosStop", 5, "Add 'iec61508' to the safety standards of system HospitalHvac");
		assertTrue(fixed.contains("operates the wards.\"\n\tsafety iec61508\n"), fixed);
		assertEquals("", codes(revalidate(fixed)));
	}

	@Test
	public void aSafetyStandardIsAddedToTheSystemsList() {
		String broken = HOSPITAL.replace("\t\trationale \"Stopped", "\t\tiec61508 C2 F1 P2 W2\n\t\trationale \"Stopped");
		String listed = broken.replace("\tsector medical, building\n", "\tsector medical, building\n\tsafety iso13849\n");
		String appended = apply(listed, "risk DosStop", 5, "Add 'iec61508' to the safety standards of system HospitalHvac");
		assertTrue(appended.contains("\tsafety iso13849, iec61508\n"), appended);
	}
}
