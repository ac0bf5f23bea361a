// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.resource.persistence.SerializableResourceDescription;
import org.iotssf.catalog.BuiltinLibraries;

import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.Singleton;

/**
 * The exported names of the built-in libraries (the default method and the catalogs), read once per
 * server. A language server indexes only the files of the client's workspace; these names are what a
 * model can refer to besides, under the libraries' {@code iotssf:/} URIs.
 */
@Singleton
public class BuiltinLibraryIndex {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceDescription.Manager descriptions;

	private ResourceDescriptionsData data;

	private boolean reading;

	/**
	 * The index of the libraries, made on first use. While the libraries are being read (and link among
	 * themselves, in a resource set of their own that holds them all) it is empty.
	 */
	public synchronized ResourceDescriptionsData get() {
		if (data == null && reading) {
			return new ResourceDescriptionsData(List.of());
		}
		if (data == null) {
			reading = true;
			try {
				XtextResourceSet resourceSet = resourceSets.get();
				List<IResourceDescription> all = new ArrayList<>();
				for (Resource library : BuiltinLibraries.loadInto(resourceSet)) {
					// a copy that keeps no reference to the library's resource set
					all.add(SerializableResourceDescription.createCopy(descriptions.getResourceDescription(library)));
				}
				data = new ResourceDescriptionsData(all);
			} finally {
				reading = false;
			}
		}
		return data;
	}
}
