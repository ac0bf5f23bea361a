// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.iotssf.model.Axis;
import org.iotssf.model.AxisRating;
import org.iotssf.model.CellCondition;
import org.iotssf.model.DeMinimisException;
import org.iotssf.model.DeMinimisRule;
import org.iotssf.model.Element;
import org.iotssf.model.Exposure;
import org.iotssf.model.Flow;
import org.iotssf.model.Level;
import org.iotssf.model.Method;
import org.iotssf.model.PolicyRule;
import org.iotssf.model.Risk;
import org.iotssf.model.Strength;
import org.iotssf.model.SystemModel;
import org.iotssf.model.UpdateCapability;
import org.iotssf.model.ViewpointRequirement;
import org.iotssf.model.support.MethodParts;

/**
 * A method's policy, applied: rates risks into cells and maps cells to required viewpoints. Nothing
 * here knows a level, axis or viewpoint name: all of it comes from the method, matched by name so
 * that an extending method's axes and rules work together.
 */
public final class Policy {

	private final Method method;
	private final List<Axis> axes;
	private final List<PolicyRule> rules;
	private final List<Strength> strengths;
	private final List<org.iotssf.model.Viewpoint> viewpoints;
	private final DeMinimisRule deMinimis;

	public Policy(Method method) {
		this.method = method;
		this.axes = MethodParts.axes(method);
		this.rules = MethodParts.rules(method);
		this.strengths = MethodParts.strengths(method);
		this.viewpoints = MethodParts.viewpoints(method);
		this.deMinimis = MethodParts.deMinimis(method);
	}

	public Method method() {
		return method;
	}

	/** The effective axes of the method, in order. */
	public List<Axis> axes() {
		return axes;
	}

	/** A rating of a risk: its cell, or the axes it leaves unrated (then the cell is null). */
	public record Rating(Cell cell, List<String> unratedAxes) {
	}

	public Rating rate(Risk risk) {
		List<RatedLevel> levels = new ArrayList<>();
		List<String> unrated = new ArrayList<>();
		for (Axis axis : axes) {
			Level level = risk.getRatings().stream()
					.filter(r -> r.getAxis() != null && axis.getName().equals(r.getAxis().getName()))
					.map(AxisRating::getLevel).filter(l -> l != null && !l.eIsProxy()).findFirst().orElse(null);
			RatedLevel rated = level == null ? null : rated(axis, level.getName());
			if (rated == null) {
				unrated.add(axis.getName());
			} else {
				levels.add(rated);
			}
		}
		return unrated.isEmpty() ? new Rating(new Cell(levels), List.of()) : new Rating(null, unrated);
	}

	/** The level of the given name on the given effective axis, or null when the axis has no such level. */
	public RatedLevel rated(Axis axis, String levelName) {
		for (int i = 0; i < axis.getLevels().size(); i++) {
			Level level = axis.getLevels().get(i);
			if (level.getName().equals(levelName)) {
				return new RatedLevel(axis.getName(), label(axis.getTitle(), axis.getName()), level.getName(),
						label(level.getTitle(), level.getName()), i + 1, axis.getLevels().size(), axis.getLabelJa(), level.getLabelJa());
			}
		}
		return null;
	}

	/** Applies the de-minimis rule and every policy rule to a cell; requirements come in the method's viewpoint order. */
	public Categorization categorize(Cell cell) {
		return categorize(cell, Set.<DeMinimisException>of());
	}

	/**
	 * As {@link #categorize(Cell)}, for a cell of a risk on an element, or of the element itself in a usage: when
	 * the element falls under an exception of the de-minimis rule ({@code unless internetFacing, notUpdatable,
	 * entryPoint}), the rule does not apply and the explanation says why.
	 */
	public Categorization categorize(Cell cell, Element of) {
		return categorize(cell, deMinimisExceptions(of));
	}

	/** What makes an element's risks never de minimis: reachable from the internet, not updatable, an entry point. */
	public static Set<DeMinimisException> deMinimisExceptions(Element element) {
		Set<DeMinimisException> found = EnumSet.noneOf(DeMinimisException.class);
		if (element == null) {
			return found;
		}
		if (element.getExposure() == Exposure.INTERNET) {
			found.add(DeMinimisException.INTERNET_FACING);
		}
		if (element.getUpdate() == UpdateCapability.NONE) {
			found.add(DeMinimisException.NOT_UPDATABLE);
		}
		if ((element.getExposure() == Exposure.NETWORK || element.getExposure() == Exposure.INTERNET) && element.eContainer() instanceof SystemModel system
				&& system.getFlows().stream().anyMatch(f -> crossesDomain(f, element))) {
			found.add(DeMinimisException.ENTRY_POINT);
		}
		return found;
	}

	private static boolean crossesDomain(Flow flow, Element element) {
		Element other = flow.getSource() == element ? flow.getTarget() : flow.getTarget() == element ? flow.getSource() : null;
		return other != null && element.getDomain() != null && other.getDomain() != null && element.getDomain() != other.getDomain();
	}

