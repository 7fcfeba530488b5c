/**
 * How imported credentials reach the proxy: every `os.environ/NAME` stays `os.environ/NAME`
 * in the emitted config.yaml, and NAME is set on the container from a Kubernetes Secret.
 *
 * Naming scheme (docs/import.md): the value of NAME lives in the Secret named after NAME's
 * first word, lower-cased, under the data key NAME itself — OPENAI_API_KEY in Secret
 * `openai`, AZURE_API_BASE in `azure`, LANGFUSE_SECRET_KEY in `langfuse`. Two reasons:
 * - the compiler names a model credential's variable `envNameFor(secret, key)`, which gives
 *   back NAME exactly when the Secret's name is a prefix of it, so the variable names of the
 *   original config survive the round trip;
 * - the data key is the variable the old deployment read, so `litellm-gitops secrets` lists
 *   remote keys whose values the user already has under that very name.
 */
import { diagnose } from "../compiler/diagnostics.js";
import { envNameFor } from "../compiler/resolve/credentials.js";
import { FIXED_ENV_NAMES } from "../compiler/resolve/env.js";
import type { Report, Sourced } from "./types.js";
import { locationOf } from "../compiler/parse/locate.js";
import { environName, isCredentialParam, isEnvironReference, isLiteralSecret } from "../litellm/index.js";
import { compareStrings } from "../compare.js";

/**
 * The variable an `os.environ/NAME` value reads (src/litellm/environ.ts), when it names one:
 * `os.environ/` alone reads no variable, so there is nothing to set on the container and it
 * is imported as written (the compiler then reports it, LG4003).
 */
export function envReference(value: unknown): string | undefined {
  return environName(value) || undefined;
}

/**
 * A literal credential param (`api_key: sk-…`, a vertex_credentials mapping): any value but
 * an env reference, null, an empty string or a boolean. LiteLLM treats null and "" as "no key".
 */
export function isLiteralCredentialParam(key: string, value: unknown): boolean {
  if (!isCredentialParam(key)) return isLiteralSecret(key, value);
  if (value === null || value === undefined || value === "" || typeof value === "boolean") return false;
  return !isEnvironReference(value);
}

/** The Secret that holds env variable NAME: its first word, lower-cased (a DNS-1123 label). */
export function secretNameForEnv(name: string): string {
  const word = name.toLowerCase().split(/[^a-z0-9]+/).find((w) => w !== "");
  return word ?? "litellm-env";
}

/** A Secret data key may hold only [-._a-zA-Z0-9]. */
export function dataKeyForEnv(name: string): string {
  return name.replace(/[^-._a-zA-Z0-9]/g, "_");
}

/**
 * Does a model credential wired through modelSecretRef keep its variable name? Not a name the
 * compiler sets itself (master key, salt key, database, Redis: FIXED_ENV_NAMES), even when
 * this instance does not use it: the compiler never hands such a name to a model credential.
 */
export function keepsEnvName(name: string, secret = secretNameForEnv(name)): boolean {
  return dataKeyForEnv(name) === name && envNameFor(secret, name) === name && !FIXED_ENV_NAMES.includes(name);
}

export { envWord } from "../compiler/resolve/credentials.js";

/** A Kubernetes EnvVar as the instance's extraEnvVars holds it. */
export interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef: { name: string; key: string } };
}

export function secretEnvVar(name: string, secret = secretNameForEnv(name)): EnvVar {
  return { name, valueFrom: { secretKeyRef: { name: secret, key: dataKeyForEnv(name) } } };
}

/**
 * The instance's env book: which variables the imported config reads, which the compiler
 * sets itself, and which must therefore be added as extraEnvVars. Also hands out names for
 * literal credentials, never one the input already uses for something else.
 */
export class EnvBook {
  /** Set by the compiler (master key, database, Redis, model credentials): never an extraEnvVars entry. */
  private readonly generated = new Map<string, "instance" | "model">();
  private readonly referenced = new Set<string>();
  private readonly explicit = new Map<string, EnvVar>();
  /** Every name in use: referenced anywhere in the inputs, generated, or handed out. */
  private readonly taken = new Set<string>();
  /** Identical literal values share one variable (the value is only compared, never kept elsewhere). */
  private readonly literalNames = new Map<string, string>();

