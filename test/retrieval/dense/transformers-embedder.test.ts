import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MODEL } from '../../../retrieval/config.ts';
import { ErrorCode } from '../../../retrieval/errors.ts';
import { TransformersEmbedder } from '../../../retrieval/dense/transformers-embedder.ts';

const MODELS = resolve('..', 'shared', 'models');
const hasModel = existsSync(join(MODELS, DEFAULT_MODEL, 'config.json'));

describe('TransformersEmbedder offline', () => {
  it('says in one line that the model is missing when downloads are off', async () => {
    const error = await TransformersEmbedder.load({ modelId: 'Xenova/not-here', localModelPath: MODELS, allowRemote: false }).catch(
      (e) => e,
    );
    expect(error.code).toBe(ErrorCode.ModelUnavailable);
    expect(error.message).toMatch(
      /is not on this machine \(looked in .*models\): answering from lexical retrieval only\. Run "npx iotsec models pull" to .*\.$/,
    );
    expect(error.message).not.toContain('\n');
  });

  it('finds a model in the download cache as well as in the local model folder, without the network', () => {
    expect(TransformersEmbedder.present({ modelId: 'Xenova/not-here', localModelPath: MODELS, cacheDir: MODELS })).toBe(false);
  });

  if (!hasModel) console.warn(`[skip] no ${DEFAULT_MODEL} under ${MODELS}: the dense-model test is skipped`);
  it.skipIf(!hasModel)(`loads ${DEFAULT_MODEL} from ../shared/models and embeds across languages`, async () => {
    const e = await TransformersEmbedder.load({ modelId: DEFAULT_MODEL, localModelPath: MODELS, allowRemote: false });
    const [q, fr, other] = await e.embed(
      ['Who are the co-convenors?', 'Les coresponsables du groupe sont M. Bret Jordan', 'Le budget de 2024'],
      'passage',
    );
    const dot = (a: Float32Array, b: Float32Array) => a.reduce((s, v, i) => s + v * b[i], 0);
    expect(dot(q, fr)).toBeGreaterThan(dot(q, other));
  });
});
