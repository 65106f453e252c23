/**
 * Putting articles into a workspace: the one ingest service ({@link parley.core.workspace.WorkspaceIngest})
 * that {@code parley analyze}, {@code POST /api/articles} and any batch job go through. It applies
 * the language policy ({@link parley.core.workspace.LanguagePolicy}), refuses an id read twice,
 * passes over articles and copies already stored, records exact and near copies as syndications
 * ({@link parley.core.workspace.DuplicateDetector} finds them; the MinHash implementation lives in
 * {@code parley-ingest-web}), hands the rest over for coding, stores what was coded, and records
 * every skip with its reason.
 */
package parley.core.workspace;
