import { pullModel } from '../../../retrieval/open-assistant.ts';
import type { RegisterCommand } from '../cli-context.ts';
import { createProgress } from '../progress.ts';

/**
 * `iotsec models pull`: downloads the configured embedding model (IOTSEC_MODEL)
 * into the model cache, with a progress bar. Nothing else ever waits on the network.
 */
export const registerModels: RegisterCommand = (program, ctx) => {
  const models = program.command('models').description('the embedding model for dense retrieval');
  models
    .command('pull')
    .description('download the configured embedding model into the model cache (the only command that uses the network)')
    .action(async () => {
      const progress = createProgress();
      try {
        const pulled = await pullModel(progress.model);
        progress.stop();
        ctx.print(
          `${pulled.modelId} (${pulled.dimensions} dimensions) is in ${pulled.cacheDir}; dense retrieval is on from the next start.`,
        );
      } finally {
        progress.stop();
      }
    });
};