	private Categorization categorize(Cell cell, Set<DeMinimisException> element) {
		List<Explanation.Step> why = new ArrayList<>();
		DeMinimisException exception = deMinimis == null || element == null ? null
				: deMinimis.getExceptions().stream().filter(element::contains).findFirst().orElse(null);
		boolean minimis = deMinimis != null && holds(deMinimis.getConditions(), cell, why);
		Explanation.Step reason = null;
		if (minimis && exception != null) {
			reason = Explanation.step("policy.notDeMinimis", conditions(deMinimis.getConditions()), owner(deMinimis), Phrase.term(exception));
			why.add(reason);
		} else if (minimis) {
			reason = Explanation.step("policy.deMinimis", conditions(deMinimis.getConditions()), owner(deMinimis));
			why.add(reason);
			return new Categorization(true, List.of(), reason, new Explanation(why));
		}
		Map<String, Requirement> required = new LinkedHashMap<>();
		for (PolicyRule rule : rules) {
			if (!holds(rule.getConditions(), cell, why)) {
				continue;
			}
			Phrase when = conditions(rule.getConditions());
			String ruleName = rule.getName() != null ? rule.getName() : "when " + when.in("en");
			Object shownName = rule.getName() != null ? rule.getName() : (Phrase) language -> Phrase.japanese(language) ? "「" + when.in(language) + "」" : ruleName;
			why.add(Explanation.step("policy.rule", shownName, owner(rule), cell, requirements(rule)));
			for (ViewpointRequirement r : rule.getRequirements()) {
				if (r.getViewpoint() == null || r.getViewpoint().eIsProxy()) {
					continue;
				}
				Requirement before = required.get(r.getViewpoint().getName());
				Strength strength = stronger(before == null ? null : before.strength(), r.getStrength());
				List<String> names = new ArrayList<>(before == null ? List.of() : before.rules());
				names.add(ruleName);
				required.put(r.getViewpoint().getName(), new Requirement(r.getViewpoint(), strength, names));
			}
		}
		if (required.isEmpty()) {
			why.add(Explanation.step("policy.noRule", method.getName(), cell));
		}
		List<Requirement> ordered = new ArrayList<>();
		for (org.iotssf.model.Viewpoint viewpoint : viewpoints) {
			Requirement r = required.remove(viewpoint.getName());
			if (r != null) {
				ordered.add(r);
			}
		}
		ordered.addAll(required.values());
		return new Categorization(false, ordered, reason, new Explanation(why));
	}

	private boolean holds(List<CellCondition> conditions, Cell cell, List<Explanation.Step> why) {
		for (CellCondition condition : conditions) {
			if (condition.getAxis() == null || condition.getLevel() == null) {
				return false;
			}
			String axisName = condition.getAxis().getName();
			RatedLevel actual = cell.on(axisName);
			Axis axis = MethodParts.find(axes, axisName);
			RatedLevel bound = axis == null ? null : rated(axis, condition.getLevel().getName());
			if (actual == null || bound == null) {
				why.add(Explanation.step("policy.cannotEvaluate", condition(condition), axisName, condition.getLevel().getName()));
				return false;
			}
			boolean holds = switch (condition.getOperator()) {
				case AT_LEAST -> actual.rank() >= bound.rank();
				case AT_MOST -> actual.rank() <= bound.rank();
				case EQUAL -> actual.rank() == bound.rank();
			};
			if (!holds) {
				return false;
			}
		}
		return true;
	}

	private Strength stronger(Strength a, Strength b) {
		if (a == null) {
			return b;
		}
		if (b == null) {
			return a;
		}
		return rank(b) > rank(a) ? b : a;
	}

	private int rank(Strength s) {
		for (int i = 0; i < strengths.size(); i++) {
			if (strengths.get(i).getName().equals(s.getName())) {
				return i;
			}
		}
		return -1;
	}

	/** "V1 declared, V2 declared" in English; "V1（自己適合宣言）、V2（自己適合宣言）" in Japanese. */
	private static Phrase requirements(PolicyRule rule) {
		return Phrase.join(rule.getRequirements().stream().map(r -> Requirement.phrase(r.getViewpoint(), r.getStrength())).toList());
	}

	/** "recovery = low and economic = low" in English; "回復困難性が小、かつ経済的影響が小" in Japanese. */
	public static Phrase conditions(List<CellCondition> conditions) {
		List<Phrase> parts = conditions.stream().map(Policy::condition).toList();
		return language -> String.join(Phrase.japanese(language) ? "、かつ" : " and ", parts.stream().map(p -> p.in(language)).toList());
	}

	private static Phrase condition(CellCondition c) {
		String op = switch (c.getOperator()) {
			case AT_LEAST -> ">=";
			case AT_MOST -> "<=";
			case EQUAL -> "=";
		};
		String after = switch (c.getOperator()) {
			case AT_LEAST -> "以上";
			case AT_MOST -> "以下";
			case EQUAL -> "";
		};
		return language -> Phrase.japanese(language) ? Phrase.labelJa(c.getAxis()) + "が" + Phrase.labelJa(c.getLevel()) + after
				: c.getAxis().getName() + " " + op + " " + c.getLevel().getName();
	}

	private static String owner(org.eclipse.emf.ecore.EObject part) {
		return part.eContainer() instanceof Method m ? m.getName() : "?";
	}

	static String label(String title, String name) {
		return title != null ? title : name;
	}
}
