/**
 * The catalogue of diagnostics, in the manner of TypeScript's diagnosticMessages.json: every
 * code with the stage that raises it, its default severity (`--strict` promotes warnings), its
 * title (docs/diagnostics.md heads its section with it; the docs test keeps the two in step)
 * and the templates of its messages and hints. A call site names a code and a message and
 * passes the arguments (`diagnose("LG1008", at, "missing", { given })`); `{name}` in a template
 * is replaced by the argument of that name, and a missing argument is a type error.
 *
 * Codes are stable and grouped by stage: LG1xxx discover/read/parse/classify, LG2xxx schema,
 * LG3xxx rules, LG4xxx resolve, LG5xxx render/write (and the commands' own output files),
 * LG6xxx import. A code's number never changes, so the few raised by a later stage than their
 * thousand says keep it (RANGE_EXCEPTIONS). Adding a code is one entry here and one section in
 * docs/diagnostics.md. Every text a diagnostic prints is here: `diagnose` is the only way to
 * make one. LG5001 has no templates: it is an internal failure (render/wiring.ts), never a
 * diagnostic of the input.
 */

/** An error fails the run; a warning does not, unless `--strict`. */
export type Severity = "error" | "warning";

/** The stages of docs/architecture.md that raise diagnostics. */
export type Stage = "discover" | "read" | "parse" | "classify" | "schema" | "rules" | "resolve" | "render" | "write" | "import";

/** Which thousand each stage's codes take. */
export const STAGE_RANGES: Readonly<Record<Stage, number>> = {
  discover: 1,
  read: 1,
  parse: 1,
  classify: 1,
  schema: 2,
  rules: 3,
  resolve: 4,
  render: 5,
  write: 5,
  import: 6,
};

/** Codes numbered before the ranges followed the stages: raised by resolve, numbered as rules. Never renumbered. */
export const RANGE_EXCEPTIONS: readonly string[] = ["LG3011", "LG3012", "LG3013", "LG3014"];

export interface MessageTemplate {
  message: string;
  hint?: string;
}

export interface CodeInfo {
  stage: Stage;
  severity: Severity;
  title: string;
  messages: Readonly<Record<string, MessageTemplate>>;
}

