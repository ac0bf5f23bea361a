// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.iotssf.model.IotssfFactory;
import org.iotssf.model.Risk;
import org.junit.jupiter.api.Test;

public class AsilTest {

	private static Risk risk(Integer s, Integer e, Integer c) {
		Risk risk = IotssfFactory.eINSTANCE.createRisk();
		if (s != null) {
			risk.setSeverity(s);
		}
		if (e != null) {
			risk.setExposureClass(e);
		}
		if (c != null) {
			risk.setControllability(c);
		}
		return risk;
	}

	@Test
	public void followsTheIso26262Table() {
		assertEquals("D", Asil.of(risk(3, 4, 3)).value());
		assertEquals("C", Asil.of(risk(3, 4, 2)).value());
		assertEquals("B", Asil.of(risk(3, 2, 3)).value());
		assertEquals("A", Asil.of(risk(1, 4, 2)).value());
		assertEquals("QM", Asil.of(risk(1, 2, 3)).value());
		assertEquals("QM", Asil.of(risk(3, 0, 3)).value());
		assertEquals("S3 E4 C2; S+E+C = 9 gives C (ISO 26262-3 table 4)", Asil.of(risk(3, 4, 2)).explanation().oneLine());
	}

	@Test
	public void saysNotDerivableInsteadOfGuessing() {
		Asil partial = Asil.of(risk(3, null, 2));
		assertNull(partial.value());
		assertEquals("not derivable: exposure not stated", partial.explanation().oneLine());
		assertEquals("not derivable: no ISO 26262 classes stated", Asil.of(risk(null, null, null)).explanation().oneLine());
	}
}
