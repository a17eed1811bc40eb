/**
 * One client's timed loop, run as its own `node` process (compiled by runtime-scripts.ts). It loads only the
 * client it measures, sends `warmup` requests, then `requests` timed requests (`concurrency` at a time, each
 * awaited with its JSON body decoded), checks every answer, and prints one JSON line: wall time and the
 * process's own CPU time for the timed requests.
 *
 * argv[2] is a JSON `LoopConfig`.
 */

/** What runtime-bench.ts asks one child to do. */
export interface LoopConfig {
  client: ClientName;
  op: "get" | "post";
  baseUrl: string;
  warmup: number;
  requests: number;
  concurrency: number;
  /** No network: every client gets a `fetch` that answers at once with a ready-made `Response` (the client's own cost only). */
  stub?: boolean;
  /** file URL of the built generated package's dist/index.js (client "specforge" only). */
  specforgeModule?: string;
}

/** What the child prints. */
export interface LoopResult {
  requests: number;
  wallMs: number;
  cpuMs: number;
  /** When the timed requests began, on the monotonic clock in µs (the clock of `--cpu-prof` timestamps). */
  startedAtUs: number;
}

export type ClientName = "fetch" | "fetch-timeout" | "specforge" | "specforge-no-timeout" | "openapi-fetch" | "hey-api";

type Pet = { id?: number; name: string; status?: "available" | "pending" | "sold"; tag?: string | null };
type Call = () => Promise<Pet>;