export const CODES = {
  LG1001: {
    stage: "read",
    severity: "error",
    title: "file cannot be read",
    messages: {
      notFileOrFolder: { message: "not a regular file or folder: {given}", hint: "Pass YAML files, folders or glob patterns." },
      brokenLink: { message: "cannot read file (broken symbolic link)", hint: "Point the link at an existing file, or remove it." },
      unreadable: { message: "cannot read file ({reason})", hint: "Check the file's permissions, or exclude it from the paths given." },
      // import reads the files it is given, and the files they include (src/importer/read.ts).
      importNotFile: { message: "not a regular file: {kind}", hint: "Name a YAML file." },
      importUnreadable: { message: "cannot read file ({code})", hint: "Check that the path exists and is readable." },
      unreadableFolder: { message: "cannot read folder ({reason})", hint: "Check the folder's permissions, or leave it out of the paths given." },
      notRegularFile: { message: "not a regular file: {kind}", hint: "Replace it with a regular file, or remove it from the folder." },
    },
  },
  LG1002: {
    stage: "read",
    severity: "error",
    title: "file is not valid UTF-8",
    messages: {
      utf16: { message: "file is {encoding}, not UTF-8", hint: "Save the file as UTF-8." },
      utf16WithoutBom: { message: "file is {encoding} without a byte order mark, not UTF-8", hint: "Save the file as UTF-8." },
      invalid: { message: "file is not valid UTF-8", hint: "Save the file as UTF-8 (YAML requires a Unicode encoding)." },
      importInvalid: { message: "file is not valid UTF-8", hint: "Save the file as UTF-8." },
    },
  },
  LG1003: {
    stage: "parse",
    severity: "error",
    title: "YAML syntax error",
    messages: {
      syntax: { message: "{problem}", hint: "Fix the YAML syntax at this position; `yamllint` or an editor with YAML support shows the structure." },
      unclosedQuote: {
        message: "{problem} for the string that starts here",
        hint: "Fix the YAML syntax at this position; `yamllint` or an editor with YAML support shows the structure.",
      },
      // import reads config.yaml as LiteLLM does, with YAML 1.1 (src/importer/read.ts).
      yaml11: { message: "YAML 1.1 cannot read this file: {problem}" },
      unresolvedAlias: { message: "alias *{alias} refers to no anchor defined before it", hint: "Define the anchor (&name) before the alias (*name), or write the value out." },
      // import reads Terraform with an HCL parser (src/importer/terraform/read.ts).
      hcl: { message: "HCL syntax error: {problem}", hint: "Run `terraform validate` on the configuration, or import the output of `terraform show -json` instead." },
    },
  },
  LG1004: {
    stage: "parse",
    severity: "error",
    title: "duplicate key in a mapping",
    messages: {
      duplicate: { message: "duplicate key {key}; the first is on line {firstLine}", hint: "Remove or rename one of the two keys: YAML readers disagree on which one wins." },
    },
  },
  LG1005: {
    stage: "parse",
    severity: "error",
    title: "YAML aliases expand too far",
    messages: {
      tooMany: { message: "{problem}", hint: "Write the repeated values out; an alias may be expanded at most {max} times." },
    },
  },
  LG1006: {
    stage: "read",
    severity: "error",
    title: "file too large",
    messages: {
      tooLarge: { message: "file is {size} MiB; the limit is {limit} MiB", hint: "Split the resources over several files (one Model per file is the usual layout)." },
      importTooLarge: { message: "file is over {limit} MiB, the limit" },
    },
  },
  LG1007: {
    stage: "parse",
    severity: "error",
    title: "YAML nesting too deep",
    messages: {
      tooDeep: { message: "nesting deeper than {max} levels", hint: "No LiteLLM or Kubernetes resource nests this deep; check for a generated or corrupted file." },
    },
  },
  LG1008: {
    stage: "discover",
    severity: "error",
    title: "no input files",
    messages: {
      missing: { message: "no such file or folder: {given}", hint: "Pass files, folders or glob patterns that exist; with no path the current folder is read." },
      noMatch: { message: "pattern matches no YAML file: {given}", hint: "Check the glob; patterns are matched relative to the current folder." },
    },
  },
  LG1009: {
    stage: "classify",
    severity: "error",
    title: "unknown kind in a litellm API group",
    messages: {
      noKind: { message: "{apiVersion} document without a kind", hint: "Add `kind: {kinds}`." },
      noKindOfVersion: { message: "{apiVersion} document without a kind", hint: "Kinds read: {kinds}." },
      kindNotString: { message: "kind must be a string", hint: "Add `kind: {kinds}`." },
      kindNotStringOfVersion: { message: "kind must be a string", hint: "Kinds read: {kinds}." },
      noApiVersion: { message: "{kind} without an apiVersion", hint: "Add `apiVersion: {expected}`." },
      wrongApiVersion: { message: "{kind} is read as apiVersion {expected}, not {apiVersion}", hint: "Write `apiVersion: {expected}`." },
      unknownKind: { message: "unknown kind {kind} in {apiVersion}", hint: "Did you mean `kind: {suggestion}`?" },
      unknownKindInGroup: { message: "unknown kind {kind} in {apiVersion}", hint: "Kinds read from {group}: {kinds}." },
    },
  },
  LG1020: {
    stage: "classify",
    severity: "warning",
    title: "no resources found",
    messages: {
      currentFolder: {
        message: "no LiteLLMInstance, Model, CompilerConfig or other resource of ours in the current folder ({cwd})",
        hint: "Pass the folder that holds the project's resources (apiVersion litellm.litellm.ai/v1alpha1, auth.litellm.ai/v1alpha1 or litellm-gitops.dev/v1alpha1).",
      },
      paths: {
        message: "no LiteLLMInstance, Model, CompilerConfig or other resource of ours in {given}",
        hint: "Pass the folder that holds the project's resources (apiVersion litellm.litellm.ai/v1alpha1, auth.litellm.ai/v1alpha1 or litellm-gitops.dev/v1alpha1).",
      },
    },
  },
  LG1021: {
    stage: "parse",
    severity: "error",
    title: "YAML tag that plain data cannot hold",
    messages: {
      tag: {
        message: "the YAML tag {tag} makes a value that plain data (JSON, config.yaml) cannot hold",
        hint: "Remove the tag and write the value as a plain string, number, list or mapping.",
      },
    },
  },
  LG1022: {
    stage: "parse",
    severity: "error",
    title: "number out of range",
    messages: {
      unsafeInteger: {
        message: "the integer {source} is beyond 2^53 and cannot be kept exactly",
        hint: "Use a smaller number (LiteLLM's limits fit in 2^53), or quote it if it is an identifier.",
      },
      overflow: {
        message: "the number {source} is beyond the largest float (about 1.8e308) and would be read as infinity",
        hint: "Write the number meant; no LiteLLM or Kubernetes value comes near this.",
      },
      underflow: {
        message: "the number {source} is nearer to zero than the smallest float (about 5e-324) and would be read as 0",
        hint: "Write the number meant; no LiteLLM or Kubernetes value comes near this.",
      },
    },
  },
  LG1030: {
    stage: "classify",
    severity: "error",
    title: "kind of ours under a look-alike API group",
    messages: {
      lookAlike: { message: "{kind} under apiVersion {apiVersion} is not read: {group} is not {ours}", hint: "Write `apiVersion: {expected}`." },
    },
  },

  LG2001: {
    stage: "schema",
    severity: "error",
    title: "required field missing",
    messages: {
      // {description}: the schema's description of the field, as " (…)", or nothing.
      missing: { message: '{field}: missing required field "{name}"', hint: "Add `{name}:` under `{field}`.{description}" },
      missingAtTop: { message: 'missing required field "{name}"', hint: "Add `{name}:` at the top level.{description}" },
    },
  },
  LG2002: {
    stage: "schema",
    severity: "error",
    title: "wrong type",
    messages: {
      wrongType: { message: "{field}: must be {expected}, found {found}" },
      quote: { message: "{field}: must be {expected}, found {found}", hint: "Quote the value: YAML reads it as a number or boolean, the field takes a string." },
      unquote: { message: "{field}: must be {expected}, found {found}", hint: "Remove the quotes: the field takes an integer." },
      emptyMapping: { message: "{field}: must be {expected}, found {found}", hint: "Give the mapping its fields, or remove the key." },
    },
  },
  LG2003: {
    stage: "schema",
    severity: "error",
    title: "unknown field",
    messages: {
      // {field} is "" at the top level of a document: {at} is then "" too, else "{field}: ".
      corrected: { message: '{at}unknown field "{name}"', hint: "{correction}" },
      didYouMean: { message: '{at}unknown field "{name}"', hint: 'Did you mean "{suggestion}"?' },
      allowed: { message: '{at}unknown field "{name}"', hint: "Fields allowed here: {known}." },
    },
  },
  LG2004: {
    stage: "schema",
    severity: "error",
    title: "value not allowed",
    messages: {
      notInEnum: { message: "{field}: value not allowed", hint: "Allowed values: {allowed}." },
      corrected: { message: "{field}: value not allowed", hint: "{correction} Allowed values: {allowed}." },
      notConst: { message: "{field}: must be {value}" },
      constraint: { message: "{field}: {problem}" },
      constraintExplained: { message: "{field}: {problem}", hint: "{description}" },
      // Raised by the rules: a YAML .inf or .nan, which no schema keyword refuses.
      notFinite: { message: "{field}: .inf and .nan are not allowed", hint: "Write a finite number." },
    },
  },
  LG2005: {
    stage: "schema",
    severity: "error",
    title: "schema rule violated",
    messages: {
      alternatives: { message: "{field}: {alternatives}" },
      alternativesExplained: { message: "{field}: {alternatives}", hint: "{description}" },
      other: { message: "{field}: {problem}" },
      tooMany: {
        message: "{count} more schema problems in this document are not shown",
        hint: "Fix the problems shown and run again; so many usually mean the document is not the kind it says it is.",
      },
    },
  },

  LG3001: {
    stage: "rules",
    severity: "error",
    title: "instanceRef names no LiteLLMInstance in the project",
    messages: {
      didYouMean: { message: "instanceRef {key} names no LiteLLMInstance among the inputs", hint: "Did you mean {suggestion}?" },
      known: { message: "instanceRef {key} names no LiteLLMInstance among the inputs", hint: "Instances in this project: {instances}." },
      none: {
        message: "instanceRef {key} names no LiteLLMInstance among the inputs",
        hint: "Add the LiteLLMInstance to the paths given, or use connectionRef.secretRef for a proxy deployed elsewhere.",
      },
    },
  },
  LG3002: {
    stage: "rules",
    severity: "warning",
    title: "unknown provider prefix",
    messages: {
      customProvider: { message: 'customLLMProvider "{provider}" is not a provider LiteLLM knows', hint: 'Did you mean "{suggestion}"?' },
      customProviderUnknown: { message: 'customLLMProvider "{provider}" is not a provider LiteLLM knows', hint: "See https://docs.litellm.ai/docs/providers for the list." },
      prefix: { message: '"{prefix}/" is not a provider prefix LiteLLM knows', hint: 'Did you mean "{suggestion}"?' },
      prefixUnknown: { message: '"{prefix}/" is not a provider prefix LiteLLM knows', hint: "Write the model as <provider>/<model-id>, or set customLLMProvider." },
      noPrefix: { message: 'LiteLLM cannot tell the provider of "{model}"', hint: 'Prefix the model with its provider (for example "openai/{model}"), or set customLLMProvider.' },
    },
  },
  LG3003: {
    stage: "rules",
    severity: "error",
    title: "not a non-negative decimal",
    messages: {
      notDecimal: { message: "{field} must be a non-negative decimal number", hint: 'Write a plain decimal such as "0.000003" or "2.5" (quoted or not); no units, commas or signs.' },
      notBudget: { message: "{field} must be a non-negative decimal number", hint: 'Write a plain decimal in USD such as "100" or "12.50"; no units, commas or signs.' },
    },
  },
  LG3004: {
    stage: "rules",
    severity: "error",
    title: "not a LiteLLM budget duration",
    messages: {
      notDuration: { message: '{field} "{duration}" is not a LiteLLM duration', hint: "Use a whole number and one unit: 30s, 10m, 1h, 7d, 2w or 1mo." },
    },
  },
  LG3005: {
    stage: "rules",
    severity: "error",
    title: "invalid resource name",
    messages: {
      envSecretWithoutName: {
        message: "extraEnvVars[{i}] ({name}) reads a Secret without a name",
        hint: "Add name: <secret> under secretKeyRef; the compiler emits an ExternalSecret for it.",
      },
      invalidWithExample: { message: "{what} {name} {problems}", hint: "For example: {suggestion}" },
      invalid: { message: "{what} {name} {problems}", hint: "Kubernetes object names follow RFC 1123." },
      generatedKeySecret: {
        message: "the generated key goes to Secret {name}, which is not a valid Secret name (lowercase letters, digits, '-' and '.', at most 253 characters)",
        hint: "Use a keyAlias of lowercase letters, digits and '-', or give the key a keySecretRef.",
      },
    },
  },
  LG3006: {
    stage: "rules",
    severity: "error",
    title: "duplicate resource",
    messages: {
      duplicate: { message: "{kind} {key} is already defined at {first}", hint: "Rename one of them, or delete the copy." },
    },
  },
  LG3007: {
    stage: "rules",
    severity: "error",
    title: "duplicate model identifier in an instance",
    messages: {
      duplicate: {
        message: 'identifier "{identifier}" is already used by spec.models[{first}]',
        hint: "Each entry of spec.models needs its own identifier; entries may share a modelName instead.",
      },
    },
  },
  LG3008: {
    stage: "rules",
    severity: "error",
    title: "literal credential in Git",
    messages: {
      credentialUrl: {
        message: "{field} holds a URL with a credential in it (userinfo or a query parameter); credentials must not be committed",
        hint: "Write the URL without the credential, and pass the credential as a parameter read from a Secret (apiKey through {secretField}).",
      },
      literalModelParam: {
        message: "{field} holds a literal credential; credentials must not be committed",
        hint: "Remove {field} here, store the value in the Secret named by spec.modelSecretRef and map it: modelSecretRef: {secretName: my-provider, keys: {{field}: MY_DATA_KEY}}",
      },
      literalInstanceParam: {
        message: "{field} holds a literal credential; credentials must not be committed",
        hint: "Remove {field} here and reference a Secret: modelCredentials: {nameRef: my-provider, keys: {{field}: MY_DATA_KEY}}",
      },
      literalMasterKey: {
        message: "masterKey holds a literal credential; credentials must not be committed",
        hint: "Remove masterKey: the proxy then reads its key from Secret {name}-master-key (data key masterKey), or name another with masterKeySecretRef: {secretName: <secret>, key: <data key>}.",
      },
      literalEnvValue: {
        message: "extraEnvVars[{i}] ({name}) holds a literal credential in value; credentials must not be committed",
        hint: "Read it from a Secret instead: {name: {variable}, valueFrom: {secretKeyRef: {name: my-secret, key: {key}}}}; build emits the ExternalSecret for it.",
      },
      literalSetting: {
        message: "{key} holds a literal credential; credentials must not be committed",
        hint: "Write `{key}: os.environ/MY_VARIABLE` and set MY_VARIABLE from a Secret in spec.extraEnvVars (valueFrom.secretKeyRef).",
      },
      // A top-level param can come from the resource's Secret; a nested one (a header) through `os.environ/`.
      literalIntegrationParam: {
        message: "{key} holds a literal credential; credentials must not be committed",
        hint: "Put the value in a Secret and map it: secretRef: {secretName: <secret>, keys: {{key}: <data key>}} (nested fields: `{key}: os.environ/NAME` with NAME set in the instance's extraEnvVars).",
      },
      literalCallbackSetting: {
        message: "{key} holds a literal credential; credentials must not be committed",
        hint: "Write `{key}: os.environ/MY_VARIABLE` and set MY_VARIABLE from the Secret: secretRef: {secretName: <secret>, keys: {MY_VARIABLE: <data key>}}.",
      },
      // LiteLLM stores these fields as they are and returns them from /team/info, /user/info, /key/info.
      literalAccessField: {
        message: "{key} holds a literal credential; credentials must not be committed",
        hint: "LiteLLM stores it in its database and shows it to whoever may read the object: keep credentials out of it (an integration that needs one reads it from a Secret).",
      },
      literalMcpUrl: {
        message: "url holds a literal credential; credentials must not be committed",
        hint: "Keep the credential out of the URL: put it in a Secret and use authType with secretRef.key (sent as a header).",
      },
      literalCallbackEnv: {
        message: "{name} holds a literal credential; credentials must not be committed",
        hint: "Move it to a Secret: secretRef: {secretName: <secret>, keys: {{name}: <data key>}}.",
      },
      keyValue: {
        message: "VirtualKey spec.key holds a key value in Git",
        hint: "Remove it and put the value in your secret store; name it with keySecretRef: {secretName: <Secret>, key: key} (an ExternalSecret is emitted for it).",
      },
    },
  },
  LG3009: {
    stage: "rules",
    severity: "warning",
    title: "Secret with data committed to Git",
    messages: {
      externalSecretEmitted: {
        message: "Secret {namespace}/{name} carries {field} in Git",
        hint: "Delete this file and let the ExternalSecret that `litellm-gitops build` emits create the Secret from your secret store (`litellm-gitops secrets` lists the keys to fill).",
      },
      notEmitted: {
        message: "Secret {namespace}/{name} carries {field} in Git",
        hint: "Encrypt it: with SOPS (a Secret with a top-level `sops:` block is read as made in the cluster) or as a SealedSecret of the same name; or delete it if nothing reads it.",
      },
    },
  },
  LG3010: {
    stage: "rules",
    severity: "error",
    title: "more than one CompilerConfig",
    messages: {
      second: { message: "a project has at most one CompilerConfig; the first is {first}", hint: "Merge the two into one, or pass paths that include only one of them." },
    },
  },
  LG3011: {
    stage: "resolve",
    severity: "warning",
    title: "unpinned image tag",
    messages: {
      unpinned: {
        message: "image {image} is not pinned: every pod restart may run a different LiteLLM",
        hint: "Pin a release tag (ghcr.io/berriai/litellm-database:main-v1.74.9.rc.1) or a digest (@sha256:…).",
      },
    },
  },
  LG3012: {
    stage: "resolve",
    severity: "warning",
    title: "Model targets a proxy this project does not deploy",
    messages: {
      externalProxy: {
        message: "Model {namespace}/{name} connects through Secret {secret} to a proxy this project does not deploy; it is compiled into no config",
        hint: "Use connectionRef.instanceRef to add it to an instance of this project; `litellm-gitops list` shows such models.",
      },
      unbound: {
        message: "Model {namespace}/{name} names no instance and no modelSelector of namespace {namespace} selects it; it is compiled into no config",
        hint: "Add connectionRef: {instanceRef: {name: <instance>}}, or labels that an instance's spec.modelSelector matches.",
      },
    },
  },
  LG3013: {
    stage: "resolve",
    severity: "error",
    title: "gateway enabled without parentRefs",
    messages: {
      noParentRefs: {
        message: "gateway is enabled but names no parentRefs: an HTTPRoute attached to no Gateway routes nothing",
        hint: "Add parentRefs: [{name: my-gateway, namespace: gateway-system}] under spec.gateway.",
      },
    },
  },
  LG3014: {
    stage: "resolve",
    severity: "error",
    title: "requiresAuth without modelCredentials",
    messages: {
      noCredentials: {
        message: 'model "{identifier}" requires auth but names no modelCredentials',
        hint: "Add modelCredentials: {nameRef: <secret>, keys: {apiKey: <data key>}}, or set requiresAuth: false.",
      },
    },
  },
  LG3015: {
    stage: "rules",
    severity: "error",
    title: "invalid Secret data key",
    messages: {
      invalidKey: {
        message: "{key} is not a valid Secret data key",
        hint: "Secret data keys are letters, digits, '-', '_' and '.' (for example OPENAI_API_KEY or api-key).",
      },
    },
  },
  LG3020: {
    stage: "rules",
    severity: "error",
    title: "name makes an output file name too long",
    messages: {
      fileNameTooLong: {
        message: "Secret name of {length} characters makes its ExternalSecret's file name {bytes} bytes long; file systems allow {limit}",
        hint: "Use a Secret name of at most {max} characters (build writes externalsecret-<name>.yaml).",
      },
    },
  },
  LG3021: {
    stage: "rules",
    severity: "warning",
    title: "YAML 1.1 boolean written as a string",
    messages: {
      stringBoolean: {
        message: '{key}: {child} is the string "{child}" here (YAML 1.2), and LiteLLM would get that string, which Python treats as true',
        hint: 'Write {key}: {meant} for a boolean (what PyYAML and import read "{child}" as).',
      },
    },
  },
  LG3022: {
    stage: "rules",
    severity: "error",
    title: "number a float cannot hold",
    messages: {
      overflow: {
        message: "{field} {value} is beyond the largest float (about 1.8e308): LiteLLM would read infinity",
        hint: "Write the amount meant; no price or budget comes near this.",
      },
      underflow: {
        message: "{field} {value} is nearer to zero than the smallest float (about 5e-324): LiteLLM would read 0, and the model would cost nothing",
        hint: "Write 0 if it is meant to be free, or the price meant.",
      },
      perTokenUnderflow: {
        message: "{field} {value} per million tokens makes {perToken} {value}e-6, nearer to zero than the smallest float (about 5e-324): LiteLLM would read 0, and the model would cost nothing",
        hint: "Write 0 if it is meant to be free, or the price meant.",
      },
    },
  },
  LG3023: {
    stage: "rules",
    severity: "error",
    title: "Kubernetes value the API server rejects",
    messages: {
      negativeReplicas: { message: "replicas {value} is negative; the API server rejects a Deployment with fewer than 0 replicas", hint: "Write 0 or more (0 stops the proxy)." },
      replicasTooLarge: { message: "replicas {value} does not fit the field's int32 (at most {max})", hint: "Write the number of proxy pods meant." },
      quantity: {
        message: "{field} {value} is not a Kubernetes quantity",
        hint: "A quantity is a number and an optional suffix: binary Ki, Mi, Gi, Ti, Pi, Ei (1Gi = 1024Mi); decimal n, u, m, k, M, G, T, P, E (500m = half a CPU); or an exponent (1e3). Suffixes are case-sensitive: 1Gi, not 1GiB or 1gb.",
      },
      negativeQuantity: { message: "{field} {value} is negative; the API server rejects a negative resource quantity", hint: "Write 0 or more, or remove the entry." },
      host: {
        message: "{field} {value} is not a DNS name: {why}",
        hint: "Write the host name alone (llm.example.com), lower-case; a wildcard may only be the first label (*.example.com).",
      },
      image: {
        message: "image {value} is not an image reference: {why}",
        hint: "Write registry/repository:tag or repository@sha256:digest, for example ghcr.io/berriai/litellm-database:main-v1.74.9.rc.1.",
      },
      envName: {
        message: "environment variable name {value} is not valid: {why}",
        hint: "Kubernetes takes printable ASCII characters except '='; a portable name is letters, digits and _ (MY_VARIABLE).",
      },
      envBoth: { message: "environment variable {name} has both value and valueFrom", hint: "Keep one: value for a literal, valueFrom for a Secret, ConfigMap or field reference." },
      envNeither: {
        message: "environment variable {name} has neither value nor valueFrom",
        hint: 'Add value (value: "" for an empty variable) or valueFrom, or remove the entry.',
      },
      envSources: { message: "valueFrom of environment variable {name} names {count} sources; Kubernetes takes exactly one", hint: "Keep one of: {sources}." },
    },
  },
  LG3024: {
    stage: "rules",
    severity: "error",
    title: "name that is empty or hides characters",
    messages: {
      empty: { message: "{field} is empty: nobody could ask for it by name", hint: "Write the name clients use, or remove the field to use the resource's own name." },
      invisible: {
        message: "{field} contains {characters}, a control, invisible or direction-changing character: the name LiteLLM matches is not the one a reader sees",
        hint: "Retype the name with visible characters only; an editor that shows invisible characters finds them.",
      },
      padded: { message: "{field} {name} starts or ends with white space, which clients would have to send too", hint: "Remove the white space." },
    },
  },
  LG3025: {
    stage: "rules",
    severity: "warning",
    title: "fallback cycle",
    messages: {
      cycle: {
        message: "{list} goes round in a circle: {path}; LiteLLM follows it until max_fallbacks (5 by default), retrying each model again, before the request fails",
        hint: "End each chain at a model that falls back to nothing (or to a model outside the circle).",
      },
    },
  },
  LG3030: {
    stage: "rules",
    severity: "warning",
    title: "settings key LiteLLM does not read",
    messages: {
      routerDidYouMean: {
        message: "{section}.{key} is not a setting LiteLLM knows: LiteLLM's Router takes no such argument, and the proxy drops it without a word",
        hint: 'Did you mean "{suggestion}"?',
      },
      routerUnknown: {
        message: "{section}.{key} is not a setting LiteLLM knows: LiteLLM's Router takes no such argument, and the proxy drops it without a word",
        hint: "Known {section} keys: see data/litellm/settings-keys.json.",
      },
      didYouMean: { message: "{section}.{key} is not a setting LiteLLM knows: LiteLLM does not read it from {section}", hint: 'Did you mean "{suggestion}"?' },
      unknown: {
        message: "{section}.{key} is not a setting LiteLLM knows: LiteLLM does not read it from {section}",
        hint: "Known {section} keys: see data/litellm/settings-keys.json.",
      },
    },
  },
  LG3040: {
    stage: "rules",
    severity: "warning",
    title: "unknown LiteLLM integration name",
    messages: {
      guardrailDidYouMean: {
        message: 'guardrail integration "{guardrail}" is not one LiteLLM knows in the pinned version',
        hint: 'Did you mean "{suggestion}"? (A newer LiteLLM may know it: then this warning is safe to ignore.)',
      },
      guardrailUnknown: {
        message: 'guardrail integration "{guardrail}" is not one LiteLLM knows in the pinned version',
        hint: "Integrations are listed in LiteLLM's SupportedGuardrailIntegrations; your own class is `custom_guardrail.<module>.<Class>`.",
      },
      mcpAuthDidYouMean: { message: 'MCP auth type "{authType}" is not one LiteLLM knows in the pinned version', hint: 'Did you mean "{suggestion}"?' },
      mcpAuthUnknown: { message: 'MCP auth type "{authType}" is not one LiteLLM knows in the pinned version', hint: "Auth types: {mcpAuthTypes}." },
      callbackDidYouMean: {
        message: 'callback "{callback}" is not one LiteLLM knows in the pinned version',
        hint: 'Did you mean "{suggestion}"? (A newer LiteLLM may know it: then this warning is safe to ignore.)',
      },
      callbackUnknown: {
        message: 'callback "{callback}" is not one LiteLLM knows in the pinned version',
        hint: "Callbacks LiteLLM knows are listed in docs/schemas.md (Callback).",
      },
    },
  },
  LG3041: {
    stage: "rules",
    severity: "error",
    title: "guardrail mode LiteLLM does not know",
    messages: {
      didYouMean: { message: "guardrail mode \"{mode}\" is not one of LiteLLM's GuardrailEventHooks", hint: 'Did you mean "{suggestion}"?' },
      unknown: { message: "guardrail mode \"{mode}\" is not one of LiteLLM's GuardrailEventHooks", hint: "Modes: {guardrailModes}." },
    },
  },
  LG3042: {
    stage: "rules",
    severity: "error",
    title: "MCP transport without its url or command",
    messages: {
      stdioWithoutCommand: {
        message: "the stdio transport starts a program: `command` is required",
        hint: "Add command (and args), e.g. command: npx, args: [-y, @modelcontextprotocol/server-github].",
      },
      stdioWithUrl: { message: "a stdio server has no url: LiteLLM would ignore it", hint: "Remove url, or use transport: http or sse." },
      urlMissing: { message: "the {transport} transport needs `url`", hint: "Add url: https://<host>/mcp, or use transport: stdio with a command." },
      stdioField: { message: "{field} is for the stdio transport; a server with transport {transport} ignores it", hint: "Remove it, or set transport: stdio." },
    },
  },
  LG3043: {
    stage: "rules",
    severity: "error",
    title: "MCP auth type without its credential",
    messages: {
      credentialMissing: {
        message: "auth type {authType} sends a credential, but none is given",
        hint: "Add secretRef: {secretName: <secret>, key: <data key>}: it becomes {mcpCredentialField}: os.environ/<NAME>.",
      },
      keyWithoutAuthType: {
        message: "secretRef.key is the credential of an auth type, but no authType is set: LiteLLM would not send it",
        hint: "Set authType to one of {authTypes}, or remove secretRef.key.",
      },
      keyUnused: {
        message: "secretRef.key is the credential of an auth type, but auth type {authType} sends no static credential: LiteLLM would not send it",
        hint: "Set authType to one of {authTypes}, or remove secretRef.key.",
      },
    },
  },
  LG3044: {
    stage: "rules",
    severity: "error",
    title: "duplicate guardrail, MCP server or callback in an instance",
    messages: {
      duplicateCallback: { message: '{what} "{name}" of instance {instance} is already defined at {file}:{line}', hint: "Merge the two Callbacks into one." },
      duplicate: {
        message: '{what} "{name}" of instance {instance} is already defined at {file}:{line}',
        hint: "Give one of them another {nameField} (or metadata.name).",
      },
    },
  },
  LG3045: {
    stage: "rules",
    severity: "error",
    title: "params repeats a field the resource sets itself",
    messages: {
      repeated: { message: "params.{key} is set by {field}; the two would conflict", hint: "Remove {key} from params and keep {field}." },
    },
  },
  LG3046: {
    stage: "rules",
    severity: "error",
    title: "label selector requirement malformed",
    messages: {
      needsValues: { message: "operator {operator} needs at least one value", hint: "Add values: [<value>, …], or use operator: {alternative}." },
      takesNoValues: { message: "operator {operator} takes no values", hint: "Remove values, or use operator: {alternative}." },
    },
  },
  LG3050: {
    stage: "rules",
    severity: "error",
    title: "not a whole number",
    messages: {
      notWhole: {
        message: "{value} is not a whole number",
        hint: "Write a limit per minute such as \"100\" (the operator's CRD types it as a string; LiteLLM reads an integer).",
      },
    },
  },
  LG3051: {
    stage: "rules",
    severity: "error",
    title: "generated key without a keyAlias",
    messages: {
      noAlias: {
        message: "autoCreateKey is true but keyAlias is empty: the generated key would have no Secret to go to",
        hint: "Add keyAlias: the key is written to the Secret <instance>-key-<keyAlias> (data key `key`), as the operator names it.",
      },
    },
  },
  LG3052: {
    stage: "rules",
    severity: "warning",
    title: "field the sync does not apply",
    messages: {
      reservedMetadata: {
        message: "metadata.{key} is written by the sync itself (it marks the objects litellm-gitops owns); this value is not sent",
        hint: "Remove it, or use another key.",
      },
      userSpend: {
        message: "spend is LiteLLM's running total of the user's cost; the sync never sends it (it would reset the spend at every run)",
        hint: "Remove it; LiteLLM's UI and API show the spend.",
      },
      keySpend: {
        message: "spend is LiteLLM's running total of the key's cost; the sync never sends it (it would reset the spend at every run)",
        hint: "Remove it; LiteLLM's UI and API show the spend.",
      },
      softBudget: {
        message: "softBudget is not a field of LiteLLM's /user/new or /user/update request (NewUserRequest); the sync does not send it",
        hint: "Remove it, or set a soft budget on the user's keys (VirtualKey.spec.softBudget).",
      },
    },
  },

  LG4001: {
    stage: "resolve",
    severity: "error",
    title: "unknown routing strategy",
    messages: {
      didYouMean: {
        message: "routing_strategy {strategy} is not one LiteLLM knows; its Router falls back to simple-shuffle without a word, so this setting would do nothing",
        hint: 'Did you mean "{suggestion}"?',
      },
      unknown: {
        message: "routing_strategy {strategy} is not one LiteLLM knows; its Router falls back to simple-shuffle without a word, so this setting would do nothing",
        hint: "Known strategies: {strategies}.",
      },
    },
  },
  LG4002: {
    stage: "resolve",
    severity: "error",
    title: "setting names a model the instance does not serve",
    messages: {
      didYouMean: { message: '"{name}" is not a model_name of instance {instance}', hint: 'Did you mean "{suggestion}"?' },
      unknown: { message: '"{name}" is not a model_name of instance {instance}', hint: "Model names here: {names}." },
    },
  },
  LG4003: {
    stage: "resolve",
    severity: "error",
    title: "os.environ variable not set on the container",
    messages: {
      noName: { message: "{value} names no variable; LiteLLM would read it as empty", hint: "Write os.environ/NAME and set NAME in spec.extraEnvVars from a Secret." },
      notSet: {
        message: "os.environ/{name} is not set on the proxy container; LiteLLM would read it as empty",
        hint: "Add it to spec.extraEnvVars: {name: {name}, valueFrom: {secretKeyRef: {name: <secret>, key: <key>}}}.",
      },
    },
  },
  LG4004: {
    stage: "resolve",
    severity: "error",
    title: "environment variable name collision",
    messages: {
      callbackVariable: {
        message: "Secret {secretName} key {key} would be passed as {env}, which already carries {otherSecret} key {otherKey}",
        hint: "A variable holds one value: read {env} from one Secret key only.",
      },
      secretKeys: {
        message: "Secret {secretName} key {key} would be passed as {env}, which already carries {otherSecret} key {otherKey}",
        hint: "Rename the Secret or the data key so that the two differ after upper-casing and replacing '-' and '.' with '_'.",
      },
      setFromSecret: {
        message: "{name} is already set on the container from Secret {secretName} key {key}",
        hint: "Set each variable once: keep one of the two entries.",
      },
      setByCallback: { message: "{name} is already set on the container by another Callback", hint: "Set each variable once: keep one of the two entries." },
      extraTwice: { message: "extraEnvVars sets {name} twice (first at extraEnvVars[{earlier}])", hint: "Keep one entry per name." },
      extraAndCallback: { message: "extraEnvVars sets {name}, which a Callback's env already sets", hint: "Keep one of the two: the Callback's `env` or this entry." },
      // The helm target: variables the chart's litellm.proxyEnv sets itself.
      chartListens: {
        message: "extraEnvVars sets {name}, which the litellm-helm chart already sets on the proxy container (templates/_helpers.tpl, litellm.proxyEnv): the pod would get two entries and Kubernetes keeps the last",
        hint: "Remove this entry: the chart listens where its Service and probes point (service.port 4000).",
      },
      chartMigrates: {
        message: "extraEnvVars sets {name}, which the litellm-helm chart already sets on the proxy container (templates/_helpers.tpl, litellm.proxyEnv): the pod would get two entries and Kubernetes keeps the last",
        hint: "Remove this entry: with a database the chart's migration Job owns schema updates and sets it itself.",
      },
      chartMasterKey: {
        message: "extraEnvVars sets {name}, which the litellm-helm chart already sets on the proxy container (templates/_helpers.tpl, litellm.proxyEnv): the pod would get two entries and Kubernetes keeps the last",
        hint: "Remove this entry: the chart passes the master key from masterKeySecretRef.",
      },
      extraAndGenerated: {
        message: "extraEnvVars sets {name}, which the compiler already sets from Secret {secretName}",
        hint: "Remove this entry, or pick another name: generated variables carry credentials the config refers to.",
      },
    },
  },
  LG4005: {
    stage: "resolve",
    severity: "error",
    title: "template error",
    messages: {
      invalid: { message: "{field}: {problem}", hint: "Templates see {{namespace}}, {{secretName}}, {{key}} and {{instance}}." },
    },
  },
  LG4006: {
    stage: "resolve",
    severity: "error",
    title: "setting conflicts with a generated value",
    messages: {
      bothPrices: { message: "{perMillion} and {perToken} are both set", hint: "Keep one: {perMillion} is converted into {perToken}." },
      generated: { message: "{section}.{key} is generated by the compiler from spec.{instead}", hint: "Remove {key} here; set spec.{instead} instead." },
    },
  },
  LG4007: {
    stage: "resolve",
    severity: "warning",
    title: "remote key templates cannot tell Secret keys apart",
    messages: {
      ambiguous: { message: "{problem}", hint: "Use {{secretName}} in the key and {{key}} in the property (the default), unless the keys are meant to share values." },
    },
  },
  LG4008: {
    stage: "resolve",
    severity: "error",
    title: "Flux objects enabled without a Git repository",
    messages: {
      noUrl: {
        message: "spec.flux is enabled but names no gitRepository.url: no Flux objects can be emitted",
        hint: "Add gitRepository: {url: https://github.com/<org>/<repo>, ref: {branch: main}} under spec.flux, or remove enabled.",
      },
    },
  },
  LG4009: {
    stage: "resolve",
    severity: "error",
    title: "Secret read by two instances of one namespace",
    messages: {
      perInstanceKey: {
        message: "Secret {key} is also read by instance {name}, and the remote key template uses {{instance}}: one ExternalSecret for the namespace cannot fetch a different remote key per instance",
        hint: "Drop {{instance}} from remoteKeyTemplate/remotePropertyTemplate (the Secret is then fetched once for the namespace), or give each instance its own Secret.",
      },
    },
  },
  LG4030: {
    stage: "resolve",
    severity: "error",
    title: "key not in a Secret made in the cluster",
    messages: {
      didYouMean: { message: 'Secret {secretName} is made by {madeBy}, which writes no key "{key}"', hint: 'Did you mean "{suggestion}"? Its keys: {keys}.' },
      missingKey: { message: 'Secret {secretName} is made by {madeBy}, which writes no key "{key}"', hint: "Its keys: {keys}." },
    },
  },
  LG4031: {
    stage: "resolve",
    severity: "warning",
    title: "optional Secret key cannot be fetched",
    messages: {
      optionalKeys: {
        message: "{params} of Secret {secretName} is not read: with remoteKeyTemplate {remoteKeyTemplate} and remotePropertyTemplate {remotePropertyTemplate} an ExternalSecret cannot fetch a key that may be missing",
        hint: "Name the keys the Secret holds: modelSecretRef.keys: {apiKey: <key>{moreKeys}} (then they are required), or use a property template of exactly {{key}} with a key template without {{key}}.",
      },
    },
  },
  LG4032: {
    stage: "resolve",
    severity: "warning",
    title: "per-million price looks like a per-token one",
    messages: {
      perTokenPrice: {
        message: "{perMillion} {value} looks like a per-token price: read per million it is {perTokenValue} per token; meant per token it would be {perMillionValue} per million",
        hint: "Write {perToken}: {value} instead, or the price per million tokens here.",
      },
    },
  },
  LG4033: {
    stage: "resolve",
    severity: "error",
    title: "model Secret in another namespace than its proxy",
    messages: {
      otherNamespace: {
        message: "modelSecretRef.namespace {secretNamespace} is not the proxy's namespace {instanceNamespace}: a Pod can only read Secrets of its own namespace",
        hint: "Remove namespace (the Secret is read in {instanceNamespace}), or keep a copy of the Secret there.",
      },
    },
  },
  LG4034: {
    stage: "resolve",
    severity: "warning",
    title: "database without a salt key",
    messages: {
      noSaltKey: {
        message: "a database is configured without saltKeySecretRef: LiteLLM then encrypts the credentials it stores there with the master key, and rotating the master key makes them unreadable",
        hint: "Add saltKeySecretRef: {secretName: <secret>, key: <key>} with a random value that never changes (when moving from the operator, keep its master key too: masterKeySecretRef: {secretName: <instance>-secrets, key: masterkey}).",
      },
    },
  },
  LG4035: {
    stage: "resolve",
    severity: "error",
    title: "image too old for the chart's migration Job",
    messages: {
      tooOldForChart: {
        message: "image {image} runs LiteLLM {version}: the chart's migration Job (prisma_migration.py, without --config) builds DATABASE_URL from DATABASE_HOST/USERNAME/PASSWORD/NAME only from LiteLLM {minimum} on, so before that it migrates nothing and a fresh database gets no tables",
        hint: "Use LiteLLM {minimum} or later (leave the image out to get the chart's own, {chartImage}), or the manifests target, where the proxy migrates at start-up with --config.",
      },
      tooOld: {
        message: "image {image} runs LiteLLM {version}: the chart's migration Job (prisma_migration.py, without --config) builds DATABASE_URL from DATABASE_HOST/USERNAME/PASSWORD/NAME only from LiteLLM {minimum} on, so before that it migrates nothing and a fresh database gets no tables",
        hint: "Use LiteLLM {minimum} or later, or the manifests target, where the proxy migrates at start-up with --config.",
      },
    },
  },
  LG4036: {
    stage: "resolve",
    severity: "warning",
    title: "model without the endpoint or key its requests need",
    messages: {
      proxyWithoutBase: {
        message: "model {model} is sent to another LiteLLM proxy ({how}), but it has no api_base and LITELLM_PROXY_API_BASE is not set on the container: every request fails",
        hint: "Set the model's apiBase (from its Secret), or add LITELLM_PROXY_API_BASE (and LITELLM_PROXY_API_KEY) to spec.extraEnvVars.",
      },
      azureNoBase: {
        message: "azure model {model} has no api_base (nor AZURE_API_BASE): every request fails",
        hint: "Read them from the model's Secret (modelSecretRef.keys: {apiKey: <key>, apiBase: <key>, apiVersion: <key>}), or set the AZURE_* variables in spec.extraEnvVars.",
      },
      azureNoKey: {
        message: "azure model {model} has no api_key (nor AZURE_API_KEY, AZURE_OPENAI_API_KEY, an Entra ID token or client secret): every request fails",
        hint: "Read them from the model's Secret (modelSecretRef.keys: {apiKey: <key>, apiBase: <key>, apiVersion: <key>}), or set the AZURE_* variables in spec.extraEnvVars.",
      },
      azureNoBaseNorKey: {
        message: "azure model {model} has no api_base (nor AZURE_API_BASE) and no api_key (nor AZURE_API_KEY, AZURE_OPENAI_API_KEY, an Entra ID token or client secret): every request fails",
        hint: "Read them from the model's Secret (modelSecretRef.keys: {apiKey: <key>, apiBase: <key>, apiVersion: <key>}), or set the AZURE_* variables in spec.extraEnvVars.",
      },
      allProxiedOne: {
        message: "every model is sent to another LiteLLM proxy ({setting}), but LITELLM_PROXY_API_BASE is not set on the container and {models} has no api_base: their requests fail",
        hint: "Add LITELLM_PROXY_API_BASE (and LITELLM_PROXY_API_KEY) to spec.extraEnvVars, or turn use_litellm_proxy off.",
      },
      allProxied: {
        message: "every model is sent to another LiteLLM proxy ({setting}), but LITELLM_PROXY_API_BASE is not set on the container and {models} have no api_base: their requests fail",
        hint: "Add LITELLM_PROXY_API_BASE (and LITELLM_PROXY_API_KEY) to spec.extraEnvVars, or turn use_litellm_proxy off.",
      },
    },
  },
  LG4040: {
    stage: "resolve",
    severity: "error",
    title: "reference to a guardrail the instance does not have",
    messages: {
      didYouMean: { message: 'guardrail "{name}" is not a guardrail of instance {instance}', hint: 'Did you mean "{suggestion}"?' },
      listed: { message: 'guardrail "{name}" is not a guardrail of instance {instance}', hint: "Guardrails of this instance: {guardrails}." },
      undeclared: {
        message: 'guardrail "{name}" is not a guardrail of instance {instance}',
        hint: "Declare it: a Guardrail with instanceRef: {name: {instanceName}} and guardrailName: {name}.",
      },
    },
  },
  LG4041: {
    stage: "resolve",
    severity: "error",
    title: "MCP alias names a server the instance does not have",
    messages: {
      didYouMean: { message: 'mcp_aliases.{alias} names MCP server "{server}", which instance {instance} does not have', hint: 'Did you mean "{suggestion}"?' },
      listed: { message: 'mcp_aliases.{alias} names MCP server "{server}", which instance {instance} does not have', hint: "MCP servers of this instance: {servers}." },
      undeclared: {
        message: 'mcp_aliases.{alias} names MCP server "{server}", which instance {instance} does not have',
        hint: "Declare it: an MCPServer with instanceRef: {name: {instanceName}} and serverName: {server}.",
      },
    },
  },
  LG4042: {
    stage: "resolve",
    severity: "error",
    title: "MCP server name LiteLLM rejects",
    messages: {
      serverName: { message: 'MCP server name "{name}": LiteLLM refuses it at start-up ({problem}; tool names are <server>{separator}<tool>)', hint: "Write serverName: {suggestion}." },
      resourceName: {
        message: 'MCP server name "{name}": LiteLLM refuses it at start-up ({problem}; tool names are <server>{separator}<tool>)',
        hint: "Keep the resource name and add serverName: {suggestion} under spec.",
      },
    },
  },
  LG4043: {
    stage: "resolve",
    severity: "error",
    title: "callback without the environment it requires",
    messages: {
      missing: {
        message: "{callback} reads {wanted} from the environment ({reader}), which the proxy container would not have",
        hint: "Add {names} under secretRef.keys (credentials) or env (plain values).",
      },
      setting: {
        message: "{callback} reads litellm_settings.{path} ({reader}), which instance {instance} does not set",
        hint: "Set it in the instance's spec.litellmSettings (a credential as os.environ/NAME, NAME set from a Secret).",
      },
    },
  },
  LG4044: {
    stage: "resolve",
    severity: "warning",
    title: "modelSelector selects no Model of the instance's namespace",
    messages: {
      none: {
        message: "modelSelector of instance {instance} selects no Model of namespace {namespace}",
        hint: "Label the Models this instance should serve so that the selector matches them, or remove modelSelector.",
      },
      otherNamespace: {
        message: "modelSelector of instance {instance} selects no Model of namespace {namespace} (it matches Model {model}, but a selector never crosses namespaces)",
        hint: "Move the catalog into namespace {namespace}, or name the instance from the Model: connectionRef: {instanceRef: {name: {instanceName}, namespace: {namespace}}}.",
      },
    },
  },
  LG4050: {
    stage: "resolve",
    severity: "error",
    title: "access object names a model the proxy does not serve",
    messages: {
      didYouMean: { message: "{model} is not a model, access group or alias of proxy {proxy}", hint: 'Did you mean "{suggestion}"?' },
      serves: { message: "{model} is not a model, access group or alias of proxy {proxy}", hint: "It serves: {models}." },
      servesWithGroups: { message: "{model} is not a model, access group or alias of proxy {proxy}", hint: "It serves: {models}; access groups: {groups}." },
      servesNone: {
        message: "{model} is not a model, access group or alias of proxy {proxy}",
        hint: "The proxy serves no model yet: add a Model with connectionRef.instanceRef naming it.",
      },
    },
  },
  LG4051: {
    stage: "resolve",
    severity: "error",
    title: "sync objects of a proxy elsewhere collide with an instance's",
    messages: {
      sharedFolder: {
        message: "the sync objects for the proxy behind Secret {secret} would share their names and folder ({folder}) with LiteLLMInstance {instance}",
        hint: "Rename the connection Secret, or connect these resources with instanceRef when the proxy is that instance.",
      },
    },
  },
  LG4052: {
    stage: "resolve",
    severity: "warning",
    title: "team or user managed outside the project",
    messages: {
      sameName: {
        message: "{what} {id} is not declared on proxy {proxy}; it must already exist in LiteLLM (managed elsewhere)",
        hint: "{resource} is a {kind} of this proxy: refer to it by its {idField} (set spec.{idField} on it to a stable id and use that here).",
      },
      undeclared: {
        message: "{what} {id} is not declared on proxy {proxy}; it must already exist in LiteLLM (managed elsewhere)",
        hint: "Declare the {kind} in the project, or keep it and make sure it exists before the sync runs.",
      },
    },
  },
  LG4053: {
    stage: "resolve",
    severity: "error",
    title: "team membership reference does not resolve",
    messages: {
      didYouMean: { message: "{field} {key} names no {kind} among the inputs", hint: "Did you mean {suggestion}? (namespace defaults to the association's, {namespace})" },
      missing: { message: "{field} {key} names no {kind} among the inputs", hint: "Add the {kind}, or set {field}.namespace to where it is." },
      otherProxy: {
        message: "{kind} {key} connects to {proxy}, but this association connects to {own}",
        hint: "A membership joins a team and a user of one proxy: connect all three to the same instance.",
      },
    },
  },
  LG4054: {
    stage: "resolve",
    severity: "error",
    title: "alias, id or membership declared twice on one proxy",
    messages: {
      memberTwice: {
        message: "user {user} is already a member of team {team} through {earlier}",
        hint: "Declare each membership once: a TeamMemberAssociation (role, budget) or an entry of User.spec.teams (role user), not both.",
      },
      keyAliasTaken: {
        message: "{what} {value} is already used on proxy {proxy} by {earlier} ({first})",
        hint: "Key aliases identify keys (LiteLLM refuses a second key with the same alias): give each key its own keyAlias.",
      },
      taken: { message: "{what} {value} is already used on proxy {proxy} by {earlier} ({first})", hint: "Give each {kind} its own {field}." },
    },
  },
  LG4055: {
    stage: "resolve",
    severity: "warning",
    title: "budget above its team's budget",
    messages: {
      aboveTeam: {
        message: "{what} ({budget}) is above the budget of team {team} ({teamBudget}); LiteLLM stops at the team's",
        hint: "Lower it to at most {teamBudget}, or raise the Team's maxBudget ({teamResource}).",
      },
    },
  },
  LG4056: {
    stage: "resolve",
    severity: "error",
    title: "key names a model its team may not call",
    messages: {
      model: {
        message: 'team {team} ({teamResource}) may not call "{model}": LiteLLM refuses every call of this key with it (401: team not allowed to access model)',
        hint: "A team's key calls at most the team's models ({teamModels}): remove it here, or add it to the Team's models.",
      },
      reached: {
        message: '"{model}" reaches {refused}, which team {team} ({teamResource}) may not call: LiteLLM refuses those calls of this key (401)',
        hint: "A team's key calls at most the team's models ({teamModels}): name only those here, or add them to the Team's models.",
      },
    },
  },
  LG4057: {
    stage: "resolve",
    severity: "error",
    title: "one connection Secret named with different keys",
    messages: {
      keys: {
        message: 'Secret {secret} holds the proxy\'s {what} under key "{first}" according to {firstResource} ({firstAt}), not "{given}"',
        hint: "Every resource connected through Secret {secret} reaches one proxy, whose sync Job reads it once: write keys.{field}: {first} here, or name another Secret for another proxy.",
      },
    },
  },

  LG5001: { stage: "render", severity: "error", title: "output wiring broken (internal check)", messages: {} },
  LG5002: {
    stage: "write",
    severity: "error",
    title: "rendered output is stale",
    messages: {
      missing: { message: "missing from the committed output", hint: "Run `{fix}` and commit the result." },
      stale: { message: "stale: the build now writes different content", hint: "Run `{fix}` and commit the result." },
      extra: { message: "no longer produced by the build", hint: "Run `{fix}` and commit the result." },
    },
  },
  LG5003: {
    stage: "write",
    severity: "error",
    title: "output folder cannot be written",
    messages: {
      tooLong: { message: "{problem}", hint: "Choose a shorter --out, or shorter names (a Secret's name is part of its ExternalSecret's file name)." },
      conflict: { message: "{problem}", hint: "Move the file that is in the way, or choose another --out: build never overwrites a file it did not write." },
      locked: { message: "{problem}", hint: "Another build is writing this folder; wait for it, or delete the lock file if its process is gone." },
      corrupt: { message: "{problem}", hint: "Restore the folder from Git (git checkout -- <DIR>) and build again." },
      io: { message: "{problem}", hint: "Make the folder writable, or choose another --out. The previous output is unchanged." },
    },
  },
  LG5020: {
    stage: "write",
    severity: "error",
    title: "journal not written by a build of this folder",
    messages: {
      foreignJournal: {
        message: "{problem}",
        hint: "A journal is replayed only when it names files this folder's manifest owns; delete a journal no build of this folder left.",
      },
    },
  },
  LG5021: {
    stage: "write",
    severity: "error",
    title: "committed build could not be completed",
    messages: {
      incomplete: { message: "{problem}", hint: "Fix the cause (or the input) and build again; the message says how to return to the committed output instead." },
    },
  },
  LG5022: {
    stage: "write",
    severity: "error",
    title: "standard output cannot be written",
    messages: {
      // {stream}: "standard output"; {reason}: the error code (ENOSPC, EBADF) or message.
      cannotWrite: { message: "cannot write to {stream}: {reason}" },
    },
  },
  LG5080: {
    stage: "write",
    severity: "error",
    title: "graph file cannot be written",
    messages: {
      readAsInput: {
        message: "cannot write the graph: a .yaml/.yml output would be read as an input by the next run",
        hint: "Name the file for its format: graph.mmd, graph.dot, graph.svg, graph.html.",
      },
      cannotWrite: { message: "cannot write the graph: {problem}", hint: "Choose a --out in an existing, writable folder." },
    },
  },

  // `import` (src/importer): reading an existing LiteLLM config.yaml, models.yaml or Helm values.
  LG6001: {
    stage: "import",
    severity: "error",
    title: "not a LiteLLM config, model list or Helm values file",
    messages: {
      noDocument: {
        message: "holds no YAML document; import reads one config.yaml, model list or Helm values document per file",
        hint: "Split the documents into separate files and pass each of them.",
      },
      severalDocuments: {
        message: "holds {count} YAML documents; import reads one config.yaml, model list or Helm values document per file",
        hint: "Split the documents into separate files and pass each of them.",
      },
      empty: { message: "file is empty", hint: "Pass the proxy's config.yaml, a models.yaml holding a bare model list, or the values.yaml of the litellm-helm chart." },
      unknown: {
        message: "neither a LiteLLM config.yaml (model_list, *_settings…), a list of model_list entries, nor litellm-helm values (proxy_config…)",
        hint: "Pass the proxy's config.yaml, a models.yaml holding a bare model list, or the values.yaml of the litellm-helm chart.",
      },
      noTerraformResource: {
        message: "no resource of the LiteLLM provider found; nothing to import",
        hint: "Pass the .tf files (or the `terraform show -json` output) that hold the LiteLLM provider's resources.",
      },
      notTerraformJson: {
        message: "not the output of `terraform show -json`: no values or planned_values",
        hint: "Run `terraform show -json > state.json` (a state) or `terraform show -json plan.out > plan.json` (a plan) and import that file.",
      },
      noOperatorResource: {
        message: "no resource of an operator import knows (litellm.home-operations.com); nothing to import",
        hint: "The LiteLLM operator's own resources (litellm.litellm.ai, auth.litellm.ai) need no import: build them as they are.",
      },
    },
  },
  LG6002: {
    stage: "import",
    severity: "error",
    title: "included file not found",
    messages: {
      notFound: {
        message: "included file not found: {file}; LiteLLM refuses to start",
        hint: "Paths in include: are relative to the including file; correct the path, or add the file.",
      },
    },
  },
  LG6003: {
    stage: "import",
    severity: "error",
    title: "include cycle",
    messages: {
      cycle: {
        message: "include cycle: {names}; LiteLLM would include these files forever",
        hint: "Remove the include that leads back to a file already including this one.",
      },
    },
  },
  LG6004: {
    stage: "import",
    severity: "error",
    title: "invalid LiteLLM config structure",
    messages: {
      notPlainData: {
        message: "{what} cannot be carried into the generated resources (they hold plain YAML data only)",
        hint: "Write the value as a plain string, number, list or mapping.",
      },
      listAndMapping: { message: "{key} is a list here but not in {file}; LiteLLM fails to merge them", hint: "Make both a list, or keep the key in one file only." },
      includeNotList: { message: "include must be a list of file paths; LiteLLM refuses to start" },
      includeEntryNotPath: { message: "an include entry must be a file path" },
      includedNotMapping: { message: "an included file must be a mapping of config.yaml keys" },
      modelListNotList: { message: "model_list must be a list of model entries; LiteLLM cannot load this config" },
      envNotMapping: { message: "{what} must be a mapping of variable names to values" },
      extraEnvWithoutName: { message: "an extraEnvVars entry must be a mapping with a name" },
      sectionNotMapping: { message: "{key} must be a mapping; LiteLLM cannot load this config" },
      entryNotMapping: { message: "a model_list entry must be a mapping with model_name and litellm_params" },
      noModelName: { message: "model_list entry has no model_name string; LiteLLM cannot route to it", hint: "Give every entry a model_name (the name clients request)." },
      noModel: { message: 'model_list entry "{modelName}" has no litellm_params.model; LiteLLM refuses to start', hint: "Set litellm_params.model to <provider>/<model-id>." },
      modelInfoNotMapping: { message: 'model_list entry "{modelName}": model_info must be a mapping' },
      proxyConfigNotMapping: { message: "proxy_config must be a mapping (the chart writes it as config.yaml)" },
      replicaCount: { message: "replicaCount must be a whole number" },
      useExistingWithoutSecret: { message: "db.useExisting needs db.secret.name" },
      environmentSecretsNotList: { message: "environmentSecrets must be a list of Secret names" },
      guardrailsNotList: { message: "guardrails must be a list of guardrail entries; LiteLLM cannot load this config" },
      guardrailNotMapping: { message: "a guardrails entry must be a mapping with guardrail_name and litellm_params" },
      guardrailWithoutName: { message: "guardrails entry has no guardrail_name string; LiteLLM cannot load it" },
      guardrailWithoutParams: { message: 'guardrail "{name}" has no litellm_params mapping; LiteLLM cannot load it' },
      guardrailWithoutIntegration: { message: 'guardrail "{name}" has no litellm_params.guardrail (the integration); LiteLLM cannot load it' },
      guardrailWithoutMode: {
        message: 'guardrail "{name}" has no litellm_params.mode; LiteLLM cannot load it',
        hint: "Set mode: pre_call, post_call, during_call or logging_only.",
      },
      guardrailMode: { message: 'guardrail "{name}": mode must be a mode, a list of modes or {tags, default}; LiteLLM cannot load it' },
      mcpServersNotMapping: { message: "mcp_servers must be a mapping of server names to servers; LiteLLM cannot load this config" },
      mcpServerNotMapping: { message: 'MCP server "{name}" must be a mapping (url, transport, …)' },
      mcpTransport: { message: 'MCP server "{name}": transport {transport} is not one LiteLLM knows', hint: "Transports: {mcpTransports}." },
      mcpFieldNotString: { message: 'MCP server "{name}": {field} must be a string' },
      mcpArgs: { message: 'MCP server "{name}": args must be a list of strings' },
      callbackSettingsNotMapping: { message: "callback_settings must be a mapping of callback names to settings" },
      notJsonObject: { message: "{address}: {argument} is not a JSON object; the provider would drop it, and so does import", hint: "Write it with jsonencode({ … })." },
      notBlock: { message: "{address}: {argument} is not a block; not imported", hint: "Write it as a block: {argument} { … } (the provider's schema)." },
    },
  },
  LG6005: {
    stage: "import",
    severity: "warning",
    title: "literal credential imported as a Secret reference",
    messages: {
      namedVariable: {
        message: "{key} holds a literal credential; imported as {name} set from Secret {secret} key {dataKey}",
        hint: "Store the value in your secret store under that key (`litellm-gitops secrets` lists it) and rotate it: it was committed in plain text.",
      },
      environReference: {
        message: "{key} holds a literal credential; imported as os.environ/{name}, read from Secret {secret} key {dataKey}",
        hint: "Store the value in your secret store under that key (`litellm-gitops secrets` lists it) and rotate it: it was committed in plain text.",
      },
      literalMasterKey: {
        message: "master_key holds a literal credential; imported as masterKeySecretRef: Secret {secretName} key {key}",
        hint: "Store the value in your secret store under that key (`litellm-gitops secrets` lists it) and rotate it: it was committed in plain text.",
      },
    },
  },
  LG6006: {
    stage: "import",
    severity: "warning",
    title: "setting not carried over by import",
    messages: {
      // Team/User/VirtualKey metadata and the like: LiteLLM stores them as written, so no Secret can stand in.
      storedCredential: {
        message: "{where}: {key} holds a literal credential; not imported (LiteLLM stores {field} as written and shows it to whoever reads the object)",
        hint: "Rotate it: it was committed in plain text. Keep credentials out of {field}.",
      },
      noPlace: {
        message: "LiteLLM reads {key}, but a LiteLLMInstance has no place for it; not imported",
        hint: "Configure {key} another way (the proxy's UI and database, or a config the compiler does not manage), or drop it.",
      },
      unknownKey: { message: "{key} is not a config.yaml key LiteLLM reads; not imported", hint: "Check the spelling; LiteLLM ignores keys it does not know." },
      useExisting: {
        message: "db.useExisting is not imported: general_settings.database_url sets the database",
        hint: "The config's database_url ({file}) stays as written.",
      },
      emptyEnvValue: { message: "{what}.{name} is empty; not imported", hint: "Set it in the instance's spec.extraEnvVars if the proxy needs it." },
      envValue: { message: "{what}.{name} is not a plain value; not imported", hint: "Set it in the instance's spec.extraEnvVars if the proxy needs it." },
      setByCompiler: {
        message: "{name} is set by the compiler itself (master key, database, Redis or a model credential); this entry is not imported",
        hint: "The compiler's value comes from the Secret it names; put the value there.",
      },
      masterkeySecretName: {
        message: "masterkeySecretName is not imported: proxy_config's general_settings.master_key sets the key LiteLLM used",
        hint: "The instance's masterKeySecretRef follows general_settings.master_key.",
      },
      outsideParams: {
        message: 'model_list entry "{modelName}": {key} is outside litellm_params and model_info; a Model has no place for it, so it is not imported',
        hint: "Move {key} under litellm_params (where LiteLLM reads tpm, rpm and the other deployment params) and import again.",
      },
      helmValue: {
        message: "Helm value {key} has no counterpart in a LiteLLMInstance; not imported",
        hint: "Carry it over by hand if the proxy depends on it (the compiler's Deployment follows the operator's).",
      },
      emptyImageTag: {
        message: "image.tag is empty, so the chart picks the tag from its appVersion; not imported",
        hint: "Set spec.image in the instance to the image you run (the compiler's default applies otherwise).",
      },
      pullPolicy: { message: "image.pullPolicy; not imported", hint: "The compiler's Deployment sets its own pull policy." },
      standaloneDatabase: {
        message: "the chart deploys its own PostgreSQL (db.deployStandalone); litellm-gitops deploys no database, so it is not imported",
        hint: "Point the instance at a database with spec.databaseSecretRef (a Secret with host, username, password and database name).",
      },
      databaseValue: { message: "db.{key}; not imported", hint: "LiteLLM builds DATABASE_URL from the DATABASE_* variables the compiler sets." },
      ingressWithoutHost: { message: "ingress is enabled without hosts[0].host; not imported", hint: "Set spec.ingress.host in the instance." },
      ingressTls: {
        message: "ingress.tls has no entry for host {host}; not imported",
        hint: "Add spec.ingress.tls to the instance: {} for the controller's default certificate, or {secretName: <tls secret>}.",
      },
      ingressHost: { message: "ingress host beyond the first; not imported", hint: "An instance's Ingress serves one host." },
      ingressPath: { message: "ingress path {path}; not imported", hint: "The compiler's Ingress routes / to the proxy." },
      ingressLabels: { message: "ingress.labels; not imported", hint: "Add them with a kustomize patch over the rendered Ingress." },
      scrapeTimeout: { message: "serviceMonitor.scrapeTimeout; not imported", hint: "The ServiceMonitor scrapes with the chart's default timeout (10s)." },
      serviceMonitorValue: { message: "serviceMonitor.{key}; not imported", hint: "Add it with a patch over the rendered ServiceMonitor or HelmRelease values." },
      guardrailOutsideParams: {
        message: 'guardrail "{name}": {key} is outside litellm_params and guardrail_info; a Guardrail has no place for it, so it is not imported',
      },
      guardrailInfoNotMapping: { message: 'guardrail "{name}": guardrail_info is not a mapping; not imported' },
      callbackSettingNotMapping: { message: "callback_settings.{name} is not a mapping; not imported" },
      callbackSettingsUnused: {
        message: "callback_settings.{name}: {name} is in none of litellm_settings' callback lists; not imported",
        hint: "List {name} in success_callback, failure_callback or callbacks, or drop its settings.",
      },
      modelArgumentDidYouMean: { message: "{address}: {key} is not an argument of litellm_model that the importer knows; not imported", hint: "Did you mean {suggestion}?" },
      modelArgument: {
        message: "{address}: {key} is not an argument of litellm_model that the importer knows; not imported",
        hint: "Set it under additional_litellm_params (the provider sends those as litellm_params) and import again.",
      },
      unknownArgumentDidYouMean: { message: "{address}: {key} has no place in {target}; not imported", hint: "Did you mean {suggestion}?" },
      unknownApiArgument: { message: "{address}: {key} has no place in {target}; not imported", hint: "LiteLLM reads it only through its API; set it there, or drop it." },
      unknownAccessArgument: {
        message: "{address}: {key} has no place in {target}; not imported",
        hint: "Set it through LiteLLM's API or UI, or drop it; docs/import.md lists the arguments import carries.",
      },
      autoCreateKey: {
        message: "{address}: auto_create_key applies when LiteLLM creates the user; the user exists, so it is not imported",
        hint: "The key LiteLLM created with the user is not managed by the import; declare it as a VirtualKey (with keySecretRef) to keep it in Git.",
      },
      proxyField: {
        message: "LiteLLMProxy/{proxy}: {field} has no place in a LiteLLMInstance; not imported",
        hint: "The compiler writes the Deployment and Service itself; set what it offers on the LiteLLMInstance (docs/import.md lists the fields).",
      },
      routeHostnames: {
        message: "LiteLLMProxy/{proxy}: route has more than one hostname; only the first hostname and the parentRefs are imported (spec.gateway)",
        hint: "Add another HTTPRoute for the other hostnames or filters beside the build's output.",
      },
      routeFilters: {
        message: "LiteLLMProxy/{proxy}: route has filters; only the first hostname and the parentRefs are imported (spec.gateway)",
        hint: "Add another HTTPRoute for the other hostnames or filters beside the build's output.",
      },
    },
  },
  LG6007: {
    stage: "import",
    severity: "warning",
    title: "imported setup behaves differently",
    messages: {
      replacedWhole: {
        message: "{key} is replaced as a whole by the one in {file} (LiteLLM does not merge mappings across files); this one is not imported",
        hint: "Keep {key} in one file.",
      },
      relativeToIncluder: {
        message: "{entry} is read relative to {includer}; LiteLLM reads every include relative to the main config's folder, where it would be {fromMain}",
        hint: "Write the path relative to the main config (or include the file from the main config) so that both agree.",
      },
      noMasterKey: {
        message: "no master_key in the imported files (without one, LiteLLM accepts requests without a key); the compiled proxy requires the key in Secret {secretName} key {key}",
        hint: "Create that key in your secret store; clients must then send it (or a virtual key) as their Bearer token.",
      },
      ambientCredential: {
        message: "model \"{modelName}\" ({provider}) names no credential, so LiteLLM took it from the proxy's environment ({variables}); the compiled Deployment sets only the variables the resources name",
        hint: "Write the credential as os.environ/NAME in the config and import again, or add NAME to the instance's spec.extraEnvVars with a secretKeyRef.",
      },
      ambientCredentialNoProvider: {
        message: "model \"{modelName}\" names no credential, so LiteLLM took it from the proxy's environment ({variables}); the compiled Deployment sets only the variables the resources name",
        hint: "Write the credential as os.environ/NAME in the config and import again, or add NAME to the instance's spec.extraEnvVars with a secretKeyRef.",
      },
      generatedMasterKey: {
        message: "masterkeySecretName is not set: the chart generated a random master key (a new one on every render); the imported instance reads the key named by its masterKeySecretRef",
        hint: "Put the master key your clients use into that Secret's key before switching over.",
      },
      databaseUrlParts: {
        message: "image {image} runs LiteLLM {version}: the chart gave it a whole DATABASE_URL (db.url), the imported instance passes DATABASE_* parts, and before LiteLLM {minimum} the chart's migration Job builds no URL from them (build reports LG4035)",
        hint: "Move to LiteLLM {minimum} or later, or remove spec.image to run the chart's own image for its version.",
      },
      databaseValuesToSecret: {
        message: "databaseSecretRef reads every connection detail from Secret {name}; add these plain chart values to it: {moved}",
        hint: "Store them in your secret store next to the user name and password.",
      },
      environmentSecrets: {
        message: "environmentSecrets lists {count} Secrets and the values do not say which holds each variable: the imported instance reads every variable the config needs from Secret {first} (the first), key for key",
        hint: "Point the extraEnvVars entries of variables that live in {others} at that Secret instead.",
      },
      guardrailOrder: {
        message: "the compiled config lists guardrails by name ({names}), not in this file's order; LiteLLM runs the guardrails of one hook in list order",
        hint: "Where the order matters (masking before a check), choose guardrail names that sort in that order.",
      },
      callbackVariableFromSecret: {
        message: "{callback} reads {missing} from the proxy's environment ({reader}), which the imported files do not set; the Callback reads it from Secret {secretName}",
        hint: "Store the value in your secret store under {dataKeys} (`litellm-gitops secrets` lists them); a value that is not a credential may move to the Callback's env instead.",
      },
      callbackEnvFromSecret: {
        message: "{callback} reads {missing} from the proxy's environment ({reader}), which the imported files do not set; the Callback reads them from Secret {secretName}",
        hint: "Store the values in your secret store under {dataKeys} (`litellm-gitops secrets` lists them); a value that is not a credential may move to the Callback's env instead.",
      },
      envFrom: { message: "LiteLLMProxy/{proxy}: envFrom sets every key of Secret {secret} as a variable; each variable the config reads is imported as a key of it", hint: "A LiteLLMInstance names each variable: check that `litellm-gitops secrets` lists the keys the Secret holds." },
      envFromFirst: { message: "LiteLLMProxy/{proxy}: envFrom sets every key of Secret {secret} as a variable; each variable the config reads is imported as a key of it (the first envFrom Secret; the others are not imported)", hint: "A LiteLLMInstance names each variable: check that `litellm-gitops secrets` lists the keys the Secret holds." },
    },
  },
  LG6008: {
    stage: "import",
    severity: "error",
    title: "conflicting import inputs",
    messages: {
      configAndTerraform: {
        message: "{other} is a LiteLLM config while {first} is Terraform; one import reads one kind",
        hint: "Import each kind of input separately, into separate folders.",
      },
      configAndResources: {
        message: "{other} is a LiteLLM config while {first} is an operator's resources; one import reads one kind",
        hint: "Import each kind of input separately, into separate folders.",
      },
      secondHelmValues: {
        message: "a second Helm values file (the first is {file}); one instance has one set of chart values",
        hint: "Merge the overrides into one file (as `helm -f a.yaml -f b.yaml` would), or import each into its own instance.",
      },
      noProxy: { message: "no LiteLLMProxy among the files; its settings and the models it serves are needed", hint: "Import the LiteLLMProxy's manifest together with its models." },
      noProxyNamed: { message: "{count} LiteLLMProxy objects and none is named {instance}", hint: "Import one proxy at a time: --instance {options}." },
    },
  },
  LG6030: {
    stage: "import",
    severity: "warning",
    title: "secret store left to the default",
    messages: {
      defaultStore: {
        message: "the imported CompilerConfig names no secret store, so every ExternalSecret reads from ClusterSecretStore \"{store}\", the compiler's default",
        hint: "Pass --secret-store NAME (the ClusterSecretStore your cluster has, e.g. vault-secret-store), or set spec.secretStore in compiler-config.yaml.",
      },
    },
  },
  // Terraform (src/importer/terraform): the LiteLLM providers' resources.
  LG6060: {
    stage: "import",
    severity: "warning",
    title: "Terraform value translated to LiteLLM's",
    messages: {
      mode: {
        message: '{address}: mode "{mode}" is not a LiteLLM mode; imported as "{translated}"',
        hint: 'LiteLLM\'s model_info.mode values are chat, completion, embedding, image_generation, audio_transcription, audio_speech, moderation, rerank…; write "{translated}" in Terraform too.',
      },
      authType: {
        message: '{address}: auth_type "{authType}" is not a LiteLLM MCP auth type; imported as "{translated}"',
        hint: 'LiteLLM\'s MCPAuth values are none, api_key, bearer_token, basic, authorization, oauth2…; write "{translated}" in Terraform too.',
      },
      role: {
        message: '{address}: team member role "{role}" is not a LiteLLM team role; imported as "{translated}"',
        hint: "A team member is `admin` or `user` (LiteLLM's Member.role); proxy-wide roles belong on the User (userRole).",
      },
    },
  },
  LG6061: {
    stage: "import",
    severity: "warning",
    title: "Terraform expression cannot be evaluated",
    messages: {
      expression: {
        message: "{address}: {argument} is set by `{expression}`, which import cannot evaluate; not imported",
        hint: "Write the value in the imported resource, or import the output of `terraform show -json`, which holds the evaluated values.",
      },
    },
  },
  LG6062: {
    stage: "import",
    severity: "warning",
    title: "count or for_each in Terraform configuration",
    messages: {
      repeated: {
        message: "{address} uses {meta}; imported as one Model, not one per instance",
        hint: "Import the output of `terraform show -json` instead: it lists each instance with its values.",
      },
    },
  },
  LG6063: {
    stage: "import",
    severity: "warning",
    title: "Terraform credential imported as a Secret reference",
    messages: {
      variable: {
        message: "{address}: credential {argument} (`{expression}`) imported as os.environ/{env}, read from Secret {secret} key {key}",
        hint: "Put the value of that variable in your secret store under that key (`litellm-gitops secrets` lists it).",
      },
    },
  },
  LG6064: {
    stage: "import",
    severity: "warning",
    title: "Terraform resource not imported",
    messages: {
      noCounterpart: {
        message: "{address}: {type} has no counterpart in litellm-gitops; not imported",
        hint: "Keep managing it with Terraform, or drop it.",
      },
    },
  },
  LG6065: {
    stage: "import",
    severity: "warning",
    title: "virtual key value moved to a Secret",
    messages: {
      value: {
        message: "{address}: the key's value (from {source}) is read from Secret {secret}, data key `key` (keySecretRef)",
        hint: "Put the key's value in your secret store for that Secret (`litellm-gitops secrets` lists it), so that clients keep their key.",
      },
      generated: {
        message: "{address}: the key's value is not in Terraform; the sync keeps the key only if Secret {secret} (data key `key`) holds it",
        hint: "Before the first sync, create that Secret with the key's value (from wherever Terraform's output put it); otherwise LiteLLM generates a new key.",
      },
      operatorKey: {
        message: "{kind}/{name}: the key stays in Secret {secret} (data key {key}), listed in clusterSecrets; the operator owns that Secret",
        hint: "Before deleting the LiteLLMVirtualKey, remove the Secret's ownerReferences (or delete with --cascade=orphan), or Kubernetes deletes the Secret and clients lose their key.",
      },
      alias: {
        message: "{address}: the key has no key_alias, which identifies a VirtualKey; imported with keyAlias {alias}",
        hint: "Set key_alias on the key in LiteLLM (/key/update) to the same value before the first sync, or the sync creates a second key.",
      },
    },
  },
  LG6066: {
    stage: "import",
    severity: "warning",
    title: "LiteLLM id not in Terraform configuration",
    messages: {
      team: {
        message: "{address}: the team's LiteLLM id is only in Terraform's state; imported with teamID {id}",
        hint: "Import `terraform show -json` to keep LiteLLM's ids, or set spec.teamID to the id of `terraform state show` before the first sync (else a new team is created).",
      },
      user: {
        message: "{address}: the user's LiteLLM id is only in Terraform's state; imported with userID {id}",
        hint: "Import `terraform show -json` to keep LiteLLM's ids, or set spec.userID to the id of `terraform state show` before the first sync (else a new user is created).",
      },
    },
  },
  LG6067: {
    stage: "import",
    severity: "warning",
    title: "reference to a resource the import does not hold",
    messages: {
      unresolved: {
        message: "{address}: {argument} = {value} names no team or user of the imported files; the membership is not imported",
        hint: "Import the files that declare the team and the user too, or write the TeamMemberAssociation by hand (docs/access.md).",
      },
    },
  },
  LG6068: {
    stage: "import",
    severity: "warning",
    title: "operator resource not imported",
    messages: {
      noCounterpart: {
        message: "{kind}/{name} ({apiVersion}) has no counterpart in litellm-gitops; not imported",
        hint: "Keep it where it is managed now, or write what it does by hand; docs/import.md lists what each operator's kinds become.",
      },
      otherProxy: {
        message: "{kind}/{name} belongs to another proxy than LiteLLMProxy/{proxy} (its proxyRef, the proxy's modelSelector, or its namespace); not imported",
        hint: "Import that proxy's files with --instance <its name> into another folder.",
      },
      workload: {
        message: "{kind}/{name}: the operator runs this MCP server itself (workload); litellm-gitops deploys only the proxy, so it is not imported",
        hint: "Deploy the server with its own manifests (a Deployment and Service), then declare an MCPServer with its url.",
      },
    },
  },
} as const satisfies Record<string, CodeInfo>;

