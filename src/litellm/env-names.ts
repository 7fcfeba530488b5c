/**
 * Environment variables LiteLLM itself reads, by the names the proxy and the operator use.
 * The proxy container and the sync Job both set the master key under this one name.
 */

/**
 * The proxy's master key: LiteLLM's example configs read it as
 * `master_key: os.environ/LITELLM_MASTER_KEY` (litellm/proxy/example_config_yaml/*.yaml), and
 * the operator sets it on its Deployment (its rendered sample, `env: LITELLM_MASTER_KEY`).
 */
export const MASTER_KEY_ENV = "LITELLM_MASTER_KEY";

/** LiteLLM reads it to encrypt credentials stored in its database (encrypt_decrypt_utils.py _get_salt_key; the master key otherwise). */
export const SALT_KEY_ENV = "LITELLM_SALT_KEY";
