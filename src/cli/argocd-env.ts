/**
 * Paths to compile: the ones given, or else the folder Argo CD's plugin runs in. Kept as a
 * seam for the Config Management Plugin's ARGOCD_ENV_* parameters.
 */
export function argocdPaths(positionals: string[], _env: NodeJS.ProcessEnv): string[] {
  return positionals;
}
