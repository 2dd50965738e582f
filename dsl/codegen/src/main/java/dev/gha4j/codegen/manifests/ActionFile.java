package dev.gha4j.codegen.manifests;

/**
 * An action's metadata file as fetched at a tag.
 *
 * @param tag    the tag it was fetched at
 * @param commit the commit the tag resolved to (annotated tags peeled)
 * @param path   the file's path in the repository: {@code action.yml}, {@code init/action.yaml}
 * @param text   the file's content
 */
public record ActionFile(String tag, String commit, String path, String text) {}
