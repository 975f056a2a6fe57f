/// <reference lib="dom" />
// What the console's providers need from a browser, in Node: localStorage,
// sessionStorage and fetch. No database: these suites run in the pglite project only.
import { vi } from "vitest";

/** A fresh, empty Storage kept in memory. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

/** The browser's storage for the console's providers: an empty localStorage (returned) and sessionStorage. */
export function installLocalStorage(): Storage {
  const storage = memoryStorage();
  vi.stubGlobal("localStorage", storage);
  vi.stubGlobal("sessionStorage", memoryStorage());
  return storage;
}

export interface SentRequest {
  query: string;
  variables: Record<string, any>;
  headers: Record<string, string>;
}

type Reply = { status?: number; body: unknown } | Error;

/**
 * Replaces fetch: each call records the request and takes the next reply
 * (or the one `reply` computes from the request).
 */
export function mockServer() {
  const sent: SentRequest[] = [];
  const queue: (Reply | ((request: SentRequest) => Reply))[] = [];
  const fetchMock = vi.fn(async (_url: string, init: RequestInit) => {
    const { query, variables } = JSON.parse(String(init.body)) as { query: string; variables: Record<string, any> };
    const request = { query, variables, headers: init.headers as Record<string, string> };
    sent.push(request);
    const next = queue.shift();
    if (!next) throw new Error(`No reply queued for ${query.slice(0, 80)}`);
    const reply = typeof next === "function" ? next(request) : next;
    if (reply instanceof Error) throw reply;
    const text = typeof reply.body === "string" ? reply.body : JSON.stringify(reply.body);
    return new Response(text, { status: reply.status ?? 200, headers: { "content-type": "application/json" } });
  });
  vi.stubGlobal("fetch", fetchMock);
  return {
    sent,
    /** the data of the next answer */
    data(data: unknown) {
      queue.push({ body: { data } });
    },
    /** one GraphQL error with these extensions */
    error(extensions: Record<string, unknown>, message = "refused") {
      queue.push({ body: { errors: [{ message, extensions }], data: null } });
    },
    raw(reply: Reply | ((request: SentRequest) => Reply)) {
      queue.push(reply);
    },
    get last(): SentRequest {
      const request = sent.at(-1);
      if (!request) throw new Error("nothing was sent");
      return request;
    },
  };
}

/** The name of the operation's first field, after its alias: `page: households(` → households. */
export const fieldOf = (query: string): string | undefined => /\{\s*\w+:\s*(\w+)\s*\(/.exec(query)?.[1];
