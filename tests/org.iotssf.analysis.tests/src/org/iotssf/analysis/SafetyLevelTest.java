// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.iotssf.model.IotssfFactory;
import org.iotssf.model.Risk;
import org.iotssf.model.SafetyParameters;
import org.iotssf.model.SafetyStandard;
import org.iotssf.model.SystemModel;
import org.junit.jupiter.api.Test;

/** Safety levels from each standard's table, only where the system says the standard applies. */
public class SafetyLevelTest {

	private static Risk risk(List<SafetyStandard> applies, Integer s, Integer e, Integer c, SafetyStandard standard, String... codes) {
		SystemModel system = IotssfFactory.eINSTANCE.createSystemModel();
		system.setName("S");
		system.getSafetyStandards().addAll(applies);
		Risk risk = IotssfFactory.eINSTANCE.createRisk();
		risk.setName("R");
		if (s != null) {
			risk.setSeverity(s);
		}
		if (e != null) {
			risk.setExposureClass(e);
		}
		if (c != null) {
			risk.setControllability(c);
		}
		if (standard != null) {
			SafetyParameters parameters = IotssfFactory.eINSTANCE.createSafetyParameters();
			parameters.setStandard(standard);
			parameters.getParameters().addAll(List.of(codes));
			risk.getSafetyParameters().add(parameters);
		}
		system.getRisks().add(risk);
		return risk;
	}

	private static SafetyLevel asil(Integer s, Integer e, Integer c) {
		return SafetyLevel.of(risk(List.of(SafetyStandard.ISO26262), s, e, c, null)).get(0);
	}

	private static SafetyLevel level(SafetyStandard standard, String... codes) {
		return SafetyLevel.of(risk(List.of(standard), null, null, null, standard, codes)).get(0);
	}

	@Test
	public void asilFollowsIso26262Table4() {
		assertEquals("ASIL D", asil(3, 4, 3).value());
		assertEquals("ASIL C", asil(3, 4, 2).value());
		assertEquals("ASIL B", asil(3, 2, 3).value());
		assertEquals("ASIL A", asil(1, 4, 2).value());
		assertEquals("QM", asil(1, 2, 3).value());
		assertEquals("QM", asil(3, 0, 3).value());
		assertFalse(asil(1, 2, 3).needsMeasures());
		assertTrue(asil(1, 4, 2).needsMeasures());
		assertEquals("ISO 26262 (road vehicles): S3 E4 C2 gives ASIL C (ISO 26262-3 table 4)", asil(3, 4, 2).explanation().oneLine());
		// the classes may also be written as the standard's parameters
		assertEquals("ASIL C", level(SafetyStandard.ISO26262, "S3", "E4", "C2").value());
	}

	@Test
	public void silFollowsTheRiskGraphOfIec61508() {
		assertEquals("a", level(SafetyStandard.IEC61508, "C1", "F2", "P2", "W3").value());
		assertEquals("-", level(SafetyStandard.IEC61508, "C1", "F1", "P1", "W1").value());
		assertEquals("SIL 1", level(SafetyStandard.IEC61508, "C2", "F1", "P1", "W3").value());
		assertEquals("SIL 2", level(SafetyStandard.IEC61508, "C3", "F2", "P2", "W1").value());
		assertEquals("SIL 4", level(SafetyStandard.IEC61508, "C4", "F2", "P2", "W2").value());
		assertEquals("b", level(SafetyStandard.IEC61508, "C4", "F2", "P2", "W3").value());
		// order does not matter: each code belongs to its group
		assertEquals("SIL 2", level(SafetyStandard.IEC61508, "W1", "P2", "F2", "C3").value());
		assertFalse(level(SafetyStandard.IEC61508, "C2", "F1", "P1", "W2").needsMeasures());
		assertEquals("IEC 61508 (functional safety): C2 F1 P1 W2 gives a (IEC 61508-5 annex E, figure E.2); a: no special safety requirements",
				level(SafetyStandard.IEC61508, "C2", "F1", "P1", "W2").explanation().oneLine());
	}

	@Test
	public void plrFollowsTheGraphOfIso13849() {
		assertEquals("PLr a", level(SafetyStandard.ISO13849, "S1", "F1", "P1").value());
		assertEquals("PLr c", level(SafetyStandard.ISO13849, "S2", "F1", "P1").value());
		assertEquals("PLr d", level(SafetyStandard.ISO13849, "S2", "F1", "P2").value());
		assertEquals("PLr e", level(SafetyStandard.ISO13849, "S2", "F2", "P2").value());
		assertTrue(level(SafetyStandard.ISO13849, "S1", "F1", "P1").needsMeasures());
	}

	@Test
	public void saysWhatIsMissingInsteadOfGuessing() {
		SafetyLevel partial = asil(3, null, 2);
		assertNull(partial.value());
		assertEquals("not derivable: ISO 26262 (road vehicles) needs one of E0/E1/E2/E3/E4 as well", partial.explanation().oneLine());
		assertEquals("not derivable: no ISO 26262 (road vehicles) parameters stated", asil(null, null, null).explanation().oneLine());
		assertEquals("not derivable: IEC 61508 (functional safety) needs one of W1/W2/W3 as well",
				level(SafetyStandard.IEC61508, "C2", "F1", "P1").explanation().oneLine());
		assertEquals("not derivable: X9 is not a parameter of ISO 13849-1 (machinery)",
				level(SafetyStandard.ISO13849, "S1", "X9", "P1").explanation().oneLine());
	}

	@Test
	public void onlyTheStandardsTheSystemNamesAreDerived() {
		assertEquals(List.of(), SafetyLevel.of(risk(List.of(), 3, 4, 3, null)));
		List<SafetyLevel> both = SafetyLevel.of(risk(List.of(SafetyStandard.ISO13849, SafetyStandard.IEC61508), null, null, null,
				SafetyStandard.ISO13849, "S2", "F2", "P2"));
		assertEquals(List.of(SafetyStandard.IEC61508, SafetyStandard.ISO13849), both.stream().map(SafetyLevel::standard).toList());
		assertNull(both.get(0).value());
		assertEquals("PLr e", both.get(1).value());
	}
}
