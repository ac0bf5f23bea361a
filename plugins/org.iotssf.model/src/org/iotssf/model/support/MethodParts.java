// SPDX-License-Identifier: EPL-2.0
package org.iotssf.model.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.common.util.EList;
import org.iotssf.model.AggregationKind;
import org.iotssf.model.Confirmation;
import org.iotssf.model.Axis;
import org.iotssf.model.DeMinimisRule;
import org.iotssf.model.IotssfPackage;
import org.iotssf.model.LifecycleStage;
import org.iotssf.model.Method;
import org.iotssf.model.NamedElement;
import org.iotssf.model.PolicyRule;
import org.iotssf.model.RoleAllocation;
import org.iotssf.model.Strength;
import org.iotssf.model.Viewpoint;

/**
 * The effective parts of a method that may extend another: a part declared in the extending method
 * replaces the base method's part of the same name; parts with new names are added after the
 * inherited ones. Works on the EMF model alone.
 */
public final class MethodParts {

	private MethodParts() {
	}

	/** The method followed by its bases, most derived first; stops at a cycle. */
	public static List<Method> chain(Method method) {
		List<Method> chain = new ArrayList<>();
		Set<Method> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Method m = method; m != null && !m.eIsProxy() && seen.add(m); m = m.getBase()) {
			chain.add(m);
		}
		return chain;
	}

	/** Whether the method's chain of bases leads back to itself. */
	public static boolean extendsItself(Method method) {
		Set<Method> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Method m = method; m != null && !m.eIsProxy(); m = m.getBase()) {
			if (!seen.add(m)) {
				return true;
			}
		}
		return false;
	}

	public static List<Axis> axes(Method method) {
		return byName(method, Method::getAxes);
	}

	public static List<Viewpoint> viewpoints(Method method) {
		return byName(method, Method::getViewpoints);
	}

	public static List<LifecycleStage> stages(Method method) {
		return byName(method, Method::getStages);
	}

	public static List<Strength> strengths(Method method) {
		return byName(method, Method::getStrengths);
	}

	/** The policy rules: named rules override rules of the same name; unnamed rules add up. */
	public static List<PolicyRule> rules(Method method) {
		Map<Object, PolicyRule> rules = new LinkedHashMap<>();
		List<Method> chain = chain(method);
		for (int i = chain.size() - 1; i >= 0; i--) {
			for (PolicyRule rule : chain.get(i).getRules()) {
				rules.put(rule.getName() != null ? rule.getName() : rule, rule);
			}
		}
		return List.copyOf(rules.values());
	}

	/** The role allocations: a method's allocation of a viewpoint replaces the base's allocation of it. */
	public static List<RoleAllocation> roleAllocations(Method method) {
		return byViewpoint(method, Method::getRoleAllocations, RoleAllocation::getViewpoint);
	}

	/** Parts keyed by their viewpoint over the method and its bases: the most derived method's part for a viewpoint wins. */
	private static <T> List<T> byViewpoint(Method method, Function<Method, List<T>> parts, Function<T, Viewpoint> viewpoint) {
		Map<Object, T> byViewpoint = new LinkedHashMap<>();
		List<Method> chain = chain(method);
		for (int i = chain.size() - 1; i >= 0; i--) {
			for (T part : parts.apply(chain.get(i))) {
				Viewpoint v = viewpoint.apply(part);
				byViewpoint.put(v == null || v.eIsProxy() || v.getName() == null ? part : v.getName(), part);
			}
		}
		return List.copyOf(byViewpoint.values());
	}

	/** What confirms each viewpoint: a method's confirmation of a viewpoint replaces the base's confirmation of it. */
	public static List<Confirmation> confirmations(Method method) {
		return byViewpoint(method, Method::getConfirmations, Confirmation::getViewpoint);
	}

	/** The confirmation of the named viewpoint, or null when the method says nothing about what confirms it. */
	public static Confirmation confirmation(Method method, String viewpoint) {
		for (Confirmation confirmation : confirmations(method)) {
			if (confirmation.getViewpoint() != null && viewpoint.equals(confirmation.getViewpoint().getName())) {
				return confirmation;
			}
		}
		return null;
	}

	/** The lifecycle stages measures must address, over the method and its bases, by name. */
	public static List<LifecycleStage> requiredStages(Method method) {
		Map<String, LifecycleStage> stages = new LinkedHashMap<>();
		List<Method> chain = chain(method);
		for (int i = chain.size() - 1; i >= 0; i--) {
			for (LifecycleStage stage : chain.get(i).getRequiredStages()) {
				if (stage != null && !stage.eIsProxy() && stage.getName() != null) {
					stages.putIfAbsent(stage.getName(), stage);
				}
			}
		}
		return List.copyOf(stages.values());
	}

	/** The de-minimis rule of the most derived method that states one, or null. */
	public static DeMinimisRule deMinimis(Method method) {
		return chain(method).stream().map(Method::getDeMinimis).filter(r -> r != null).findFirst().orElse(null);
	}

	/** The aggregation of the most derived method that states one; worst per axis otherwise. */
	public static AggregationKind aggregation(Method method) {
		return chain(method).stream().filter(m -> m.eIsSet(IotssfPackage.Literals.METHOD__AGGREGATION))
				.map(Method::getAggregation).findFirst().orElse(AggregationKind.WORST_PER_AXIS);
	}

	/** The monoculture threshold of the most derived method that states one; 0 when none does. */
	public static int monocultureThreshold(Method method) {
		return chain(method).stream().mapToInt(Method::getMonocultureThreshold).filter(t -> t > 0).findFirst().orElse(0);
	}

	/**
	 * The monoculture share, in percent of a system's units, of the most derived method that states a
	 * threshold ({@code monoculture threshold N share P %}); 0 when it states no share.
	 */
	public static int monocultureShare(Method method) {
		return chain(method).stream().filter(m -> m.getMonocultureThreshold() > 0).mapToInt(Method::getMonocultureShare).findFirst().orElse(0);
	}

	/** Finds an effective part by name, or null. */
	public static <T extends NamedElement> T find(List<T> parts, String name) {
		return parts.stream().filter(p -> name != null && name.equals(p.getName())).findFirst().orElse(null);
	}

	private static <T extends NamedElement> List<T> byName(Method method, Function<Method, EList<T>> parts) {
		Map<Object, T> result = new LinkedHashMap<>();
		List<Method> chain = chain(method);
		for (int i = chain.size() - 1; i >= 0; i--) {
			for (T part : parts.apply(chain.get(i))) {
				result.put(part.getName() != null ? part.getName() : part, part);
			}
		}
		return List.copyOf(result.values());
	}
}
