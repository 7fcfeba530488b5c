/** LiteLLM's `model_info` vocabulary. */

/** The operator's and our typed modelInfo fields, and LiteLLM's model_info key for each. */
export const MODEL_INFO_NAMES: Readonly<Record<string, string>> = {
  mode: "mode",
  tier: "tier",
  baseModel: "base_model",
  accessGroups: "access_groups",
  teamId: "team_id",
  teamPublicModelName: "team_public_model_name",
  dbModel: "db_model",
};

/**
 * `model_info.mode` values: the union of what LiteLLM's cost map schema, its proxy health
 * check docs, ModelGroupInfo (litellm/types/router.py) and the LiteLLM Terraform provider
 * accept (LiteLLM's own vocabulary is inconsistent: both `moderation` and `moderations`
 * occur). The schema's ModelMode enum (schemas/overlay/fragments.yaml) must list exactly
 * these; test/litellm.test.ts keeps them in step.
 */
export const MODEL_MODES = [
  "audio_speech",
  "audio_transcription",
  "batch",
  "chat",
  "completion",
  "container",
  "embedding",
  "evaluation",
  "guardrail",
  "image_edit",
  "image_generation",
  "moderation",
  "moderations",
  "ocr",
  "realtime",
  "rerank",
  "responses",
  "search",
  "vector_store",
  "video_generation",
] as const;
