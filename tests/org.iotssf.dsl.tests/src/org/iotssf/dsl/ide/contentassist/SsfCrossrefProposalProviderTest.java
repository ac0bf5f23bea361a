// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.ide.contentassist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.lsp4j.CompletionItem;
import org.iotssf.dsl.ide.server.AbstractSsfLanguageServerTest;
import org.junit.jupiter.api.Test;

public class SsfCrossrefProposalProviderTest extends AbstractSsfLanguageServerTest {

	private static final String HOSPITAL = example("hospital-hvac.ssf");

	private List<CompletionItem> complete(String model, String at, int plus) {
		int[] position = position(model, at, plus);
		@SuppressWarnings("unchecked")
		List<CompletionItem>[] result = new List[1];
		testCompletion(config -> {
			config.setModel(model);
			config.setLine(position[0]);
			config.setColumn(position[1]);
			config.setAssertCompletionList(list -> result[0] = list.getItems());
		});
		return result[0];
	}

	@Test
	public void afterAnAxisTheLevelsOfThatAxisAreProposedWithTheirLabels() {
		String model = HOSPITAL.replace("recovery low economic medium\n\t\trationale \"Stopped",
				"recovery  economic medium\n\t\trationale \"Stopped");
		assertEquals("""
				high (Hard or impossible to recover) -> high
				low (Easily recoverable) -> low
				medium (Recoverable with effort) -> medium
				""", describe(complete(model, "recovery  economic", 9)));
	}

	@Test
	public void catalogItemsAreProposedQuotedWithTheirTitles() {
		List<CompletionItem> items = complete(HOSPITAL, "\"en303645:5.1-1\"", 4);
		assertTrue(describe(items).contains("en303645:5.1-1 (Passwords unique per device or defined by the user) -> \"en303645:5.1-1\""),
				describe(items));
		assertTrue(items.stream().allMatch(i -> i.getLabel().startsWith("en")), describe(items));
	}

	@Test
	public void namesInScopeAndKeywordsAreProposedInARisk() {
		String model = HOSPITAL.replace("in Wards on Cloud\n\t\tfunction \"customer", "in Wards on \n\t\tfunction \"customer");
		String proposals = describe(complete(model, "in Wards on \n", 12));
		assertTrue(proposals.contains("Cloud (HVAC control cloud) -> Cloud") && proposals.contains("Gateway (HVAC gateway) -> Gateway"),
				proposals);
	}

	@Test
	public void rolesAreProposedAfterRoles() {
		String proposals = describe(complete(HOSPITAL, "roles owner, operator in Facility", 6));
		assertTrue(proposals.contains("owner") && proposals.contains("systemIntegrator"), proposals);
	}

	private static String describe(List<CompletionItem> items) {
		StringBuilder text = new StringBuilder();
		for (CompletionItem item : items) {
			text.append(item.getLabel()).append(item.getDetail() != null ? " (" + item.getDetail() + ")" : "").append(" -> ")
					.append(item.getTextEdit() != null ? item.getTextEdit().getLeft().getNewText() : item.getInsertText())
					.append('\n');
		}
		return text.toString();
	}
}
