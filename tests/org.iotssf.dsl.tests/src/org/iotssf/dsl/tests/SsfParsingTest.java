// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.iotssf.model.Element;
import org.iotssf.model.ElementKind;
import org.iotssf.model.Exposure;
import org.iotssf.model.Flow;
import org.iotssf.model.FlowKind;
import org.iotssf.model.ImpactKind;
import org.iotssf.model.Protection;
import org.iotssf.model.Risk;
import org.iotssf.model.SoftwareKind;
import org.iotssf.model.SsfModel;
import org.iotssf.model.StakeholderRole;
import org.iotssf.model.SystemModel;
import org.iotssf.model.UpdateCapability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(SsfInjectorProvider.class)
public class SsfParsingTest {

	@Inject
	private SsfTestSupport support;

	@Inject
	private ValidationTestHelper validation;

	private static final String HVAC = """
			system HospitalHvac "Cloud-controlled air conditioning in hospital wards" {
				uses method iotssf.default
				domain Facility "Hospital facility management"   domain VendorCloud "HVAC vendor cloud"
				stakeholder Acme "Acme HVAC" roles manufacturer, serviceProvider in VendorCloud
				stakeholder Ward "Facility team" roles owner, operator in Facility
				element IndoorUnit "Indoor unit" kind actuator layer 2 in Facility maker Acme operator Ward
					software "acme-fw" version "3.1" update remote exposure local
				element Cloud "HVAC cloud" kind cloudService layer 3 in VendorCloud operator Acme exposure internet
				flow Cloud -> IndoorUnit control "set point" protocol mqtt protected by encryption
				usage Wards "Patient wards" elements IndoorUnit, Cloud
				risk DosStop "Heating/cooling stopped by DoS" in Wards on IndoorUnit
					impacts lifeBody recovery low economic medium
					rationale "Recoverable by software update; patients exposed meanwhile"
			}
			""";

	@Test
	public void parsesTheIntendedFeelIntoTheMetamodel() throws Exception {
		SsfModel model = support.parse(HVAC);
		validation.assertNoErrors(model);
		SystemModel system = (SystemModel) model.getDeclarations().get(0);
		assertEquals("iotssf.default", system.getMethod().getName());
		assertEquals(List.of(StakeholderRole.MANUFACTURER, StakeholderRole.SERVICE_PROVIDER), system.getStakeholders().get(0).getRoles());
		Element unit = system.getElements().get(0);
		assertEquals(ElementKind.ACTUATOR, unit.getKind());
		assertEquals(2, unit.getLayer());
		assertSame(system.getDomains().get(0), unit.getDomain());
		assertEquals(SoftwareKind.SOFTWARE, unit.getSoftware().get(0).getKind());
		assertEquals("3.1", unit.getSoftware().get(0).getVersion());
		assertEquals(UpdateCapability.REMOTE, unit.getUpdate());
		assertEquals(Exposure.LOCAL, unit.getExposure());
		Flow flow = system.getFlows().get(0);
		assertEquals(FlowKind.CONTROL, flow.getKind());
		assertEquals("mqtt", flow.getProtocol());
		assertEquals(List.of(Protection.ENCRYPTION), flow.getProtections());
		assertTrue(flow.crossesDomainBoundary());
		Risk risk = system.getRisks().get(0);
		assertEquals(List.of(ImpactKind.LIFE_BODY), risk.getImpacts());
		assertEquals("low", risk.getRatings().get(0).getLevel().getName());
		assertEquals(1, risk.getRatings().get(0).getLevel().rank());
		assertEquals(2, risk.getRatings().get(1).getLevel().rank());
		assertFalse(risk.isSetSeverity());
	}

	@Test
	public void keepsJapaneseTextInStringsAndComments() throws Exception {
		SsfModel model = support.parse("""
				// 病院の空調システム（コメント5-1）
				system Byouin "病院の空調" {
					uses method iotssf.default
					domain Shisetsu "施設管理"
					stakeholder Kanri "施設管理チーム" roles owner, operator in Shisetsu
					element Unit "室内機" kind actuator layer 2 in Shisetsu owner Kanri operator Kanri
					usage Byoutou "病棟" elements Unit
					risk Teishi "DoSによる冷暖房停止" in Byoutou on Unit impacts lifeBody recovery low economic medium
						rationale "復旧は容易だが、その間患者が影響を受ける"
				}
				""");
		validation.assertNoErrors(model);
		SystemModel system = (SystemModel) model.getDeclarations().get(0);
		assertEquals("病院の空調", system.getTitle());
		assertEquals("復旧は容易だが、その間患者が影響を受ける", system.getRisks().get(0).getRationale());
	}

	@Test
	public void parsesEvidenceAgreementsAndTheAsilInputs() throws Exception {
		SsfModel model = support.parse(HVAC.replace("rationale \"Recoverable",
				"severity 3 exposure 4 controllability 2 likelihood possible rationale \"Recoverable").replace("\n}", """

					measure M "Secure boot" viewpoint V1 stage design addresses DosStop by Acme on IndoorUnit provides integrity
						evidence thirdPartyCertification "Certificate" issuer "Lab" issued 2025-01-01 until 2027-12-31 reference "C-1"
					agreement A covers DosStop Acme carries V1, V2 Ward carries V3 signed 2025-04-01
				}"""));
		validation.assertNoErrors(model);
		SystemModel system = (SystemModel) model.getDeclarations().get(0);
		Risk risk = system.getRisks().get(0);
		assertEquals(3, risk.getSeverity());
		assertEquals(4, risk.getExposureClass());
		assertEquals(2, risk.getControllability());
		assertEquals("2027-12-31", system.getMeasures().get(0).getEvidence().get(0).getValidUntil());
		assertEquals("V2", system.getAgreements().get(0).getShares().get(0).getViewpoints().get(1).getName());
		assertEquals("Ward", system.getAgreements().get(0).getShares().get(1).getStakeholder().getName());
	}

	@Test
	public void parsesAMethodThatExtendsTheDefaultAndACatalog() throws Exception {
		SsfModel model = support.parse("""
				method acme.policy "Acme's method" extends iotssf.default {
					axis recovery "Recovery" ja "回復困難性" {
						level trivial "Trivial" level low "Low" level medium "Medium" level high "High"
					}
					threshold economic medium from 100000000 JPY
					rule strict when recovery >= medium and economic = high require V1 verified, V4
					deminimis when recovery <= trivial
				}
				catalog acme.cat "Acme catalog" {
					version "2"
					item "A-1" "First" status mandatory viewpoint iotssf.default.V1 roles manufacturer kinds sensor
					item "A-2" "Second" maps equivalent "acme.cat:A-1" basis "same text"
				}
				""");
		validation.assertNoErrors(model);
		org.iotssf.model.Method method = (org.iotssf.model.Method) model.getDeclarations().get(0);
		assertEquals(100_000_000L, method.getThresholds().get(0).getAmount());
		assertEquals(4, method.getAxes().get(0).getLevels().size());
		org.iotssf.model.Catalog catalog = (org.iotssf.model.Catalog) model.getDeclarations().get(1);
		assertSame(catalog.getItems().get(0), catalog.getItems().get(1).getMappings().get(0).getTarget());
	}
}
