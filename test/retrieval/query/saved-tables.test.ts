import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeQuery } from '../../../retrieval/query/analyze.ts';
import { Glossary } from '../../../retrieval/query/glossary.ts';
import { GLOSSARY_TABLE, loadGlossary } from '../../../retrieval/query/saved-tables.ts';
import { GLOSSARY_PATH } from '../../../retrieval/open-assistant.ts';
import { tempDirs } from '../../helpers/temp-dirs.ts';

const { temp } = tempDirs();
const question = analyzeQuery('Who are the co-convenors and what is the deadline for contributions to SG17?', 'en');

describe('the analysed glossary saved with the index', () => {
  it('is written on first use and read back as the same glossary', async () => {
    const dir = await temp();
    const fresh = Glossary.fromFile(GLOSSARY_PATH);
    const first = loadGlossary(GLOSSARY_PATH, dir);
    const saved = JSON.parse(readFileSync(join(dir, GLOSSARY_TABLE), 'utf8'));
    expect(saved.forms).toEqual(fresh.analysed());
    const second = loadGlossary(GLOSSARY_PATH, dir);
    expect(second.analysed()).toEqual(fresh.analysed());
    expect(second.names()).toEqual(fresh.names());
    expect(second.isName('tsag')).toBe(true);
    expect(second.expand(question)).toEqual(fresh.expand(question));
    expect(first.expand(question)).toEqual(fresh.expand(question));
  });

  it('is rebuilt when damaged or when the glossary file changed', async () => {
    const dir = await temp();
    const file = join(dir, GLOSSARY_TABLE);
    loadGlossary(GLOSSARY_PATH, dir);
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, good.replace('"sg17"', '"sg71"'));
    expect(loadGlossary(GLOSSARY_PATH, dir).expand(question)).toEqual(Glossary.fromFile(GLOSSARY_PATH).expand(question));
    expect(readFileSync(file, 'utf8')).toBe(good);
    const other = join(dir, 'glossary.json');
    writeFileSync(other, JSON.stringify([{ en: ['deadline'], fr: ['date limite'] }]));
    const small = loadGlossary(other, dir);
    expect(small.size).toBe(1);
    expect(JSON.parse(readFileSync(file, 'utf8')).forms).toEqual([[['deadlin'], ['date', 'limit']]]);
  });
});
