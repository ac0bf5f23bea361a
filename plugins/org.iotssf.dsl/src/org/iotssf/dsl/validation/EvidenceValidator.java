// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.validation;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;
import org.iotssf.model.Agreement;
import org.iotssf.model.Evidence;
import org.iotssf.model.IotssfPackage.Literals;
import org.iotssf.model.Measure;

/** Dates are real calendar dates, evidence expires after it is issued, and measures state a viewpoint. */
public class EvidenceValidator extends SsfCheckSupport {

	@Check
	public void checkEvidenceDates(Evidence evidence) {
		LocalDate issued = date(evidence, Literals.EVIDENCE__ISSUED);
		LocalDate until = date(evidence, Literals.EVIDENCE__VALID_UNTIL);
		if (issued != null && until != null && until.isBefore(issued)) {
			error("This evidence expires (" + until + ") before it is issued (" + issued
					+ "); correct one of the two dates.", Literals.EVIDENCE__VALID_UNTIL,
					IssueCodes.EVIDENCE_EXPIRES_BEFORE_ISSUE);
		}
	}

	@Check
	public void checkAgreementDate(Agreement agreement) {
		date(agreement, Literals.AGREEMENT__SIGNED);
	}

	@Check
	public void checkMeasureHasViewpoint(Measure measure) {
		if (measure.getViewpoints().isEmpty()) {
			warning("Measure " + q(measure.getName()) + " states no viewpoint, so it covers no requirement; "
					+ "add 'viewpoint V1' (or V2, V3, V4).", Literals.NAMED_ELEMENT__NAME,
					IssueCodes.MEASURE_WITHOUT_VIEWPOINT);
		}
	}

	/** Parses an ISO date attribute, reporting it when it is no calendar date; null when absent or invalid. */
	private LocalDate date(EObject owner, EAttribute feature) {
		String text = (String) owner.eGet(feature);
		if (text == null) {
			return null;
		}
		String[] parts = text.split("-");
		try {
			if (parts.length == 3) {
				return LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
			}
		} catch (NumberFormatException | java.time.DateTimeException e) {
			// reported below
		}
		error(q(text) + " is not a calendar date; write dates as yyyy-mm-dd, for example 2026-03-31.", owner, feature,
				IssueCodes.INVALID_DATE);
		return null;
	}
}
