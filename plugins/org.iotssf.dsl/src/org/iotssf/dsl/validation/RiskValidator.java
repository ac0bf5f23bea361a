// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.xtext.validation.Check;
import org.iotssf.dsl.scoping.SsfMethodResolver;
import org.iotssf.model.Axis;
import org.iotssf.model.AxisRating;
import org.iotssf.model.Element;
import org.iotssf.model.ImpactKind;
import org.iotssf.model.IotssfPackage.Literals;
import org.iotssf.model.Level;
import org.iotssf.model.Method;
import org.iotssf.model.Risk;
import org.iotssf.model.SafetyParameters;
import org.iotssf.model.SafetyStandard;
import org.iotssf.model.SystemModel;
import org.iotssf.model.Usage;
import org.iotssf.model.support.MethodParts;
import org.iotssf.model.support.SafetyTables;

import com.google.inject.Inject;

/** A risk is rated once on every axis of its method, in a usage that has its element. */
public class RiskValidator extends SsfCheckSupport {

	@Inject
	private SsfMethodResolver methods;

	@Check
	public void checkRatedOnEveryAxis(Risk risk) {
		Method method = methods.methodOf(risk);
		if (method == null) {
			return;
		}
		Map<Axis, AxisRating> rated = new HashMap<>();
		for (AxisRating rating : risk.getRatings()) {
			Axis axis = rating.getAxis();
			if (axis != null && !axis.eIsProxy() && rated.putIfAbsent(axis, rating) != null) {
				error("Risk " + q(risk.getName()) + " is rated twice on axis " + q(axis.getName())
						+ "; keep one rating per axis.", rating, Literals.AXIS_RATING__AXIS, IssueCodes.RISK_DUPLICATE_RATING);
			}
		}
		for (Axis axis : MethodParts.axes(method)) {
			if (!rated.containsKey(axis)) {
				error("Risk " + q(risk.getName()) + " is not rated on axis " + q(axis.getName())
						+ (axis.getTitle() != null ? " (" + axis.getTitle() + ")" : "") + " of method " + method.getName()
						+ "; add '" + axis.getName() + " <level>' with one of: " + names(axis.getLevels()) + ".",
						Literals.NAMED_ELEMENT__NAME, IssueCodes.RISK_MISSING_RATING, axis.getName());
			}
		}
	}

	@Check
	public void checkSplitMatchesLevel(AxisRating rating) {
		Level level = rating.getLevel();
		Level physical = rating.getPhysical();
		Level cyber = rating.getCyber();
		if (level == null || physical == null || cyber == null || level.eIsProxy() || physical.eIsProxy()
				|| cyber.eIsProxy()) {
			return;
		}
		Level worse = physical.rank() >= cyber.rank() ? physical : cyber;
		if (worse.rank() != level.rank()) {
			warning("The rating on " + q(rating.getAxis().getName()) + " is " + q(level.getName())
					+ " but the worse of its physical and cyber parts is " + q(worse.getName())
					+ "; rate the axis at the worse part, or correct the split.", Literals.AXIS_RATING__LEVEL,
					IssueCodes.RATING_SPLIT_MISMATCH, worse.getName());
		}
	}

	@Check
	public void checkElementInUsage(Risk risk) {
		Usage usage = risk.getUsage();
		Element element = risk.getElement();
		if (usage != null && element != null && !usage.eIsProxy() && !element.eIsProxy()
				&& !usage.getElements().contains(element)) {
			error("Risk " + q(risk.getName()) + " is on " + q(element.getName()) + ", which is not used in usage "
					+ q(usage.getName()) + "; add it to that usage's elements, or rate the risk in a usage that has it.",
					Literals.RISK__ELEMENT, IssueCodes.RISK_ELEMENT_NOT_IN_USAGE);
		}
	}

	/** Every element a risk affects besides its own is in the risk's usage, and is not its own element again. */
	@Check
	public void checkAffectedInUsage(Risk risk) {
		Usage usage = risk.getUsage();
		for (int i = 0; i < risk.getAffects().size(); i++) {
			Element element = risk.getAffects().get(i);
			if (element.eIsProxy()) {
				continue;
			}
			if (element == risk.getElement()) {
				warning("Risk " + q(risk.getName()) + " is on " + q(element.getName()) + " already; remove it from 'affects'.",
						Literals.RISK__AFFECTS, i, IssueCodes.RISK_AFFECTS_ITS_ELEMENT);
			} else if (usage != null && !usage.eIsProxy() && !usage.getElements().contains(element)) {
				error("Risk " + q(risk.getName()) + " affects " + q(element.getName()) + ", which is not used in usage "
						+ q(usage.getName()) + "; add it to that usage's elements, or remove it from 'affects'.",
						Literals.RISK__AFFECTS, i, IssueCodes.RISK_ELEMENT_NOT_IN_USAGE);
			}
		}
	}

