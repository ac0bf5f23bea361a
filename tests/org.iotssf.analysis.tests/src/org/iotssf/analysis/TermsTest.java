// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis;

import static org.iotssf.analysis.Explanation.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.iotssf.model.Likelihood;
import org.iotssf.model.IotssfPackage;
import org.iotssf.model.StakeholderRole;
import org.junit.jupiter.api.Test;

/** The fixed vocabulary reads in both languages, and phrases in explanations follow the reader's language. */
public class TermsTest {

	@Test
	public void everyLiteralOfTheLanguageHasATermInBothLanguages() {
		assertEquals(Texts.keys(Terms.BUNDLE, "en"), Texts.keys(Terms.BUNDLE, "ja"));
		int literals = 0;
		for (EClassifier classifier : IotssfPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EEnum e) {
				for (EEnumLiteral literal : e.getELiterals()) {
					Enumerator value = literal.getInstance();
					String ja = Terms.label(value, "ja");
					assertTrue(!ja.isBlank() && !ja.equals(value.getLiteral()), Terms.key(value) + " = " + ja);
					assertTrue(!Terms.label(value, "en").isBlank());
					literals++;
				}
			}
		}
		assertEquals(literals + CoverageStatus.values().length, Texts.keys(Terms.BUNDLE, "en").size(),
				"a term for each literal and each coverage state, and no other");
	}

	@Test
	public void everyCoverageStateHasItsWordsInBothLanguages() {
		for (CoverageStatus status : CoverageStatus.values()) {
			String en = status.label("en");
			String ja = status.label("ja");
			assertTrue(!en.isBlank() && !en.equals(status.label()) || status == CoverageStatus.COVERED, status + " = " + en);
			assertTrue(!ja.isBlank() && !ja.equals(status.label()), status + " = " + ja);
		}
		assertEquals("no measure", CoverageStatus.NO_MEASURE.label("en"));
		assertEquals("エビデンス失効", CoverageStatus.EXPIRED_EVIDENCE.label("ja"));
	}

	@Test
	public void aPhraseInAStepReadsInTheReadersLanguage() {
		Explanation e = Explanation.of(step("risk.likelihood", Phrase.term(Likelihood.POSSIBLE)),
				step("carriers.proposed", "V2", Phrase.join(List.of(Phrase.term(StakeholderRole.OPERATOR), Phrase.term(StakeholderRole.OWNER)))));
		assertEquals("likelihood possible is shown beside the cell and does not change it; not agreed; proposed by the method's allocation "
				+ "of V2 to operator, owner", e.oneLine());
		assertEquals("発生確率 起こり得る はカテゴリの横に示すだけで、カテゴリを変えない。合意なし：手法による V2 の 運用者、所有者 への割り当てからの提案",
				e.oneLine("ja"));
	}
}
