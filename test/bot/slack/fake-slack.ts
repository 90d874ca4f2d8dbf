/**
 * A fake Slack Web API on 127.0.0.1 (node:http). It speaks the real wire
 * format (form-encoded arguments, JSON `{ ok, … }` answers, HTTP 429 with
 * Retry-After), records every call, and can be scripted to fail. It also
 * accepts slash-command `response_url` posts under /response/.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Json } from '../json.ts';

export interface RecordedCall {
  method: string;
  /** Arbitrary Slack arguments, read by tests. */
  args: Record<string, Json>;
}

type Failure = { status: 429; retryAfter: number } | { error: string };

export const BOT_USER_ID = 'UBOT0001';
export const BOT_ID = 'BBOT0001';

// Fields the WebClient JSON-encodes inside the form body.
const JSON_FIELDS = new Set(['blocks', 'attachments', 'view', 'metadata']);

export class FakeSlack {
  readonly calls: RecordedCall[] = [];
  private readonly failures = new Map<string, Failure[]>();
  private tsCounter = 0;
  private server?: Server;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      void this.handle(req).then(
        ({ status, body, headers }) => {
          res.writeHead(status, { 'content-type': 'application/json', ...headers });
          res.end(JSON.stringify(body));
        },
        (error: unknown) => {
          res.writeHead(500);
          res.end(String(error));
        },
      );
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** The next `times` calls to `method` fail: `ratelimited` as HTTP 429 + Retry-After, anything else as `{ ok: false, error }`. */
  failNext(method: string, failure: Failure, times = 1): void {
    const queue = this.failures.get(method) ?? [];
    for (let i = 0; i < times; i += 1) queue.push(failure);
    this.failures.set(method, queue);
  }

  /** Successful calls of one method, optionally only those matching `where` (scripted failures carry `failed`). */
  of(method: string, where: (args: RecordedCall['args']) => boolean = () => true): RecordedCall['args'][] {
    return this.calls.filter((c) => c.method === method && !c.args.failed && where(c.args)).map((c) => c.args);
  }

  /** Waits (bounded) until `test` holds over the recorded calls; fails with the calls so far. */
  async waitFor(test: () => boolean, label: string, timeoutMs = 20_000): Promise<void> {
    for (let waited = 0; waited <= timeoutMs; waited += 25) {
      if (test()) return;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`Timed out waiting for ${label}; calls: ${this.calls.map((c) => c.method).join(', ')}`);
  }

  private async handle(req: IncomingMessage): Promise<{ status: number; body: unknown; headers?: Record<string, string> }> {
    const raw = await readBody(req);
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path.startsWith('/response/')) {
      this.calls.push({ method: 'response_url', args: { ...JSON.parse(raw || '{}'), path } });
      return { status: 200, body: { ok: true } };
    }
    const method = path.replace(/^\/api\//, '');
    const args: RecordedCall['args'] = {};
    for (const [k, v] of new URLSearchParams(raw)) args[k] = JSON_FIELDS.has(k) ? JSON.parse(v) : v;
    args.authorization = req.headers.authorization;
    this.calls.push({ method, args });
    const failure = this.failures.get(method)?.shift();
    if (failure) args.failed = 'status' in failure ? 'ratelimited' : failure.error;
    if (failure && 'status' in failure) {
      return { status: 429, body: { ok: false, error: 'ratelimited' }, headers: { 'retry-after': String(failure.retryAfter) } };
    }
    if (failure) return { status: 200, body: { ok: false, error: failure.error } };
    return { status: 200, body: this.answer(method, args) };
  }

  private answer(method: string, args: RecordedCall['args']): unknown {
    const ts = () => `1700000000.${String(++this.tsCounter).padStart(6, '0')}`;
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          url: 'https://fake.slack.test/',
          team: 'Fake',
          user: 'iotsec',
          team_id: 'T0FAKE',
          user_id: BOT_USER_ID,
          bot_id: BOT_ID,
        };
      case 'chat.postMessage': {
        const messageTs = ts();
        args.assignedTs = messageTs; // so tests can follow later chat.update calls to this message
        return {
          ok: true,
          channel: args.channel,
          ts: messageTs,
          message: { type: 'message', text: args.text, ts: messageTs, bot_id: BOT_ID },
        };
      }
      case 'chat.update':
        return { ok: true, channel: args.channel, ts: args.ts, text: args.text };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: ts() };
      case 'views.open':
        return { ok: true, view: { id: 'V0FAKE', ...(args.view ?? {}) } };
      default:
        return { ok: true };
    }
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
