// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.ide.edit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccessDiff;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.internal.StringBasedTextRegionAccessDiffBuilder;
import org.eclipse.xtext.ide.serializer.hooks.IResourceSnapshot;
import org.eclipse.xtext.ide.serializer.impl.ChangeTreeProvider;
import org.eclipse.xtext.ide.serializer.impl.ChangeTreeProvider.ResourceSetRecording;
import org.eclipse.xtext.ide.serializer.impl.EObjectSnapshotProvider;
import org.eclipse.xtext.ide.serializer.impl.PartialSerializer;
import org.eclipse.xtext.ide.serializer.impl.RegionDiffFormatter;
import org.eclipse.xtext.resource.XtextResource;
import org.iotssf.dsl.resource.TextSaver;
import org.iotssf.model.IotssfPackage;

import com.google.inject.Inject;

/**
 * Saves EMF edits (a Sirius diagram's) into the text as the smallest change: from the moment a file is read, its
 * edits are recorded; each save writes the text read, with only what the edits changed rewritten and new objects
 * laid out by the formatter. The model in memory keeps its objects (no reparse), so every later save starts again
 * from the text first read and the edits made since.
 */
public class TextPreservingSave implements TextSaver {

	@Inject
	private EObjectSnapshotProvider snapshots;

	@Inject
	private ChangeTreeProvider changeTrees;

	@Inject
	private PartialSerializer serializer;

	@Inject
	private RegionDiffFormatter formatter;

	@Inject
	private ReferenceTexts references;

	/** The text first read and the edits since, kept with the resource. */
	private static final class Recording extends AdapterImpl {
		final IResourceSnapshot snapshot;
		final ChangeRecorder recorder;
		final String text;

		Recording(IResourceSnapshot snapshot, ChangeRecorder recorder, String text) {
			this.snapshot = snapshot;
			this.recorder = recorder;
			this.text = text;
		}

		@Override
		public boolean isAdapterForType(Object type) {
			return type == Recording.class;
		}
	}

	@Override
	public void loaded(XtextResource resource) {
		if (resource.getContents().isEmpty() || resource.getParseResult() == null) {
			return;
		}
		String text = resource.getParseResult().getRootNode().getText();
		if (resource.getParseResult().hasSyntaxErrors()) {
			// what did not parse has no model: only the text as read can be written back
			resource.eAdapters().add(new Recording(null, new ChangeRecorder(resource.getContents().get(0)), text));
			return;
		}
		EcoreUtil.resolveAll(resource);
		Recording recording = new Recording(snapshots.createResourceSnapshot(resource, false),
				new ChangeRecorder(resource.getContents().get(0)), text);
		resource.eAdapters().add(recording);
		resource.getContents().get(0).eAdapters().add(new RenameTracker());
	}

	@Override
	public String text(XtextResource resource) throws IOException {
		Recording recording = (Recording) EcoreUtil.getExistingAdapter(resource, Recording.class);
		if (recording == null) {
			return null;
		}
		ChangeDescription changes = recording.recorder.summarize();
		if (recording.snapshot == null) {
			if (changes.getObjectChanges().isEmpty() && changes.getObjectsToAttach().isEmpty()
					&& changes.getObjectsToDetach().isEmpty()) {
				return recording.text;
			}
			throw new IOException(resource.getURI().lastSegment() + " has syntax errors, so edits made outside the text "
					+ "cannot be saved into it without losing text; correct it in a text editor, then edit it again.");
		}
		ResourceSetRecording tree = changeTrees.createChangeTree(resource.getResourceSet(), List.of(recording.snapshot), changes);
		StringBasedTextRegionAccessDiffBuilder document = new StringBasedTextRegionAccessDiffBuilder(recording.snapshot.getRegions());
		serializer.serializeChanges(tree.getRecordedResource(resource), document);
		ITextRegionAccessDiff rewritten = document.create();
		List<ITextReplacement> edits = new ArrayList<>(formatter.format(rewritten));
		for (ReferenceTexts.Replacement stale : references.stale(resource, changes)) {
			if (edits.stream().noneMatch(e -> e.getOffset() < stale.offset() + stale.length() && stale.offset() < e.getEndOffset())) {
				edits.add(rewritten.getOriginalTextRegionAccess().regionForOffset(stale.offset(), stale.length())
						.replaceWith(stale.text()));
			}
		}
		return ModelTextEditor.apply(recording.text, edits);
	}

	/**
	 * A renamed object changes the text of every reference to it or to what it contains, in any file: those
	 * files are marked modified, so that they are saved too (with {@link ReferenceTexts}).
	 */
	private static final class RenameTracker extends EContentAdapter {
		@Override
		public void notifyChanged(Notification notification) {
			super.notifyChanged(notification);
			if (notification.getFeature() == IotssfPackage.Literals.NAMED_ELEMENT__NAME
					&& notification.getNotifier() instanceof EObject renamed && renamed.eResource() != null
					&& renamed.eResource().getResourceSet() != null) {
				List<EObject> named = new ArrayList<>();
				named.add(renamed);
				renamed.eAllContents().forEachRemaining(named::add);
				EcoreUtil.UsageCrossReferencer.findAll(named, renamed.eResource().getResourceSet()).values().stream()
						.flatMap(java.util.Collection::stream).map(setting -> setting.getEObject().eResource())
						.filter(r -> r != null).distinct().forEach(r -> r.setModified(true));
				renamed.eResource().setModified(true);
			}
		}
	}
}
