/**
 * A scripted OpenAI-compatible server on 127.0.0.1: POST /v1/chat/completions
 * answers from a queue of steps (JSON, SSE stream, HTTP error, delay, cut
 * stream), and records every request body.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createNetServer, type AddressInfo, type Socket } from 'node:net';

export interface ChatRequest {
  model: string;
  stream?: boolean;
  messages: Array<{ role: string; content: string }>;
}

export type Step =
  | { reply: string | ((req: ChatRequest) => string) }
  | { status: number; body?: unknown; headers?: Record<string, string> }
  | { delayMs: number; reply: string }
  | { cutAfter: string }
  /** Headers and the start of a stream, then silence with the connection open. */
  | { stallAfter: string }
  | { raw: string };

export class FakeOpenAI {
  readonly requests: ChatRequest[] = [];
  private steps: Step[] = [];
  private fallback?: Step;
  private server?: Server;
  url = '';

  /** Steps answer requests in order; the last `repeat` step answers all later ones. */
  script(steps: Step[], repeat?: Step): void {
    this.steps = [...steps];
    this.fallback = repeat;
    this.requests.length = 0;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body = '';
    for await (const chunk of req) body += chunk;
    if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
      res.writeHead(404).end();
      return;
    }
    const request = JSON.parse(body) as ChatRequest;
    this.requests.push(request);
    const step = this.steps.shift() ?? this.fallback;
    if (!step) {
      res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'no script' } }));
      return;
    }
    if ('status' in step) {
      res
        .writeHead(step.status, { 'content-type': 'application/json', ...step.headers })
        .end(JSON.stringify(step.body ?? { error: { message: `scripted ${step.status}` } }));
      return;
    }
    if ('raw' in step) {
      res.writeHead(200, { 'content-type': 'application/json' }).end(step.raw);
      return;
    }
    if ('stallAfter' in step) {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(sse(chunk(step.stallAfter)));
      return; // never ends: stop() closes it
    }
    if ('cutAfter' in step) {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(sse(chunk(step.cutAfter)));
      res.destroy(); // the connection drops mid-answer: no finish_reason, no [DONE]
      return;
    }
    const delay = (step as { delayMs?: number }).delayMs;
    if (delay) await new Promise((r) => setTimeout(r, delay));
    if (res.socket?.destroyed) return; // the client gave up (timeout)
    const text = typeof step.reply === 'function' ? step.reply(request) : step.reply;
    if (request.stream) {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      const words = text.split(/(?<= )/);
      for (const w of words) res.write(sse(chunk(w)));
      res.write(sse({ ...chunk(''), choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] }));
      res.end('data: [DONE]\n\n');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        id: 'c1',
        object: 'chat.completion',
        created: 0,
        model: request.model,
        choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }],
      }),
    );
  }
}

function chunk(content: string) {
  return {
    id: 'c1',
    object: 'chat.completion.chunk',
    created: 0,
    model: 'fake',
    choices: [{ index: 0, delta: { content }, finish_reason: null }],
  };
}

function sse(data: unknown): string {
  return `data: ${JSON.stringify(data)}\n\n`;
}

/** A TCP server on 127.0.0.1 that accepts connections and never answers. */
export async function silentServer(): Promise<{ url: string; stop(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createNetServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    stop: async () => {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** The number the prompt gives the source whose text contains `needle`. */
export function sourceNumber(req: ChatRequest, needle: string): number {
  const prompt = req.messages[0].content.replace(/[ \t]+/g, ' ');
  const at = prompt.indexOf(needle);
  if (at < 0) throw new Error(`no source contains ${needle}`);
  const heads = [...prompt.slice(0, at).matchAll(/\n\[(\d+)\] /g)];
  if (!heads.length) throw new Error(`no source contains ${needle}`);
  return Number(heads.at(-1)![1]);
}

/** A model that quotes the first sentence of source [1], cited: good enough for end-to-end runs. */
export function quoteFirstSource(req: ChatRequest): string {
  const prompt = req.messages[0].content;
  if (!/\[1\] /.test(prompt)) return "The indexed documents don't answer this.";
  const text = /\[1\] [^\n]*\n<<<\n([\s\S]*?)\n>>>/.exec(prompt)?.[1] ?? '';
  return `${text.replace(/\s+/g, ' ').split(/(?<=[.;])\s/)[0]} [1]`;
}
