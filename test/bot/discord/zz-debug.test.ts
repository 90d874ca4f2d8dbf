import { it } from 'vitest';
import { startHarness } from './harness.ts';
import { slash } from './payloads.ts';
it('debug', async () => {
  const h = await startHarness();
  h.bot.client.on('debug', (m) => console.log('DBG', m.slice(0, 200)));
  h.bot.client.on('interactionCreate', (i) => console.log('INTERACTION', i.type));
  h.bot.client.on('raw', (p: any) => console.log('RAW', p.t));
  const i = slash(h.fake, 'ask', { question: 'Who?' }, { userId: h.user() });
  h.fake.dispatch('INTERACTION_CREATE', i);
  await new Promise((r) => setTimeout(r, 2000));
  console.log(h.fake.calls.map((c) => [c.method, c.route, c.status, JSON.stringify(c.response).slice(0, 300)]));
  await h.close();
}, 20000);
