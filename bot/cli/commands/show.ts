import type { Command } from 'commander';
import { CodedError, ErrorCode } from '../../../retrieval/errors.ts';
import type { ClauseView } from '../../../retrieval/types.ts';
import { globalsOf, type RegisterCommand } from '../cli-context.ts';

/** A clause for the terminal: label, document (and link), the verbatim text, where it sits in the source. */
export function formatClause(clause: ClauseView): string {
  const document = `${clause.document}${clause.url ? ` <${clause.url}>` : ''}`;
  return `${clause.label}\n${document}\n\n${clause.text}\n\n(characters ${clause.start}-${clause.end} of the source; id ${clause.id})`;
}

/** `iotsec show <clauseId>`: one clause verbatim. */
export const registerShow: RegisterCommand = (program, ctx) => {
  program
    .command('show')
    .description('one clause: document, label and verbatim text')
    .argument('<clauseId>', 'e.g. wtsa-res-98:recalling:f')
    .option('--json', 'print JSON')
    .action(async (id: string, opts: { json?: boolean }, cmd: Command) => {
      const clause = (await ctx.open(globalsOf(cmd))).clause(id);
      if (!clause) throw new CodedError(ErrorCode.ClauseNotFound, `No clause "${id}". Clause ids appear in \`ask --json\` output.`);
      ctx.print(opts.json ? JSON.stringify(clause, null, 2) : formatClause(clause));
    });
};
