/**
 * File names of the output that an earlier stage must foresee: the rules check a Secret's name
 * against the file its ExternalSecret is written to (LG3020), long before render lays the
 * files out (src/emitters/kubernetes/files.ts). A ground-floor leaf, so both read one rule.
 */

/** The file of the ExternalSecret that produces Secret `name`. */
export function externalSecretFileName(name: string): string {
  return `externalsecret-${name}.yaml`;
}

/** Longest name of one folder entry in bytes (NAME_MAX of ext4, XFS, Btrfs, APFS, tmpfs); the writer checks every path against it. */
export const NAME_MAX_BYTES = 255;

/**
 * `app.kubernetes.io/managed-by` of every object the build emits: the inputs stage reads it
 * too, to tell the build's own ExternalSecrets (a rendered tree among the inputs) from the user's.
 */
export const MANAGED_BY = "litellm-gitops";
