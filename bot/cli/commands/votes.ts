import { loadBotConfig } from '../../config.ts';
import type { Vote } from '../../chat/votes.ts';
import { openStateStore } from '../../store/open-store.ts';
import type { RegisterCommand } from '../cli-context.ts';

/** One vote per line: time, thumb, platform, the question (shortened) and the cited clause ids. */
export function formatVote(v: Vote): string {
  return `${v.time}  ${v.vote === 'up' ? '👍' : '👎'}  [${v.platform}] ${v.question.slice(0, 80)}  (${v.citations.join(', ')})`;
}

/**
 * `iotsec votes`: the 👍/👎 the chat adapters stored, from the same state
 * store they write (IOTSEC_STATE_DB, relative to the working directory).
 * Opening it imports the legacy JSONL file once, like the bots do. A row
 * that cannot be read is skipped with a note; a locked or damaged store is
 * one line on stderr and exit code 1.
 */
export const registerVotes: RegisterCommand = (program, ctx) => {
  program
    .command('votes')
    .description('list the 👍/👎 votes stored by the chat adapters')
    .option('--json', 'print JSON')
    .action((opts: { json?: boolean }) => {
      const config = loadBotConfig();
      const store = openStateStore({ path: config.stateDb, legacyVotesFile: config.legacyVotesFile });
      try {
        const { votes, unreadable } = store.votes.list();
        if (unreadable > 0) ctx.note(`${unreadable} unreadable vote row${unreadable === 1 ? '' : 's'} in ${store.path} skipped.`);
        if (opts.json) return ctx.print(JSON.stringify(votes, null, 2));
        if (!votes.length) return ctx.print('No votes yet.');
        for (const v of votes) ctx.print(formatVote(v));
      } finally {
        store.close();
      }
    });
};
