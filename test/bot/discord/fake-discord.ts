import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { BOT_USER, guild, IDS, sentMessage, startedThread } from './fixtures.ts';
import { limitViolation } from './limit-check.ts';
import type { Json } from '../json.ts';

export { BOT_USER, IDS };

export interface RestCall {
  method: string;
  /** Route after `/api/v10`, e.g. `/channels/123/messages`. */
  route: string;
  query: URLSearchParams;
  body: Json;
  status: number;
  response: Json;
}

export interface Frame {
  op: number;
  d: Json;
  s?: number | null;
  t?: string | null;
}

interface Fault {
  method: string;
  route: RegExp;
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

/**
 * A fake Discord on 127.0.0.1 for the real discord.js client: a REST server
 * for the routes the bot calls (it answers 400 "Invalid Form Body" when a
 * message breaks a Discord limit, as Discord does) and a gateway speaking
 * HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeat ACKs, RESUME → RESUMED.
 * Everything received is recorded for assertions.
 */
export class FakeDiscord {
  readonly calls: RestCall[] = [];
  /** Gateway frames sent by the client. */
  readonly frames: Frame[] = [];
  connections = 0;
  /**
   * What GET /gateway/bot names as the gateway (the fake's own by default);
   * set it to a dead address to prove a client connects through its own
   * gateway URL setting instead.
   */
  advertisedGatewayUrl?: string;
  /** Close codes of gateway connections, as the server saw them. */
  readonly closeCodes: number[] = [];
  private readonly events = new EventEmitter();
  private readonly faults: Fault[] = [];
  private socket?: WebSocket;
  private seq = 0;
  private idCounter = 200000000000000000n;
  private sessions = 0;

  private constructor(
    private readonly http: Server,
    private readonly wss: WebSocketServer,
  ) {
    http.on('request', (req, res) => void this.onRequest(req, res));
    wss.on('connection', (socket) => this.onConnection(socket));
  }

  static async start(): Promise<FakeDiscord> {
    const http = createServer();
    const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await Promise.all([new Promise<void>((r) => http.listen(0, '127.0.0.1', r)), new Promise<void>((r) => wss.once('listening', r))]);
    return new FakeDiscord(http, wss);
  }

  /** For `rest: { api }`: discord.js appends `/v10` and the route. */
  get api(): string {
    return `http://127.0.0.1:${(this.http.address() as AddressInfo).port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${(this.wss.address() as AddressInfo).port}`;
  }

  snowflake(): string {
    this.idCounter += 1n;
    return this.idCounter.toString();
  }

  /** The next request matching method and route gets this error instead (once). */
  failNext(method: string, route: RegExp, status: number, body: unknown = {}, headers: Record<string, string> = {}): void {
    this.faults.push({ method, route, status, body, headers });
  }

  /** The next matching request gets a 429 with a tiny Retry-After (seconds), as Discord sends. */
  rateLimitNext(method: string, route: RegExp, retryAfter = 0.05): void {
    this.failNext(
      method,
      route,
      429,
      { message: 'You are being rate limited.', retry_after: retryAfter, global: false },
      {
        'retry-after': String(retryAfter),
        'x-ratelimit-scope': 'user',
      },
    );
  }

  /** Sends a dispatch (op 0) to the connected client. */
  dispatch(t: string, d: unknown): void {
    this.send({ op: 0, t, s: ++this.seq, d });
  }

  send(frame: Frame): void {
    if (!this.socket) throw new Error('fake gateway: no client connected');
    this.socket.send(JSON.stringify(frame));
  }

  /** Closes the gateway socket from the server side with the given close code. */
  closeSocket(code: number): void {
    this.socket?.close(code, 'fake gateway closing');
  }

  /** Resolves with the first call (at index >= `since`) that matches; rejects after `timeoutMs`. */
  waitForCall(match: (c: RestCall) => boolean, since = 0, timeoutMs = 10_000): Promise<RestCall> {
    return this.waitFor('call', () => this.calls.slice(since).find(match), timeoutMs);
  }

  /** Resolves with the first frame (at index >= `since`) that matches; rejects after `timeoutMs`. */
  waitForFrame(match: (f: Frame) => boolean, since = 0, timeoutMs = 10_000): Promise<Frame> {
    return this.waitFor('frame', () => this.frames.slice(since).find(match), timeoutMs);
  }

  async stop(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    await new Promise<void>((r) => this.wss.close(() => r()));
    this.http.closeAllConnections();
    await new Promise<void>((r) => this.http.close(() => r()));
  }

  /** Resolves once `count` gateway connections have closed. */
  waitForClose(count: number, timeoutMs = 10_000): Promise<number> {
    return this.waitFor('close', () => (this.closeCodes.length >= count ? this.closeCodes[count - 1] : undefined), timeoutMs);
  }

