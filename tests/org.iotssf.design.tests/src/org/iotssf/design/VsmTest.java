// SPDX-License-Identifier: EPL-2.0
package org.iotssf.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.emf.ecore.EClass;
import org.iotssf.model.IotssfPackage;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The viewpoint specification against the bundle, our metamodel and our services, without Sirius. */
public class VsmTest {

	/** AQL's own operations and Sirius' navigation used in the expressions. */
	private static final Set<String> AQL = Set.of("first", "oclIsKindOf", "size", "select");

	private static final Pattern CALL = Pattern.compile("\\.(\\w+)\\(([^()]*)\\)");

	private final Bundle bundle = FrameworkUtil.getBundle(Activator.class);

	private List<Element> elements(String file) throws Exception {
		try (InputStream in = bundle.getEntry(file).openStream()) {
			NodeList all = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getElementsByTagName("*");
			List<Element> result = new ArrayList<>();
			for (int i = 0; i < all.getLength(); i++) {
				result.add((Element) all.item(i));
			}
			return result;
		}
	}

	private List<Class<?>> services() throws Exception {
		List<Class<?>> services = new ArrayList<>();
		for (Element element : elements(Activator.ODESIGN)) {
			if (element.getTagName().equals("ownedJavaExtensions")) {
				services.add(bundle.loadClass(element.getAttribute("qualifiedClassName")));
			}
		}
		return services;
	}

	@Test
	public void theComponentizationNamesThisBundleAndItsActivator() throws Exception {
		Element component = elements("plugin.xml").stream().filter(e -> e.getTagName().equals("component")).findFirst().orElseThrow();
		assertEquals(bundle.getSymbolicName(), component.getAttribute("id"));
		assertEquals(Activator.PLUGIN_ID, bundle.getSymbolicName());
		assertEquals(bundle.getHeaders().get("Bundle-Activator"), component.getAttribute("class"));
	}

	@Test
	public void theRegisteredFileIsInTheBundleAndItsBinIncludes() throws Exception {
		assertNotNull(bundle.getEntry(Activator.ODESIGN));
		assertNotNull(bundle.getEntry("icons/finding.png"));
		Properties build = new Properties();
		try (InputStream in = bundle.getEntry("build.properties") != null ? bundle.getEntry("build.properties").openStream()
				: java.nio.file.Files.newInputStream(java.nio.file.Path.of("../../plugins/org.iotssf.design/build.properties"))) {
			build.load(in);
		}
		List<String> includes = Arrays.asList(build.getProperty("bin.includes").split("\\s*,\\s*"));
		assertTrue(includes.containsAll(List.of("plugin.xml", "description/", "icons/")), includes.toString());
	}

	@Test
	public void theViewpointIsForSsfFiles() throws Exception {
		Element viewpoint = elements(Activator.ODESIGN).stream().filter(e -> e.getTagName().equals("ownedViewpoints")).findFirst().orElseThrow();
		assertEquals("ssf", viewpoint.getAttribute("modelFileExtension"));
	}

	@Test
	public void everyCallInAnExpressionIsAPublicServiceMethodWithThatManyArguments() throws Exception {
		List<Class<?>> services = services();
		assertEquals(6, services.size());
		List<String> wrong = new ArrayList<>();
		for (Element element : elements(Activator.ODESIGN)) {
			for (int i = 0; i < element.getAttributes().getLength(); i++) {
				String value = element.getAttributes().item(i).getNodeValue();
				if (!value.startsWith("aql:")) {
					continue;
				}
				Matcher call = CALL.matcher(value);
				while (call.find()) {
					int arguments = call.group(2).isBlank() ? 0 : call.group(2).split(",").length;
					if (!AQL.contains(call.group(1)) && !hasMethod(services, call.group(1), arguments + 1)) {
						wrong.add(value);
					}
				}
			}
		}
		assertEquals(List.of(), wrong);
	}

	private static boolean hasMethod(List<Class<?>> services, String name, int parameters) {
		return services.stream().flatMap(s -> Arrays.stream(s.getMethods()))
				.anyMatch(m -> m.getName().equals(name) && m.getParameterCount() == parameters && Modifier.isPublic(m.getModifiers()));
	}

	@Test
	public void everyFeatureNamedIsAFeatureOfItsMappingsDomainClass() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (Element element : elements(Activator.ODESIGN)) {
			for (int i = 0; i < element.getAttributes().getLength(); i++) {
				String attribute = element.getAttributes().item(i).getNodeName();
				String value = element.getAttributes().item(i).getNodeValue();
				String feature = value.startsWith("feature:") ? value.substring("feature:".length())
						: attribute.equals("featureName") && !value.equals("*") ? value : null;
				if (feature == null) {
					continue;
				}
				EClass type = contextClass(element, attribute);
				if (type == null || type.getEStructuralFeature(feature) == null) {
					wrong.add(element.getAttribute("name") + "." + attribute + "=" + value + " on " + (type == null ? "?" : type.getName()));
				}
			}
		}
		assertEquals(List.of(), wrong);
	}

	/**
	 * The class an expression is evaluated on: candidates on the enclosing representation's or container's class,
	 * everything else (labels, finders, columns of an edition table) on the element's own or its line's class.
	 */
	private static EClass contextClass(Element element, String attribute) {
		boolean candidates = attribute.equals("semanticCandidatesExpression");
		org.w3c.dom.Node node = candidates ? element.getParentNode() : element;
		if (!candidates && element.getTagName().equals("ownedColumnMappings") && !element.hasAttribute("domainClass")) {
			node = ((Element) element.getParentNode()).getElementsByTagName("ownedLineMappings").item(0);
		}
		while (node instanceof Element e && !e.hasAttribute("domainClass")) {
			node = e.getParentNode();
		}
		if (!(node instanceof Element e)) {
			return null;
		}
		String name = e.getAttribute("domainClass").replace("model::", "");
		return IotssfPackage.eINSTANCE.getEClassifier(name) instanceof EClass c ? c : null;
	}

	@Test
	public void everyDomainClassIsAClassOfTheMetamodel() throws Exception {
		for (Element element : elements(Activator.ODESIGN)) {
			if (element.hasAttribute("domainClass")) {
				String name = element.getAttribute("domainClass");
				assertTrue(name.startsWith("model::") && IotssfPackage.eINSTANCE.getEClassifier(name.substring(7)) instanceof EClass, name);
			}
		}
	}

	@Test
	public void withoutSiriusTheActivatorStartsAndStopsQuietly() throws Exception {
		Activator activator = new Activator();
		activator.start(null);
		activator.stop(null);
		Method registry = Activator.class.getDeclaredMethod("registry");
		assertNotNull(registry);
	}
}
