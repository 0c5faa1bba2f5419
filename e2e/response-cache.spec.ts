import { expect, test, type APIRequestContext } from "./fixtures";
import { entries } from "./catalog-data";
import { routes } from "../lib/routes";

/**
 * `npm start`'s response cache (scripts/response-cache.mjs) changes nothing a client receives but Date and Age: for
 * each sample the first request (a miss, answered by Next) and the second (a hit, when the answer may be stored) get
 * the same status, headers and body. Each run asks for targets of its own (a unique query), so the first is a miss
 * even on a server other tests have warmed. Only `npm start` has the cache; the static export server has none.
 */
const RUN = `cache-check=${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
const tagged = (target: string) => `${target}${target.includes("?") ? "&" : "?"}${RUN}`;

type Answer = { status: number; headers: Record<string, string>; body: Buffer };

async function fetchAnswer(request: APIRequestContext, method: "GET" | "HEAD", target: string, headers: Record<string, string>) {
  const response = await request.fetch(target, { method, headers, maxRedirects: 0 });
  const all: Record<string, string> = {};
  for (const { name, value } of response.headersArray()) {
    const key = name.toLowerCase();
    all[key] = key in all ? `${all[key]}\n${value}` : value;
  }
  return { status: response.status(), headers: all, body: await response.body() } satisfies Answer;
}

/** Status and headers but Date and Age, which a cache rewrites; the body is compared apart (a diff of it is no help). */
const comparable = ({ status, headers }: Answer) => {
  const { date: _date, age: _age, ...rest } = headers;
  return { status, headers: rest };
};

function expectSame(hit: Answer, miss: Answer, name: string) {
  expect(comparable(hit), name).toEqual(comparable(miss));
  expect(hit.body.equals(miss.body), `${name}: the same body`).toBe(true);
}

type Sample = { name: string; target: string; headers: Record<string, string>; stored: boolean };

const samples = (assetPath: string): Sample[] => [
  { name: "a prerendered page", target: tagged(routes.home()), headers: { "accept-encoding": "identity" }, stored: true },
  { name: "a compressed page", target: tagged(routes.guides()), headers: { "accept-encoding": "gzip" }, stored: true },
  { name: "an RSC payload", target: `${tagged(routes.allCodes())}&_rsc`, headers: { rsc: "1" }, stored: true },
  { name: "a build asset", target: tagged(assetPath), headers: {}, stored: true },
  { name: "a search", target: routes.apiSearch(RUN, 5), headers: {}, stored: true },
  { name: "a short link's 308", target: tagged(routes.shortLink(entries[0]!.code)), headers: {}, stored: false },
  { name: "a 404", target: tagged(routes.catalog(`no-such-catalog-${RUN}`)), headers: {}, stored: false },
  { name: "a refusal", target: tagged(routes.catalog("%E0%A4%A")), headers: {}, stored: false },
];

test("a cached answer is the answer Next gave, but for Date and Age", async ({ request }) => {
  const home = await (await request.get(routes.home())).text();
  const assetPath = /(\/_next\/static\/[^"'?]+\.js)/.exec(home)?.[1];
  expect(assetPath).toBeDefined();
  for (const sample of samples(assetPath!)) {
    // HEAD first: a HEAD is never stored, so it reaches Next; the HEAD after the GET is served from the cache.
    const headMiss = await fetchAnswer(request, "HEAD", sample.target, sample.headers);
    const miss = await fetchAnswer(request, "GET", sample.target, sample.headers);
    const hit = await fetchAnswer(request, "GET", sample.target, sample.headers);
    const headHit = await fetchAnswer(request, "HEAD", sample.target, sample.headers);
    expect(miss.headers.age, sample.name).toBeUndefined();
    expect(hit.headers.age !== undefined, sample.name).toBe(sample.stored);
    // What is not stored reaches Next both times, and Next may answer it differently each time (a fresh CSP nonce).
    if (!sample.stored) {
      expect(headHit.headers.age, sample.name).toBeUndefined();
      expect(hit.status, sample.name).toBe(miss.status);
      continue;
    }
    expectSame(hit, miss, sample.name);
    expectSame(headHit, headMiss, `${sample.name} (HEAD)`);
    const etag = miss.headers.etag;
    if (etag !== undefined && miss.status === 200) {
      // A revalidation gets Next's 304, from the cache or not.
      const revalidated = await fetchAnswer(request, "GET", sample.target, { ...sample.headers, "if-none-match": etag });
      expect(revalidated.status, sample.name).toBe(304);
      expect(revalidated.body.length, sample.name).toBe(0);
      expect(revalidated.headers.etag, sample.name).toBe(etag);
    }
  }
});
