import { describe, expect, it } from 'vitest';
import { answerMrkdwn, escapeMrkdwn, link, quote, splitText } from '../../../bot/slack/mrkdwn.ts';

describe('mrkdwn', () => {
  it('escapes the three control characters', () => {
    expect(escapeMrkdwn('<!channel> & <@U1> > x')).toBe('&lt;!channel&gt; &amp; &lt;@U1&gt; &gt; x');
  });

  it('turns Markdown bold into Slack bold, links only http(s) URLs, quotes every line', () => {
    expect(answerMrkdwn(' **Res. 98** says [1] ')).toBe('*Res. 98* says [1]');
    expect(link('https://x.test/a|b>', 'A|B')).toBe('<https://x.test/a%7Cb%3E|A¦B>');
    expect(link('javascript:alert(1)', 'x<y')).toBe('x&lt;y');
    expect(quote('a\nb')).toBe('>a\n>b');
  });

  it('splits long text without losing or cutting an entity', () => {
    const text = escapeMrkdwn('a&b '.repeat(3000));
    const pieces = splitText(text, 3000);
    expect(pieces.every((p) => p.length <= 3000)).toBe(true);
    expect(pieces.join(' ').replace(/\s+/g, ' ').trim()).toBe(text.trim().replace(/\s+/g, ' '));
    for (const p of pieces) expect(p).not.toMatch(/&(a|am)?$|^(mp|p)?;/);
  });
});
