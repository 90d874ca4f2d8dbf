/**
 * The query stage's tables as analysed once and saved with the index, so a
 * start reads them instead of stemming them again: the ITU glossary's forms
 * (keyed by the hash of the glossary file and ANALYSIS_VERSION). A missing,
 * damaged or outdated save is rebuilt from the source and written again.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { saveDerived, sha256 } from '../storage.ts';
import { ANALYSIS_VERSION } from './analyze.ts';
import { Glossary } from './glossary.ts';

const FORMAT = 2;
export const GLOSSARY_TABLE = 'glossary-analysed.json';

const Saved = z.object({
  format: z.literal(FORMAT),
  analysis: z.literal(ANALYSIS_VERSION),
  source: z.string(),
  checksum: z.string(),
  forms: z.array(z.array(z.array(z.string()))),
  names: z.object({ names: z.array(z.string()), bare: z.array(z.string()) }),
});

/**
 * The glossary at `path`, read analysed from `dir` when saved there for
 * this file and this analysis; else analysed now and saved (when `dir` is given).
 */
export function loadGlossary(path: string, dir?: string, notices: string[] = []): Glossary {
  const bytes = readFileSync(path);
  const source = sha256(bytes);
  const saved = dir ? readSaved(join(dir, GLOSSARY_TABLE), source) : undefined;
  if (saved) return Glossary.fromAnalysed(saved.forms, saved.names);
  // The bytes already read for the hash: the file is not read twice.
  const glossary = Glossary.fromJson(bytes.toString('utf8'));
  if (dir) {
    const forms = glossary.analysed();
    const names = glossary.names();
    const body = { format: FORMAT, analysis: ANALYSIS_VERSION, source, checksum: sha256(JSON.stringify([forms, names])), forms, names };
    saveDerived(join(dir, GLOSSARY_TABLE), JSON.stringify(body), 'the analysed glossary', notices);
  }
  return glossary;
}

function readSaved(file: string, source: string): { forms: string[][][]; names: ReturnType<Glossary['names']> } | undefined {
  try {
    const parsed = Saved.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success || parsed.data.source !== source) return undefined;
    const { forms, names, checksum } = parsed.data;
    return sha256(JSON.stringify([forms, names])) === checksum ? { forms, names } : undefined;
  } catch {
    return undefined;
  }
}
