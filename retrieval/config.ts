/**
 * The core's settings from the environment, validated once at start-up.
 * Unknown IOTSEC_* variables are rejected, so a typo is caught instead of
 * ignored; other layers (the bot) declare their own IOTSEC_* names through
 * `declareEnvNames`, so neither side rejects the other's variables.
 *
 * One rule for paths: a relative path is relative to the working directory;
 * defaults are absolute, under the repository (REPO_ROOT, defined here once).
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { CodedError, ErrorCode } from './errors.ts';

/**
 * The project's folder (where package.json is): every default path is under it: data, prompts and the default
 * corpus live there, whether this code runs from the .ts sources or from the
 * bundles under dist/.
 */
export const REPO_ROOT = projectRoot(dirname(fileURLToPath(import.meta.url)));

function projectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return resolve(from, '..');
  }
}

/** A setting's path: relative to the working directory when given, else `defaultUnderRepo` under REPO_ROOT. */
export function settingPath(value: string | undefined, ...defaultUnderRepo: string[]): string {
  return value ? resolve(value) : join(REPO_ROOT, ...defaultUnderRepo);
}

const Env = z.object({
  IOTSEC_CORPUS: z.string().optional(),
  IOTSEC_INDEX: z.string().optional(),
  /** auto: the multilingual model when it loads, else lexical-only; off: lexical-only; hash: test embedder. */
  IOTSEC_EMBEDDINGS: z.enum(['auto', 'off', 'hash']).optional(),
  IOTSEC_MODEL: z.string().optional(),
  IOTSEC_MODEL_DIR: z.string().optional(),
  IOTSEC_ALLOW_DOWNLOAD: z.enum(['0', '1']).optional(),
  IOTSEC_LLM_MODEL: z.string().min(1).optional(),
  IOTSEC_LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).optional(),
  IOTSEC_LLM_RETRIES: z.coerce.number().int().min(0).max(10).optional(),
  /** One deadline for everything the model does for one answer: rewrite, stream, repair, judge. */
  IOTSEC_LLM_DEADLINE_MS: z.coerce.number().int().min(500).max(600_000).optional(),
  /** Longest silence inside a stream before the attempt is given up. */
  IOTSEC_LLM_IDLE_MS: z.coerce.number().int().min(100).max(600_000).optional(),
  /** The entailment judge: off, auto (sentences the rules pass without confidence), always (every cited sentence). */
  IOTSEC_VERIFY_JUDGE: z.enum(['off', 'auto', 'always']).optional(),
});

const LlmEnv = z.object({
  OPENAI_API_KEY: z.string().min(1).optional(),
  OPENAI_BASE_URL: z.url({ message: 'must be a URL such as http://127.0.0.1:11434/v1' }).optional(),
});

export interface CoreConfig {
  corpusDir: string;
  indexDir: string;
  embeddings: 'auto' | 'off' | 'hash';
  modelId: string;
  localModelPath: string;
  allowDownload: boolean;
  cacheDir: string;
  /** An OpenAI-compatible endpoint, when OPENAI_API_KEY or OPENAI_BASE_URL is set; else the embedded default. */
  llm?: LlmConfig;
}

export interface LlmConfig {
  apiKey: string;
  baseURL?: string;
  model: string;
  /** Per attempt: the wait for the response to start. */
  timeoutMs: number;
  retries: number;
  /** One deadline per answer (see LLM_DEFAULTS). */
  deadlineMs?: number;
  /** Longest silence inside a stream. */
  idleMs?: number;
  judge?: JudgeMode;
}

export type JudgeMode = 'off' | 'auto' | 'always';

/**
 * Defaults for the model path. A hosted model starts streaming within 1-2 s
 * and writes a five-sentence answer in 3-6 s; a repair doubles that, the
 * entailment judge adds one short call. 20 s covers all of it with room,
 * while a user in a chat thread still gets the extractive answer before
 * giving up on the bot. 10 s for a response to start lets one retry fit in
 * the deadline; 5 s of silence mid-stream means the server has stalled.
 */
export const LLM_DEFAULTS = { deadlineMs: 20_000, idleMs: 5_000, timeoutMs: 10_000, judge: 'auto' as JudgeMode };

export const DEFAULT_MODEL = 'Xenova/multilingual-e5-small';

/** The IOTSEC_* variables the core reads. */
export const CORE_ENV_NAMES: readonly string[] = Object.keys(Env.shape);

/** IOTSEC_* names other layers read (declared by them, e.g. bot/config.ts), accepted by the core's strict check. */
const declaredNames = new Set<string>();

