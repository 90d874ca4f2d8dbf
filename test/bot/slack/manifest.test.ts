import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSlackConfig } from '../../../bot/slack/config.ts';

// The manifest and the code must agree: the events we listen to, the scopes they need, the default command name.
const manifest = readFileSync(new URL('../../../bot/slack/manifest.yaml', import.meta.url), 'utf8');

describe('bot/slack/manifest.yaml', () => {
  it('declares what the adapter listens to and needs', () => {
    const command = loadSlackConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).command;
    expect(manifest).toMatch(new RegExp(`^\\s+- command: ${command}$`, 'm'));
    for (const event of ['app_mention', 'message.im']) expect(manifest).toMatch(new RegExp(`^\\s+- ${event.replace('.', '\\.')}$`, 'm'));
    for (const scope of ['app_mentions:read', 'chat:write', 'commands', 'im:history'])
      expect(manifest).toMatch(new RegExp(`^\\s+- ${scope}\\b`, 'm'));
    expect(manifest).toMatch(/^\s+socket_mode_enabled: true$/m);
    expect(manifest).toMatch(/interactivity:\n(\s+#.*\n)*\s+is_enabled: true/);
  });
});