  /**
   * The one Secret every variable the old deployment did not set explicitly came from: litellm-helm's
   * `environmentSecrets: [NAME]` (the chart's `envFrom: secretRef`, templates/deployment.yaml). The
   * variables keep coming from it, key for key, instead of one Secret per variable's first word.
   */
  private environmentSecret: string | undefined;

  constructor(private readonly report: Report) {}

  useEnvironmentSecret(name: string): void {
    this.environmentSecret = name;
  }

  /** The Secret that holds variable NAME: the environment Secret, else NAME's first word (secretNameForEnv). */
  secretOf(name: string): string {
    return this.environmentSecret ?? secretNameForEnv(name);
  }

  /** keepsEnvName, for the Secret that holds NAME here. */
  keepsName(name: string): boolean {
    return keepsEnvName(name, this.secretOf(name));
  }

  /** Pre-pass: every `os.environ/NAME` of the inputs, so that no literal is given a name already meaning something. */
  reserve(name: string): void {
    this.taken.add(name);
  }

  /** The compiler sets NAME: from the instance's own Secret refs, or from a model's modelSecretRef. */
  generate(name: string, by: "instance" | "model"): void {
    if (!this.generated.has(name)) this.generated.set(name, by);
    this.taken.add(name);
  }

  /**
   * Set for the whole instance (master key, database, Redis, an explicit entry): a model must
   * not wire it again from its own Secret, or the compiler would see two sources for one name.
   */
  isInstanceEnv(name: string): boolean {
    return this.generated.get(name) === "instance" || this.explicit.has(name);
  }

  /** The imported config reads NAME: it must be set on the container. */
  reference(name: string): void {
    this.referenced.add(name);
    this.taken.add(name);
  }

  /** An env variable set explicitly (environment_variables, Helm envVars/extraEnvVars). */
  setExplicit(env: EnvVar, at: Sourced): void {
    if (this.generated.has(env.name)) {
      this.report(
        diagnose("LG6006", locationOf(at.doc, at.pointer, "key"), "setByCompiler", { name: env.name }),
      );
      return;
    }
    this.explicit.set(env.name, env);
    this.taken.add(env.name);
  }

  /** The explicit entries, by name. */
  explicitEntries(): EnvVar[] {
    return [...this.explicit.values()].sort((a, b) => compareStrings(a.name, b.name));
  }

  /** Is NAME set on the container, as the resources stand: by the compiler, an explicit entry, or a reference of the config? */
  isSet(name: string): boolean {
    return this.generated.has(name) || this.explicit.has(name) || this.referenced.has(name);
  }

  /**
   * An explicit entry handed to a resource that sets it itself (a Callback's env): it leaves
   * extraEnvVars, and the name counts as set by the compiler so that no reference of the
   * config brings it back as a second entry.
   */
  claim(name: string): EnvVar | undefined {
    const env = this.explicit.get(name);
    if (env === undefined) return undefined;
    this.explicit.delete(name);
    this.generate(name, "instance");
    return env;
  }

  /** A name for a literal credential: `base`, or `base_2`, `base_3`… when `base` already means something else. */
  allocate(base: string, value: unknown): string {
    const identity = JSON.stringify(value) ?? String(value);
    const known = this.literalNames.get(identity);
    if (known !== undefined) return known;
    let name = base;
    for (let n = 2; this.taken.has(name); n++) name = `${base}_${n}`;
    this.taken.add(name);
    this.literalNames.set(identity, name);
    return name;
  }

  /** extraEnvVars: the explicit entries, then a secretKeyRef for every other variable read, by name. */
  extraEnvVars(): EnvVar[] {
    const out = new Map<string, EnvVar>(this.explicit);
    for (const name of this.referenced) {
      if (!this.generated.has(name) && !out.has(name)) out.set(name, secretEnvVar(name, this.secretOf(name)));
    }
    return [...out.values()].sort((a, b) => compareStrings(a.name, b.name));
  }
}