/**
 * Declares IOTSEC_* variables another layer reads, so that `loadCoreConfig`
 * (which `openAssistant` calls with the whole environment) does not reject
 * them. The bot declares its names when its config module loads.
 */
export function declareEnvNames(names: Iterable<string>): void {
  for (const name of names) declaredNames.add(name);
}

/**
 * Rejects an IOTSEC_* variable that neither the core, a declared layer, nor
 * `extraKnown` reads, with the list of the known ones: a typo fails loudly.
 */
export function checkEnvNames(env: NodeJS.ProcessEnv, extraKnown: readonly string[] = []): void {
  const known = new Set([...CORE_ENV_NAMES, ...declaredNames, ...extraKnown]);
  const unknown = Object.keys(env).filter((k) => k.startsWith('IOTSEC_') && !known.has(k));
  if (unknown.length === 0) return;
  const list = [...known].sort().join(', ');
  throw new CodedError(ErrorCode.ConfigInvalid, `Unknown environment variable ${unknown.join(', ')}. Known: ${list}.`, {
    fields: { variable: unknown[0] },
  });
}

/** Reads IOTSEC_* variables (and CI) into a config; throws CodedError(ConfigInvalid) naming the variable. */
export function loadCoreConfig(env: NodeJS.ProcessEnv = process.env): CoreConfig {
  checkEnvNames(env);
  const ours = Object.fromEntries(Object.entries(env).filter(([k]) => CORE_ENV_NAMES.includes(k)));
  const parsed = Env.safeParse(ours);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = issue.path.join('.') || 'IOTSEC_*';
    throw new CodedError(
      ErrorCode.ConfigInvalid,
      `Invalid environment variable ${name}: ${issue.message}. Known: ${CORE_ENV_NAMES.join(', ')}.`,
    );
  }
  const e = parsed.data;
  const llmEnv = LlmEnv.safeParse({ OPENAI_API_KEY: env.OPENAI_API_KEY || undefined, OPENAI_BASE_URL: env.OPENAI_BASE_URL || undefined });
  if (!llmEnv.success) {
    const issue = llmEnv.error.issues[0];
    throw new CodedError(ErrorCode.ConfigInvalid, `Invalid environment variable ${issue.path.join('.')}: ${issue.message}.`);
  }
  const { OPENAI_API_KEY, OPENAI_BASE_URL } = llmEnv.data;
  // No key and no base URL: the embedded default, silently. A base URL alone is a local server (Ollama, vLLM, llama.cpp).
  const llm: LlmConfig | undefined =
    OPENAI_API_KEY || OPENAI_BASE_URL
      ? {
          apiKey: OPENAI_API_KEY ?? 'not-needed-for-local-servers',
          ...(OPENAI_BASE_URL ? { baseURL: OPENAI_BASE_URL } : {}),
          model: e.IOTSEC_LLM_MODEL ?? (OPENAI_BASE_URL ? 'llama3.1' : 'gpt-4o-mini'),
          timeoutMs: e.IOTSEC_LLM_TIMEOUT_MS ?? LLM_DEFAULTS.timeoutMs,
          retries: e.IOTSEC_LLM_RETRIES ?? 2,
          deadlineMs: e.IOTSEC_LLM_DEADLINE_MS ?? LLM_DEFAULTS.deadlineMs,
          idleMs: e.IOTSEC_LLM_IDLE_MS ?? LLM_DEFAULTS.idleMs,
          judge: e.IOTSEC_VERIFY_JUDGE ?? LLM_DEFAULTS.judge,
        }
      : undefined;
  const sharedModels = resolve(REPO_ROOT, '..', 'shared', 'models');
  return {
    corpusDir: settingPath(e.IOTSEC_CORPUS, 'corpus'),
    indexDir: settingPath(e.IOTSEC_INDEX, '.index'),
    embeddings: e.IOTSEC_EMBEDDINGS ?? 'auto',
    modelId: e.IOTSEC_MODEL ?? DEFAULT_MODEL,
    localModelPath: resolve(e.IOTSEC_MODEL_DIR ?? (existsSync(sharedModels) ? sharedModels : join(REPO_ROOT, 'models'))),
    // CI and tests never download; a person's first `ask` on a machine with internet does.
    // Starting never waits on the network: the model is downloaded by "iotsec models pull", or at start only when asked to.
    allowDownload: e.IOTSEC_ALLOW_DOWNLOAD === '1',
    cacheDir: join(REPO_ROOT, '.cache', 'models'),
    ...(llm ? { llm } : {}),
  };
}
