import cliProgress from 'cli-progress';
import type { Progress } from '../../retrieval/types.ts';

/**
 * Progress bars on stderr (cli-progress) while the index builds or the model
 * downloads; silent when stderr is not a terminal, so scripts and --json stay clean.
 */
export function createProgress(stream: NodeJS.WriteStream = process.stderr) {
  const enabled = Boolean(stream.isTTY);
  let bar: cliProgress.SingleBar | undefined;
  let phase: string | undefined;
  const start = (label: string, total: number) => {
    bar?.stop();
    bar = new cliProgress.SingleBar(
      { stream, format: `${label} [{bar}] {value}/{total}`, clearOnComplete: true, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0);
  };
  return {
    update(p: Progress) {
      if (!enabled) return;
      if (p.phase !== phase) {
        phase = p.phase;
        start(p.phase === 'parse' ? 'Parsing documents ' : 'Embedding clauses ', p.total);
      }
      bar?.update(p.done);
    },
    model(e: { file?: string; progress?: number; status: string }) {
      if (!enabled || e.status !== 'progress' || e.progress === undefined) return;
      if (phase !== `model:${e.file}`) {
        phase = `model:${e.file}`;
        start(`Downloading ${e.file ?? 'model'} `, 100);
      }
      bar?.update(Math.round(e.progress));
    },
    stop() {
      bar?.stop();
      bar = undefined;
    },
  };
}
