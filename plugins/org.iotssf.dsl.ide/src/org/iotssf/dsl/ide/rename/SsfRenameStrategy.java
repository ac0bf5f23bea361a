// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.ide.rename;

import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.ide.refactoring.IRenameStrategy2;
import org.eclipse.xtext.ide.refactoring.RefactoringIssueAcceptor.Severity;
import org.eclipse.xtext.ide.refactoring.RenameChange;
import org.eclipse.xtext.ide.refactoring.RenameContext;
import org.iotssf.model.CatalogItem;
import org.iotssf.model.Declaration;
import org.iotssf.model.NamedElement;
import org.iotssf.model.SsfModel;
import org.iotssf.model.SystemModel;

/**
 * Renames after checking the new name: it must be a name the language can write (a qualified name for systems,
 * methods and catalogs; keywords are escaped with {@code ^} on writing), and it must not clash with a name
 * already declared where the validator would report a duplicate. A refused rename changes nothing and tells the
 * user why.
 */
public class SsfRenameStrategy extends IRenameStrategy2.DefaultImpl {

	private static final Pattern ID = Pattern.compile("\\^?[A-Za-z_][A-Za-z_0-9]*");
	private static final Pattern QUALIFIED = Pattern.compile(ID.pattern() + "(\\." + ID.pattern() + ")*");

	@Override
	protected void doRename(EObject target, RenameChange change, RenameContext context) {
		String problem = problem(target, change.getNewName(), context);
		if (problem != null) {
			context.getIssues().add(Severity.FATAL, problem);
			return;
		}
		super.doRename(target, change.getNewName().startsWith("^") ? renamed(change) : change, context);
	}

	/** The converter adds the {@code ^} where a keyword needs it; the model holds the plain name. */
	private static RenameChange renamed(RenameChange change) {
		return new RenameChange(change.getNewName().substring(1), change.getTargetURI());
	}

	static String problem(EObject target, String newName, RenameContext context) {
		if (target instanceof CatalogItem) {
			return newName.isBlank() ? "A catalog item needs a non-empty identifier." : null;
		}
		boolean qualified = target instanceof Declaration;
		if (!(qualified ? QUALIFIED : ID).matcher(newName).matches()) {
			return "'" + newName + "' is not a valid name: use letters, digits and '_', not starting with a digit"
					+ (qualified ? ", with '.' between the parts of a qualified name." : ".");
		}
		String plain = newName.replace("^", "");
		for (EObject other : rivals(target, context)) {
			if (other != target && other instanceof NamedElement named && plain.equals(named.getName())) {
				return "'" + plain + "' is already the name of " + other.eClass().getName().toLowerCase()
						+ " in the same scope; choose another name.";
			}
		}
		return null;
	}

	/** The objects whose names must differ from the target's, as the validator counts duplicates. */
	private static List<EObject> rivals(EObject target, RenameContext context) {
		EObject container = target.eContainer();
		if (target instanceof Declaration) {
			return context.getResourceSet().getResources().stream().map(Resource::getContents)
					.filter(c -> !c.isEmpty() && c.get(0) instanceof SsfModel)
					.flatMap(c -> ((SsfModel) c.get(0)).getDeclarations().stream()).map(EObject.class::cast).toList();
		}
		if (container instanceof SystemModel) {
			return container.eContents();
		}
		return container == null ? List.of()
				: container.eContents().stream().filter(o -> o.eClass() == target.eClass()).toList();
	}
}
