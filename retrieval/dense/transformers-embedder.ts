import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CodedError, ErrorCode } from '../errors.ts';
import { normalize, type Embedder } from './embedder.ts';

export interface TransformersOptions {
  /** Hugging Face id, e.g. "Xenova/multilingual-e5-small". */
  modelId: string;
  /** Folder laid out as <org>/<name>/{config.json,tokenizer.json,onnx/model_quantized.onnx}. */
  localModelPath?: string;
  /** Download from the hub when the model is not local (first use on a machine with internet). */
  allowRemote: boolean;
  cacheDir?: string;
  /** Download progress, for the CLI's progress bar. */
  onProgress?: (event: { file?: string; progress?: number; status: string }) => void;
}

/** e5 models were trained with these prefixes; without them recall drops. */
function prefixFor(modelId: string, kind: 'query' | 'passage'): string {
  return /e5/i.test(modelId) ? `${kind}: ` : '';
}

type FeatureExtractor = (
  texts: string[],
  options: { pooling: 'mean'; normalize: boolean },
) => Promise<{ data: Float32Array; dims: number[] }>;

/** Dense embeddings from a multilingual model through @xenova/transformers (ONNX, CPU). */
export class TransformersEmbedder implements Embedder {
  private constructor(
    readonly modelId: string,
    readonly dimensions: number,
    private readonly extractor: FeatureExtractor,
  ) {}

  /**
   * Loads the model, locally first. Throws CodedError(ModelUnavailable) with
   * one line saying where it looked, so callers can go on lexical-only.
   */
  static async load(options: TransformersOptions): Promise<TransformersEmbedder> {
    const local = TransformersEmbedder.present(options);
    if (!local && !options.allowRemote) {
      const where = [options.localModelPath, options.cacheDir].filter(Boolean).join(' and ') || '(no model folder)';
      const missing = `Embedding model ${options.modelId} is not on this machine (looked in ${where})`;
      throw new CodedError(
        ErrorCode.ModelUnavailable,
        `${missing}: answering from lexical retrieval only. Run "npx iotsec models pull" to download it.`,
      );
    }
    try {
      const transformers = await import('@xenova/transformers');
      const { env, pipeline } = transformers;
      env.allowLocalModels = true;
      env.allowRemoteModels = !local && options.allowRemote;
      if (options.localModelPath) env.localModelPath = options.localModelPath;
      if (options.cacheDir) env.cacheDir = options.cacheDir;
      const extractor = (await pipeline('feature-extraction', options.modelId, {
        quantized: true,
        progress_callback: options.onProgress,
      })) as unknown as FeatureExtractor;
      const probe = await extractor(['probe'], { pooling: 'mean', normalize: true });
      return new TransformersEmbedder(options.modelId, probe.dims.at(-1) ?? probe.data.length, extractor);
    } catch (error) {
      const detail = error instanceof Error ? error.message.split('\n', 1)[0] : String(error);
      throw new CodedError(
        ErrorCode.ModelUnavailable,
        `Embedding model ${options.modelId} could not be loaded (${detail}): answering from lexical retrieval only.`,
        { cause: error },
      );
    }
  }

  /** Whether the model's files are in the local model folder or the download cache (no network). */
  static present(options: Pick<TransformersOptions, 'modelId' | 'localModelPath' | 'cacheDir'>): boolean {
    return [options.localModelPath, options.cacheDir].some((dir) => dir && existsSync(join(dir, options.modelId, 'config.json')));
  }

  async embed(texts: string[], kind: 'query' | 'passage'): Promise<Float32Array[]> {
    const prefix = prefixFor(this.modelId, kind);
    const out: Float32Array[] = [];
    const batch = 16;
    for (let i = 0; i < texts.length; i += batch) {
      const chunk = texts.slice(i, i + batch).map((t) => prefix + t.slice(0, 2000));
      const result = await this.extractor(chunk, { pooling: 'mean', normalize: true });
      for (let j = 0; j < chunk.length; j += 1) {
        out.push(normalize(Float32Array.from(result.data.subarray(j * this.dimensions, (j + 1) * this.dimensions))));
      }
    }
    return out;
  }
}
