// SPDX-License-Identifier: EPL-2.0
package org.iotssf.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.runtime.IExecutableExtensionFactory;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The editor bundle's plugin.xml and build.properties against what the bundle holds. */
public class PluginXmlTest {

	private static final String CONTENT_TYPE = "org.iotssf.editor.ssf";

	private final Bundle bundle = FrameworkUtil.getBundle(ServerConnectionFactory.class);

	private List<Element> elements() throws Exception {
		try (InputStream in = bundle.getEntry("plugin.xml").openStream()) {
			NodeList all = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getElementsByTagName("*");
			List<Element> result = new ArrayList<>();
			for (int i = 0; i < all.getLength(); i++) {
				result.add((Element) all.item(i));
			}
			return result;
		}
	}

	@Test
	public void everyClassNamedExistsOrIsTheExpectedOptionalOne() throws Exception {
		Set<String> named = new TreeSet<>();
		for (Element element : elements()) {
			if (element.hasAttribute("class")) {
				named.add(element.getAttribute("class"));
			}
		}
		assertEquals(Set.of("org.eclipse.tm4e.ui.text.TMPresentationReconciler", "org.iotssf.editor.ServerConnectionFactory"), named);
		Class<?> factory = bundle.loadClass("org.iotssf.editor.ServerConnectionFactory");
		assertTrue(IExecutableExtensionFactory.class.isAssignableFrom(factory));
	}

	@Test
	public void everyFileNamedIsInTheBundle() throws Exception {
		for (Element element : elements()) {
			if (element.hasAttribute("path")) {
				assertNotNull(bundle.getEntry(element.getAttribute("path")), element.getAttribute("path"));
			}
		}
		assertNotNull(bundle.getEntry("server/iotssf.jar"));
	}

	@Test
	public void everyMappingUsesTheDeclaredContentType() throws Exception {
		Set<String> used = new TreeSet<>();
		for (Element element : elements()) {
			for (String attribute : List.of("contentTypeId", "contentType")) {
				if (element.hasAttribute(attribute)) {
					used.add(element.getAttribute(attribute));
				}
			}
		}
		assertEquals(Set.of(CONTENT_TYPE), used);
		assertTrue(elements().stream().anyMatch(e -> "content-type".equals(e.getTagName())
				&& CONTENT_TYPE.equals(e.getAttribute("id"))
				&& "ssf".equals(e.getAttribute("file-extensions"))));
	}

	@Test
	public void binIncludesCarryThePluginXmlTheGrammarAndTheServer() throws Exception {
		Properties build = new Properties();
		try (InputStream in = bundle.getEntry("build.properties") != null ? bundle.getEntry("build.properties").openStream()
				: java.nio.file.Files.newInputStream(java.nio.file.Path.of("../../plugins/org.iotssf.editor/build.properties"))) {
			build.load(in);
		}
		Set<String> includes = new TreeSet<>(List.of(build.getProperty("bin.includes").split("\\s*,\\s*")));
		assertTrue(includes.containsAll(Set.of("plugin.xml", "syntaxes/", "language-configurations/", "server/", "META-INF/")),
				includes.toString());
	}
}