export type DiagnosticCode = keyof typeof CODES;

/** The names of a code's message templates. */
export type MessageName<C extends DiagnosticCode> = keyof (typeof CODES)[C]["messages"] & string;

type WordChar = "a" | "b" | "c" | "d" | "e" | "f" | "g" | "h" | "i" | "j" | "k" | "l" | "m" | "n" | "o" | "p" | "q" | "r" | "s" | "t" | "u" | "v" | "w" | "x" | "y" | "z" | "A" | "B" | "C" | "D" | "E" | "F" | "G" | "H" | "I" | "J" | "K" | "L" | "M" | "N" | "O" | "P" | "Q" | "R" | "S" | "T" | "U" | "V" | "W" | "X" | "Y" | "Z" | "0" | "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9" | "_";
type IsWord<S extends string> = S extends `${infer C}${infer R}` ? (C extends WordChar ? (R extends "" ? true : IsWord<R>) : false) : false;

/**
 * The `{name}` placeholders of a template, as `fill` reads them: a Handlebars `{{name}}` (the
 * hints quote remote key templates) and braces around anything but a bare name (`{name: X,
 * key: Y}`, YAML flow mappings the hints show) are text.
 */
type Placeholders<S> = S extends `${string}{${infer Rest}`
  ? Rest extends `{${infer Inner}}}${infer After}`
    ? IsWord<Inner> extends true
      ? Placeholders<After>
      : Placeholders<Rest>
    : Rest extends `${infer Name}}${infer After}`
      ? IsWord<Name> extends true
        ? Name | Placeholders<After>
        : Placeholders<Rest>
      : never
  : never;

type TemplateOf<C extends DiagnosticCode, M extends MessageName<C>> = (typeof CODES)[C]["messages"][M];

/** The arguments a template takes: one per `{name}` in its message or hint. */
export type MessageArgs<C extends DiagnosticCode, M extends MessageName<C>> = {
  [K in Placeholders<TemplateOf<C, M> extends { message: infer T } ? T : never> | Placeholders<TemplateOf<C, M> extends { hint: infer T } ? T : never>]: string | number;
};

/** A template with its arguments filled in. */
export function fill(template: string, args: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{\w+\}\}|\{(\w+)\}/g, (text, name: string | undefined) => {
    if (name === undefined) return text;
    const value = args[name];
    if (value === undefined) throw new Error(`diagnostic template argument {${name}} missing`);
    return String(value);
  });
}
