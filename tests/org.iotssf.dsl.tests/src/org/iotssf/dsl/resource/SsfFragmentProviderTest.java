// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.iotssf.dsl.tests.SsfInjectorProvider;
import org.iotssf.dsl.tests.SsfTestSupport;
import org.iotssf.model.Risk;
import org.iotssf.model.SsfModel;
import org.iotssf.model.SystemModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(SsfInjectorProvider.class)
public class SsfFragmentProviderTest {

	@Inject
	private SsfTestSupport support;

	private static final String HOSPITAL = read();

	private static String read() {
		try {
			return Files.readString(Path.of("../../examples/hospital-hvac.ssf"));
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private XtextResource load(String text) throws Exception {
		XtextResource resource = (XtextResource) support.newResourceSet().createResource(URI.createURI("file:/m/hospital.ssf"));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		return resource;
	}

	/** The fragment of every object of the resource, in content order, with a description of the object. */
	private static Map<String, String> fragments(XtextResource resource) {
		Map<String, String> fragments = new LinkedHashMap<>();
		for (var all = resource.getAllContents(); all.hasNext();) {
			EObject object = all.next();
			fragments.put(resource.getURIFragment(object), describe(object));
		}
		return fragments;
	}

	private static String describe(EObject object) {
		return object.eClass().getName() + " " + EcoreUtil.getURI(object.eContainer() == null ? object : object.eContainer())
				.fragment() + " " + object.eContainingFeature();
	}

	@Test
	public void namedObjectsAreAddressedByQualifiedNameAndPartsFromTheirNamedAncestor() throws Exception {
		XtextResource resource = load(HOSPITAL);
		SystemModel system = (SystemModel) ((SsfModel) resource.getContents().get(0)).getDeclarations().get(0);
		Risk dosStop = system.getRisks().get(0);
		assertEquals("HospitalHvac.IndoorUnit", resource.getURIFragment(system.getElements().get(0)));
		assertEquals("HospitalHvac.DosStop/@ratings.1", resource.getURIFragment(dosStop.getRatings().get(1)));
		assertEquals("HospitalHvac.SecureDevelopment/@evidence.0",
				resource.getURIFragment(system.getMeasures().get(0).getEvidence().get(0)));
		for (var all = resource.getAllContents(); all.hasNext();) {
			EObject object = all.next();
			assertSame(object, resource.getEObject(resource.getURIFragment(object)), resource.getURIFragment(object));
		}
	}

	@Test
	public void fragmentsSurviveInsertingAndReorderingText() throws Exception {
		XtextResource before = load(HOSPITAL);
		Map<String, String> old = fragments(before);
		String edited = HOSPITAL
				.replace("\telement IndoorUnit", "\telement Spare \"Spare\" kind sensor layer 2 in Facility\n\telement IndoorUnit")
				.replace("\tdomain Facility \"Hospital facility management\" administrator Ward\n", "")
				.replace("\tdomain VendorCloud \"HVAC vendor cloud\" administrator Acme\n",
						"\tdomain VendorCloud \"HVAC vendor cloud\" administrator Acme\n\tdomain Facility \"Hospital facility management\" administrator Ward\n");
		XtextResource after = load(edited);
		List<String> lost = new ArrayList<>();
		for (Map.Entry<String, String> entry : old.entrySet()) {
			if (!entry.getKey().startsWith("/")) {
				EObject found = after.getEObject(entry.getKey());
				if (found == null || !describe(found).equals(entry.getValue())) {
					lost.add(entry.getKey());
				}
			}
		}
		assertEquals(List.of(), lost);
		assertEquals(old.size() + 1, fragments(after).size());
	}

	@Test
	public void namesThatNeedEscapingRoundTrip() throws Exception {
		XtextResource resource = (XtextResource) support.parse("""
				catalog my.cat {
					item "a/b c#1" "Odd"
				}
				""").eResource();
		EObject item = resource.getContents().get(0).eContents().get(0).eContents().get(0);
		String fragment = resource.getURIFragment(item);
		assertEquals("my.cat:a%2Fb%20c%231", fragment);
		assertSame(item, resource.getEObject(fragment));
	}
}
