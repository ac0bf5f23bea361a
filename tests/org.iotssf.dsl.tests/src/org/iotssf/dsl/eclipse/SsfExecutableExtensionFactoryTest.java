// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.eclipse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.iotssf.model.SsfModel;
import org.iotssf.model.SystemModel;
import org.junit.jupiter.api.Test;

/** Inside Equinox, as in Eclipse with Sirius: .ssf files open through the extensions in plugin.xml. */
public class SsfExecutableExtensionFactoryTest {

	private static IConfigurationElement extension(String point, String attribute, String value) {
		return Arrays.stream(Platform.getExtensionRegistry().getConfigurationElementsFor(point))
				.filter(e -> value.equals(e.getAttribute(attribute))).findFirst()
				.orElseThrow(() -> new AssertionError("no " + point + " with " + attribute + "=" + value));
	}

	/** A plain EMF resource set (not Xtext's) reading .ssf with the factory the extension point creates. */
	private static ResourceSet resourceSet() throws Exception {
		Object factory = extension("org.eclipse.emf.ecore.extension_parser", "type", "ssf").createExecutableExtension("class");
		assertTrue(factory instanceof IResourceFactory, String.valueOf(factory));
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ssf", factory);
		return resourceSet;
	}

	@Test
	public void anExampleOpensAsAnErrorFreeResourceWithTheLibrariesResolved() throws Exception {
		ResourceSet resourceSet = resourceSet();
		Resource resource = resourceSet.getResource(
				URI.createFileURI(Path.of("../../examples/hospital-hvac.ssf").toAbsolutePath().normalize().toString()), true);
		EcoreUtil.resolveAll(resourceSet);
		assertEquals(List.of(), resource.getErrors());
		SystemModel system = (SystemModel) ((SsfModel) resource.getContents().get(0)).getDeclarations().get(0);
		assertFalse(system.getMethod() != null && system.getMethod().eIsProxy());
		for (Resource each : resourceSet.getResources()) {
			for (var all = each.getAllContents(); all.hasNext();) {
				for (EObject target : all.next().eCrossReferences()) {
					assertFalse(target.eIsProxy(), () -> "unresolved " + ((InternalEObject) target).eProxyURI());
				}
			}
		}
		List<Issue> errors = ((XtextResource) resource).getResourceServiceProvider().getResourceValidator()
				.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).stream()
				.filter(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR).toList();
		assertEquals(List.of(), errors);
	}

	@Test
	public void modelsEditedThroughEmfAreSavedKeepingTheirTextAndComments() throws Exception {
		java.nio.file.Path copy = java.nio.file.Files.createTempDirectory("ssf-save").resolve("hospital.ssf");
		String original = java.nio.file.Files.readString(Path.of("../../examples/hospital-hvac.ssf"));
		java.nio.file.Files.writeString(copy, original);
		ResourceSet resourceSet = resourceSet();
		Resource resource = resourceSet.getResource(URI.createFileURI(copy.toString()), true);
		SystemModel system = (SystemModel) ((SsfModel) resource.getContents().get(0)).getDeclarations().get(0);
		org.iotssf.model.Element spare = org.iotssf.model.IotssfFactory.eINSTANCE.createElement();
		spare.setName("Spare");
		spare.setKind(org.iotssf.model.ElementKind.SENSOR);
		spare.setLayer(2);
		system.getElements().add(spare);
		system.getUsages().get(0).getElements().add(spare);
		resource.save(null);
		String first = java.nio.file.Files.readString(copy);
		assertTrue(first.startsWith(original.substring(0, original.indexOf("\tusage Wards"))), first);
		assertTrue(first.contains("\telement Spare kind sensor layer 2\n"), first);
		// the serializer adds the new list item as a clause of its own, which the grammar allows and merges
		assertTrue(first.contains("environment \"Occupied day and night by patients who cannot leave the room\" elements Spare\n"), first);
		assertEquals(original.lines().count() + 1, first.lines().count(), first);
		// a second edit and save start again from the text first read, with both edits
		system.getFlows().remove(0);
		resource.save(null);
		String second = java.nio.file.Files.readString(copy);
		assertEquals(first.replace("\tflow Readings: RoomSensor -> Gateway data \"room temperature\" protocol zigbee effect increases\n", ""), second);
	}

	@Test
	public void aRenameIsSavedIntoEveryFileThatRefersToTheRenamedObject() throws Exception {
		java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("ssf-rename");
		String hospitalText = java.nio.file.Files.readString(Path.of("../../examples/hospital-hvac.ssf"));
		String remoteText = "system Remote {\n\telement Console kind terminal layer 3 affects HospitalHvac.Cloud\n"
				+ "\tusage Support elements Console\n}\n";
		java.nio.file.Files.writeString(folder.resolve("hospital.ssf"), hospitalText);
		java.nio.file.Files.writeString(folder.resolve("remote.ssf"), remoteText);
		ResourceSet resourceSet = resourceSet();
		Resource hospital = resourceSet.getResource(URI.createFileURI(folder.resolve("hospital.ssf").toString()), true);
		Resource remote = resourceSet.getResource(URI.createFileURI(folder.resolve("remote.ssf").toString()), true);
		EcoreUtil.resolveAll(resourceSet);
		SystemModel system = (SystemModel) ((SsfModel) hospital.getContents().get(0)).getDeclarations().get(0);
		system.getElements().get(3).setName("ControlCloud");
		assertTrue(remote.isModified(), "the file that refers to the renamed element is marked for saving");
		for (Resource resource : List.of(hospital, remote)) {
			resource.save(null);
		}
		assertEquals(hospitalText.replaceAll("\\bCloud\\b(?!-)", "ControlCloud"), java.nio.file.Files.readString(folder.resolve("hospital.ssf")));
		assertEquals(remoteText.replace("HospitalHvac.Cloud", "HospitalHvac.ControlCloud"),
				java.nio.file.Files.readString(folder.resolve("remote.ssf")));
	}

	@Test
	public void aFileThatDoesNotParseIsNeverRewrittenFromItsPartialModel() throws Exception {
		java.nio.file.Path file = java.nio.file.Files.createTempDirectory("ssf-broken").resolve("broken.ssf");
		String broken = "// kept\nsystem S {\n\telement E kind sensor layer\n\tusage U elements E\n}\n";
		java.nio.file.Files.writeString(file, broken);
		Resource resource = resourceSet().getResource(URI.createFileURI(file.toString()), true);
		resource.save(null);
		assertEquals(broken, java.nio.file.Files.readString(file));
		((SsfModel) resource.getContents().get(0)).getDeclarations().clear();
		java.io.IOException refused = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> resource.save(null));
		assertTrue(refused.getMessage().contains("broken.ssf has syntax errors"), refused.getMessage());
		assertEquals(broken, java.nio.file.Files.readString(file));
	}

	@Test
	public void theLibrariesAreReadFromTheCatalogBundle() throws Exception {
		URI normalized = new ExtensibleURIConverterImpl().normalize(URI.createURI("iotssf:/libraries/iotssf.default.ssf"));
		assertEquals("platform:/plugin/org.iotssf.catalog/libraries/iotssf.default.ssf", normalized.toString());
		Resource library = resourceSet().getResource(URI.createURI("iotssf:/libraries/iotssf.default.ssf"), true);
		assertEquals(List.of(), library.getErrors());
	}

	@Test
	public void theResourceServiceProviderIsRegisteredForSsf() throws Exception {
		Object provider = extension("org.eclipse.xtext.extension_resourceServiceProvider", "uriExtension", "ssf")
				.createExecutableExtension("class");
		assertNotNull(((org.eclipse.xtext.resource.IResourceServiceProvider) provider).getResourceValidator());
	}
}