/** What openapi-typescript emits for the two petstore operations used here (kept inline so tsc can check the loop). */
interface BenchPaths {
  "/pets": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: {
      parameters: { query?: never; header?: never; path?: never; cookie?: never };
      requestBody: { content: { "application/json": Pet } };
      responses: { 201: { headers: { [name: string]: unknown }; content: { "application/json": Pet } } };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/pets/{petId}": {
    parameters: { query?: never; header?: never; path: { petId: number }; cookie?: never };
    get: {
      parameters: { query?: never; header?: never; path: { petId: number }; cookie?: never };
      requestBody?: never;
      responses: { 200: { headers: { [name: string]: unknown }; content: { "application/json": Pet } } };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}

const NEW_PET: Pet = { name: "Rex", status: "available", tag: null };
const STUB_BODY = JSON.stringify({ id: 1, name: "Rex", status: "available", tag: null });

/**
 * The stand-in for the network in `stub` mode: answers like the bench server, at once (openapi-fetch and hey-api
 * pass a `Request`, the others a URL and init).
 */
const stubFetch = (input: unknown, init?: RequestInit): Promise<Response> => {
  const post = (init?.method ?? (input instanceof Request ? input.method : "GET")) === "POST";
  return Promise.resolve(
    new Response(post ? JSON.stringify(NEW_PET) : STUB_BODY, {
      status: post ? 201 : 200,
      headers: { "content-type": "application/json" },
    }),
  );
};

async function makeCall(config: LoopConfig): Promise<Call> {
  const { baseUrl, op } = config;
  const fetchImpl: typeof fetch = config.stub === true ? (stubFetch as typeof fetch) : fetch;
  const clientFetch = config.stub === true ? { fetch: stubFetch } : {};
  switch (config.client) {
    case "fetch": {
      // Same request headers the generated client sends, so the wire traffic matches.
      const getUrl = `${baseUrl}/pets/1`;
      const postUrl = `${baseUrl}/pets`;
      const getInit: RequestInit = { headers: { accept: "application/json" } };
      if (op === "get") {
        return async () => {
          const res = await fetchImpl(getUrl, getInit);
          if (!res.ok) throw new Error(`HTTP ${res.status}`);
          return (await res.json()) as Pet;
        };
      }
      return async () => {
        const res = await fetchImpl(postUrl, {
          method: "POST",
          headers: { accept: "application/json", "content-type": "application/json" },
          body: JSON.stringify(NEW_PET),
        });
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        return (await res.json()) as Pet;
      };
    }
    case "fetch-timeout": {
      // Raw fetch with the guarantee the generated client gives by default: a 60 s timeout per request, i.e. an
      // AbortSignal handed to fetch and a timer cleared once the body is read.
      const getUrl = `${baseUrl}/pets/1`;
      const postUrl = `${baseUrl}/pets`;
      const send = async (url: string, init: RequestInit): Promise<Pet> => {
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), 60_000);
        try {
          const res = await fetchImpl(url, { ...init, signal: controller.signal });
          if (!res.ok) throw new Error(`HTTP ${res.status}`);
          return (await res.json()) as Pet;
        } finally {
          clearTimeout(timer);
        }
      };
      const postInit: RequestInit = {
        method: "POST",
        headers: { accept: "application/json", "content-type": "application/json" },
      };
      return op === "get"
        ? () => send(getUrl, { headers: { accept: "application/json" } })
        : () => send(postUrl, { ...postInit, body: JSON.stringify(NEW_PET) });
    }
    case "specforge":
    case "specforge-no-timeout": {
      if (!config.specforgeModule) throw new Error("specforgeModule missing");
      type Petstore = { pets: { get(args: { petId: number }): PromiseLike<Pet>; create(args: Pet): PromiseLike<Pet> } };
      type Options = { baseUrl: string; fetch?: typeof stubFetch; timeout?: number };
      const mod = (await import(config.specforgeModule)) as { Petstore: new (options: Options) => Petstore };
      const client = new mod.Petstore({
        baseUrl,
        ...clientFetch,
        ...(config.client === "specforge-no-timeout" ? { timeout: Number.POSITIVE_INFINITY } : {}),
      });
      return op === "get" ? async () => client.pets.get({ petId: 1 }) : async () => client.pets.create(NEW_PET);
    }
    case "openapi-fetch": {
      const { default: createClient } = await import("openapi-fetch");
      const client = createClient<BenchPaths>({ baseUrl, ...clientFetch });
      if (op === "get") {
        return async () => {
          const { data, error } = await client.GET("/pets/{petId}", { params: { path: { petId: 1 } } });
          if (error !== undefined || data === undefined) throw new Error("openapi-fetch: no data");
          return data;
        };
      }
      return async () => {
        const { data, error } = await client.POST("/pets", { body: NEW_PET });
        if (error !== undefined || data === undefined) throw new Error("openapi-fetch: no data");
        return data;
      };
    }
    case "hey-api": {
      const { createClient } = await import("@hey-api/client-fetch");
      const client = createClient({ baseUrl, ...clientFetch });
      if (op === "get") {
        return async () => {
          const { data, error } = await client.get<{ 200: Pet }, unknown, false>({
            url: "/pets/{petId}",
            path: { petId: 1 },
          });
          if (error !== undefined || data === undefined) throw new Error("hey-api: no data");
          return data;
        };
      }
      return async () => {
        // As the SDK functions hey-api generates call it: JSON body with an explicit content type.
        const { data, error } = await client.post<{ 201: Pet }, unknown, false>({
          url: "/pets",
          body: NEW_PET,
          headers: { "Content-Type": "application/json" },
        });
        if (error !== undefined || data === undefined) throw new Error("hey-api: no data");
        return data;
      };
    }
  }
}

/** Runs `count` calls with at most `concurrency` in flight; checks each answer. */
async function batch(call: Call, count: number, concurrency: number, op: LoopConfig["op"]): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      next += 1;
      const pet = await call();
      if (pet.name !== "Rex" || (op === "get" && pet.id !== 1))
        throw new Error(`unexpected answer ${JSON.stringify(pet)}`);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, count)) }, worker));
}

async function main(): Promise<void> {
  const config = JSON.parse(process.argv[2] ?? "{}") as LoopConfig;
  const call = await makeCall(config);
  await batch(call, config.warmup, config.concurrency, config.op);
  const startedAtUs = Number(process.hrtime.bigint() / 1000n);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await batch(call, config.requests, config.concurrency, config.op);
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const result: LoopResult = { requests: config.requests, wallMs, cpuMs: (cpu.user + cpu.system) / 1000, startedAtUs };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

await main();
// Idle keep-alive sockets would hold the process open for a while; the measurement is done.
process.exit(0);