  private waitFor<T>(event: string, find: () => T | undefined, timeoutMs: number): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = find();
        if (found === undefined) return;
        cleanup();
        resolve(found);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`fake discord: no matching ${event} within ${timeoutMs} ms`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.events.off(event, check);
      };
      this.events.on(event, check);
      check();
    });
  }

  private onConnection(socket: WebSocket): void {
    this.connections += 1;
    this.socket = socket;
    socket.on('close', (code) => {
      this.closeCodes.push(code);
      this.events.emit('close');
    });
    socket.on('message', (raw) => {
      const frame = JSON.parse(raw.toString()) as Frame;
      this.frames.push(frame);
      this.onFrame(socket, frame);
      this.events.emit('frame');
    });
    // Short interval so heartbeats (and their ACKs) really happen during a test.
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 1000 } }));
  }

  private onFrame(socket: WebSocket, frame: Frame): void {
    if (socket !== this.socket) return;
    switch (frame.op) {
      case 1: // heartbeat
        this.send({ op: 11, d: null });
        break;
      case 2: // identify
        this.sessions += 1;
        this.dispatch('READY', {
          v: 10,
          user: BOT_USER,
          guilds: [{ id: IDS.guild, unavailable: true }],
          session_id: `fake-session-${this.sessions}`,
          resume_gateway_url: this.gatewayUrl,
          shard: [0, 1],
          application: { id: IDS.app, flags: 0 },
        });
        this.dispatch('GUILD_CREATE', guild());
        break;
      case 6: // resume
        this.dispatch('RESUMED', {});
        break;
    }
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const route = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, ''); // @original arrives as %40original
    const method = req.method ?? 'GET';
    const body = raw && req.headers['content-type']?.includes('json') ? JSON.parse(raw) : raw || null;
    const call: RestCall = { method, route, query: url.searchParams, body, status: 0, response: null };

    const faultAt = this.faults.findIndex((f) => f.method === method && f.route.test(route));
    let status: number;
    let response: unknown;
    let headers: Record<string, string> = {};
    if (faultAt >= 0) {
      const [fault] = this.faults.splice(faultAt, 1);
      ({ status, body: response, headers } = fault);
    } else {
      [status, response] = this.route(method, route, body);
    }
    call.status = status;
    call.response = response;
    this.calls.push(call);
    // A 204 has no body and no content type (a JSON content type would make the client parse nothing).
    res.writeHead(status, status === 204 ? headers : { 'content-type': 'application/json', ...headers });
    res.end(status === 204 ? undefined : JSON.stringify(response));
    this.events.emit('call');
  }

  private route(method: string, route: string, body: Json): [number, unknown] {
    const is = (m: string, pattern: RegExp) => method === m && pattern.test(route);
    const invalid = body && typeof body === 'object' ? limitViolation(body) : undefined;
    if (invalid && method !== 'PUT')
      return [400, { message: 'Invalid Form Body', code: 50035, errors: { _errors: [{ message: invalid }] } }];

    if (is('GET', /^\/gateway\/bot$/)) {
      return [
        200,
        {
          url: this.advertisedGatewayUrl ?? this.gatewayUrl,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
        },
      ];
    }
    if (is('GET', /^\/users\/@me$/)) return [200, BOT_USER];
    if (is('POST', /^\/interactions\/\d+\/[^/]+\/callback$/)) return [204, null];
    if (is('PATCH', /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/)) return [200, this.message(IDS.channel, body)];
    if (is('DELETE', /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/)) return [204, null];
    if (is('POST', /^\/webhooks\/\d+\/[^/]+$/)) return [200, this.message(IDS.channel, body)];
    if (is('POST', /^\/channels\/\d+\/typing$/)) return [204, null];
    const thread = /^\/channels\/(\d+)\/messages\/(\d+)\/threads$/.exec(route);
    if (method === 'POST' && thread) return [201, this.thread(thread[1], thread[2], body)];
    const messages = /^\/channels\/(\d+)\/messages$/.exec(route);
    if (method === 'POST' && messages) return [200, this.message(messages[1], body)];
    if (is('PUT', /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/)) {
      return [200, (body as object[]).map((c) => ({ ...c, id: this.snowflake(), application_id: IDS.app, version: '1' }))];
    }
    return [404, { message: '404: Not Found', code: 0 }];
  }

  /** A message as Discord returns it after a send or an edit. */
  message(channelId: string, body: Json): Record<string, unknown> {
    return sentMessage(this.snowflake(), channelId, body);
  }

  private thread(parentId: string, messageId: string, body: Json): Record<string, unknown> {
    const thread = startedThread(this.snowflake(), parentId, body);
    // Discord also announces the new thread on the gateway.
    queueMicrotask(() => this.socket && this.dispatch('THREAD_CREATE', { ...thread, newly_created: true, start_message_id: messageId }));
    return thread;
  }
}
