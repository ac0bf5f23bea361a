// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.ide.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.iotssf.catalog.BuiltinLibraries;
import org.iotssf.dsl.ide.SsfIdeSetup;
import org.iotssf.model.Element;
import org.iotssf.model.ElementKind;
import org.iotssf.model.Flow;
import org.iotssf.model.FlowKind;
import org.iotssf.model.IotssfFactory;
import org.iotssf.model.Risk;
import org.iotssf.model.SsfModel;
import org.iotssf.model.SystemModel;
import org.iotssf.model.Usage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

/** Round trips: edit through EMF, write back, parse again; the untouched text stays as it was. */
public class ModelTextEditorTest {

	private static final Injector INJECTOR = new SsfIdeSetup().createInjectorAndDoEMFRegistration();
	private static final String HOSPITAL = read("../../examples/hospital-hvac.ssf");
	private static final String OTHER = """
			// refers to the hospital's cloud
			system Remote {
				uses method iotssf.default
				element Console "Remote console" kind terminal layer 3 affects HospitalHvac.Cloud
				usage Support elements Console
			}
			""";

	private XtextResourceSet resourceSet;
	private XtextResource hospital;
	private XtextResource other;

	private static String read(String path) {
		try {
			return Files.readString(Path.of(path));
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	@BeforeEach
	public void load() throws Exception {
		resourceSet = INJECTOR.getInstance(XtextResourceSet.class);
		BuiltinLibraries.loadInto(resourceSet);
		hospital = load("file:/models/hospital.ssf", HOSPITAL);
		other = load("file:/models/remote.ssf", OTHER);
	}

	private XtextResource load(String uri, String text) throws Exception {
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI(uri));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		return resource;
	}

	private SystemModel system(XtextResource resource) {
		return (SystemModel) ((SsfModel) resource.getContents().get(0)).getDeclarations().get(0);
	}

	private Map<URI, String> edit(java.util.function.Consumer<SystemModel> change) {
		return INJECTOR.getInstance(ModelTextEditor.class).edit(hospital, r -> change.accept(system(hospital)));
	}

	/** Parses the texts again in a fresh resource set; returns them validated (no errors) and equal in content. */
	private List<XtextResource> reparse(Map<URI, String> texts) throws Exception {
		XtextResourceSet fresh = INJECTOR.getInstance(XtextResourceSet.class);
		BuiltinLibraries.loadInto(fresh);
		String hospitalText = texts.getOrDefault(hospital.getURI(), HOSPITAL);
		String otherText = texts.getOrDefault(other.getURI(), OTHER);
		List<XtextResource> resources = List.of(reload(fresh, hospital.getURI(), hospitalText), reload(fresh, other.getURI(), otherText));
		EcoreUtil.resolveAll(fresh);
		IResourceValidator validator = INJECTOR.getInstance(IResourceValidator.class);
		for (XtextResource resource : resources) {
			List<String> errors = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).stream()
					.filter(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR).map(i -> i.getMessage()).toList();
			assertEquals(List.of(), errors, resource.getURI() + ":\n" + texts.get(resource.getURI()));
		}
		assertTrue(EcoreUtil.equals(hospital.getContents().get(0), resources.get(0).getContents().get(0)),
				"the reparsed model differs from the edited one:\n" + hospitalText);
		return resources;
	}

	private static XtextResource reload(XtextResourceSet resourceSet, URI uri, String text) throws Exception {
		XtextResource resource = (XtextResource) resourceSet.createResource(uri);
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		return resource;
	}

	@Test
	public void addingAnElementAFlowAUsageAndARiskKeepsTheRestByteForByte() throws Exception {
		Map<URI, String> texts = edit(system -> {
			Element spare = IotssfFactory.eINSTANCE.createElement();
			spare.setName("Spare");
			spare.setTitle("Spare sensor");
			spare.setKind(ElementKind.SENSOR);
			spare.setLayer(2);
			spare.setDomain(system.getDomains().get(0));
			system.getElements().add(spare);
			Flow flow = IotssfFactory.eINSTANCE.createFlow();
			flow.setName("SpareReadings");
			flow.setSource(spare);
			flow.setTarget(system.getElements().get(2));
			flow.setKind(FlowKind.DATA);
			system.getFlows().add(flow);
			Usage usage = IotssfFactory.eINSTANCE.createUsage();
			usage.setName("Store");
			usage.getElements().add(spare);
			system.getUsages().add(usage);
			Risk risk = IotssfFactory.eINSTANCE.createRisk();
			risk.setName("SpareLost");
			risk.setUsage(usage);
			risk.setElement(spare);
			for (var axis : system.getMethod().getAxes()) {
				var rating = IotssfFactory.eINSTANCE.createAxisRating();
				rating.setAxis(axis);
				rating.setLevel(axis.getLevels().get(0));
				risk.getRatings().add(rating);
			}
			system.getRisks().add(risk);
		});
		String text = texts.get(hospital.getURI());
		reparse(texts);
		assertTrue(text.startsWith(HOSPITAL.substring(0, HOSPITAL.indexOf("\telement IndoorUnit"))), text);
		assertTrue(text.contains("\n\telement Spare \"Spare sensor\" kind sensor layer 2 in Facility\n"), text);
		// a data flow is the default kind, so it is not written
		assertTrue(text.contains("\n\tflow SpareReadings: Spare -> Gateway\n"), text);
		assertTrue(text.contains("\n\tusage Store elements Spare\n"), text);
		assertTrue(text.contains("\n\trisk SpareLost in Store on Spare recovery low economic low\n"), text);
		assertEquals(HOSPITAL.lines().count() + 4, text.lines().count(), text);
		for (String line : HOSPITAL.split("\n")) {
			assertTrue(text.contains(line), "lost: " + line);
		}
	}

	@Test
	public void renamingAnElementUpdatesEveryReferenceInEveryFile() throws Exception {
		Map<URI, String> texts = edit(system -> system.getElements().get(3).setName("ControlCloud"));
		reparse(texts);
		assertEquals(HOSPITAL.replaceAll("\\bCloud\\b(?!-)", "ControlCloud"), texts.get(hospital.getURI()));
		assertEquals(OTHER.replace("HospitalHvac.Cloud", "HospitalHvac.ControlCloud"), texts.get(other.getURI()));
	}

	@Test
	public void deletingAFlowRemovesItsLinesOnly() throws Exception {
		Map<URI, String> texts = edit(system -> EcoreUtil.delete(system.getFlows().get(0)));
		reparse(texts);
		assertEquals(HOSPITAL.replace("\tflow Readings: RoomSensor -> Gateway data \"room temperature\" protocol zigbee effect increases\n", ""),
				texts.get(hospital.getURI()));
	}

	@Test
	public void changingARatingRewritesThatLevelOnly() throws Exception {
		Map<URI, String> texts = edit(system -> {
			var rating = system.getRisks().get(0).getRatings().get(0);
			rating.setLevel(rating.getAxis().getLevels().get(2));
		});
		reparse(texts);
		assertEquals(HOSPITAL.replaceFirst("recovery low economic medium", "recovery high economic medium"),
				texts.get(hospital.getURI()));
	}
}