	/**
	 * The parameters of a safety standard are its own codes, one of each group (IEC 61508: C, F, P, W;
	 * ISO 13849-1: S, F, P; ISO 26262: S, E, C), and the system says the standard applies.
	 */
	@Check
	public void checkSafetyParameters(SafetyParameters parameters) {
		SafetyTables.Table table = SafetyTables.of(parameters.getStandard());
		List<String> codes = parameters.getParameters();
		SafetyTables.Reading reading = table.read(codes);
		for (int i : reading.unknown()) {
			error(q(codes.get(i)) + " is not a parameter of " + parameters.getStandard().getLiteral() + "; its parameters are "
					+ groups(table) + ".", Literals.SAFETY_PARAMETERS__PARAMETERS, i, IssueCodes.SAFETY_PARAMETER_INVALID);
		}
		for (int r = 0; r < reading.repeated().size(); r++) {
			int i = reading.repeated().get(r);
			error(q(codes.get(i)) + " and " + q(reading.repeatedOf().get(r)) + " are both from "
					+ String.join("/", table.groups().get(table.groupOf(codes.get(i)))) + "; state one of them.",
					Literals.SAFETY_PARAMETERS__PARAMETERS, i, IssueCodes.SAFETY_PARAMETER_INVALID);
		}
		List<String> missing = reading.missing();
		if (!missing.isEmpty() && missing.size() < table.groups().size()) {
			warning("The " + parameters.getStandard().getLiteral() + " level cannot be derived without one of "
					+ String.join(" and one of ", missing) + ".", Literals.SAFETY_PARAMETERS__STANDARD, IssueCodes.SAFETY_PARAMETER_INVALID);
		}
	}

	/** A risk that states a standard's parameters, in a system that does not say the standard applies. */
	@Check
	public void checkSafetyStandardStated(Risk risk) {
		if (!(risk.eContainer() instanceof SystemModel system)) {
			return;
		}
		for (SafetyStandard standard : SafetyStandard.VALUES) {
			if (SafetyTables.states(risk, standard) && !system.getSafetyStandards().contains(standard)) {
				warning("Risk " + q(risk.getName()) + " states " + standard.getLiteral() + " parameters, but system "
						+ q(system.getName()) + " does not say that the standard applies, so no level is derived; add 'safety "
						+ standard.getLiteral() + "' to the system, or remove the parameters.", Literals.NAMED_ELEMENT__NAME,
						IssueCodes.SAFETY_STANDARD_NOT_STATED, standard.getLiteral());
			}
		}
	}

	private static String groups(SafetyTables.Table table) {
		return String.join("; ", table.groups().stream().map(g -> String.join(", ", g)).toList());
	}

	/**
	 * A risk whose impact the method rates on an axis above all ({@code axis … impacts lifeBody}) but that is
	 * rated at that axis's lowest level: a warning, or, when the risk gives its reason, a note.
	 */
	@Check
	public void checkImpactRatedOnItsAxis(Risk risk) {
		Method method = methods.methodOf(risk);
		if (method == null || risk.getImpacts().isEmpty()) {
			return;
		}
		for (Axis axis : MethodParts.axes(method)) {
			List<ImpactKind> belonging = risk.getImpacts().stream().filter(axis.getImpacts()::contains).distinct().toList();
			if (belonging.isEmpty() || axis.getLevels().isEmpty()) {
				continue;
			}
			for (AxisRating rating : risk.getRatings()) {
				if (rating.getAxis() != null && axis.getName().equals(rating.getAxis().getName()) && rating.getLevel() != null
						&& !rating.getLevel().eIsProxy() && axis.getLevels().get(0).getName().equals(rating.getLevel().getName())) {
					String message = "Risk " + q(risk.getName()) + " impacts " + String.join(", ", belonging.stream().map(ImpactKind::getLiteral).toList())
							+ ", which method " + method.getName() + " rates on axis " + q(axis.getName()) + ", but is rated at its lowest level "
							+ q(rating.getLevel().getName()) + " (METI's answer to comment 11-3 puts harm to life and body on the difficulty of recovery)";
					if (risk.getRationale() == null || risk.getRationale().isBlank()) {
						warning(message + "; rate it higher, or give the reason in a 'rationale'.", rating, Literals.AXIS_RATING__LEVEL,
								IssueCodes.IMPACT_RATED_LOWEST);
					} else {
						info(message + "; its rationale gives the reason.", rating, Literals.AXIS_RATING__LEVEL, IssueCodes.IMPACT_RATED_LOWEST);
					}
				}
			}
		}
	}

	@Check
	public void checkHasImpact(Risk risk) {
		if (risk.getImpacts().isEmpty()) {
			warning("Risk " + q(risk.getName()) + " states no kind of impact; add 'impacts' with one or more of "
					+ "lifeBody, privacyHonor, assets, livingEnvironment, economicActivity, reputation.",
					Literals.NAMED_ELEMENT__NAME, IssueCodes.RISK_WITHOUT_IMPACT);
		}
	}

	@Check
	public void checkAsilClasses(Risk risk) {
		asil(risk, Literals.RISK__SEVERITY, "severity", "S", 3);
		asil(risk, Literals.RISK__EXPOSURE_CLASS, "exposure", "E", 4);
		asil(risk, Literals.RISK__CONTROLLABILITY, "controllability", "C", 3);
	}

	private void asil(Risk risk, EAttribute feature, String keyword, String prefix, int max) {
		if (risk.eIsSet(feature)) {
			int value = (Integer) risk.eGet(feature);
			if (value < 0 || value > max) {
				error("ISO 26262 " + keyword + " classes run from " + prefix + "0 to " + prefix + max + "; write '"
						+ keyword + " 0' to '" + keyword + " " + max + "'.", feature, IssueCodes.ASIL_CLASS_OUT_OF_RANGE);
			}
		}
	}

	static String names(List<Level> levels) {
		return levels.stream().map(Level::getName).collect(Collectors.joining(", "));
	}
}
