// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.validation;

/** The codes of every issue the .ssf language reports; quick fixes and tests key on them. */
public final class IssueCodes {

	private static final String PREFIX = "iotssf.";

	public static final String UNRESOLVED_REFERENCE = PREFIX + "unresolvedReference";
	public static final String IMPORT_NOT_FOUND = PREFIX + "importNotFound";
	public static final String LEVEL_NOT_OF_AXIS = PREFIX + "levelNotOfAxis";
	public static final String DUPLICATE_NAME = PREFIX + "duplicateName";
	public static final String DUPLICATE_DECLARATION = PREFIX + "duplicateDeclaration";
	public static final String NO_METHOD = PREFIX + "noMethod";
	public static final String METHOD_NOT_FOUND = PREFIX + "methodNotFound";
	public static final String METHOD_EXTENDS_ITSELF = PREFIX + "methodExtendsItself";
	public static final String AXIS_TOO_FEW_LEVELS = PREFIX + "axisTooFewLevels";
	public static final String RISK_MISSING_RATING = PREFIX + "riskMissingRating";
	public static final String RISK_DUPLICATE_RATING = PREFIX + "riskDuplicateRating";
	public static final String RATING_SPLIT_MISMATCH = PREFIX + "ratingSplitMismatch";
	public static final String RISK_ELEMENT_NOT_IN_USAGE = PREFIX + "riskElementNotInUsage";
	public static final String RISK_WITHOUT_IMPACT = PREFIX + "riskWithoutImpact";
	public static final String IMPACT_RATED_LOWEST = PREFIX + "impactRatedLowest";
	public static final String ASIL_CLASS_OUT_OF_RANGE = PREFIX + "asilClassOutOfRange";
	public static final String RISK_AFFECTS_ITS_ELEMENT = PREFIX + "riskAffectsItsElement";
	public static final String SAFETY_PARAMETER_INVALID = PREFIX + "safetyParameterInvalid";
	public static final String SAFETY_STANDARD_NOT_STATED = PREFIX + "safetyStandardNotStated";
	public static final String MONOCULTURE_SHARE_OUT_OF_RANGE = PREFIX + "monocultureShareOutOfRange";
	public static final String LAYER_OUT_OF_RANGE = PREFIX + "layerOutOfRange";
	public static final String COUNT_OUT_OF_RANGE = PREFIX + "countOutOfRange";
	public static final String LAYER_MISSING = PREFIX + "layerMissing";
	public static final String ELEMENT_IN_NO_USAGE = PREFIX + "elementInNoUsage";
	public static final String USAGE_WITHOUT_RISKS = PREFIX + "usageWithoutRisks";
	public static final String USAGE_WITHOUT_ELEMENTS = PREFIX + "usageWithoutElements";
	public static final String FLOW_WITHOUT_COMMON_USAGE = PREFIX + "flowWithoutCommonUsage";
	public static final String FLOW_SELF_LOOP = PREFIX + "flowSelfLoop";
	public static final String ROLE_MISMATCH = PREFIX + "roleMismatch";
	public static final String STAKEHOLDER_WITHOUT_ROLE = PREFIX + "stakeholderWithoutRole";
	public static final String INVALID_DATE = PREFIX + "invalidDate";
	public static final String EVIDENCE_EXPIRES_BEFORE_ISSUE = PREFIX + "evidenceExpiresBeforeIssue";
	public static final String MEASURE_WITHOUT_VIEWPOINT = PREFIX + "measureWithoutViewpoint";
	public static final String SECURITY_LEVEL_VECTOR = PREFIX + "securityLevelVector";
	public static final String MAPPING_TO_ITSELF = PREFIX + "mappingToItself";

	private IssueCodes() {
	}
}
